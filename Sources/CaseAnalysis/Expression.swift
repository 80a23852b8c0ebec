/// A sum of products over named sets in QCA notation: `DEV*~IND + URB*STB`. `*` is and, `+` is or,
/// `~` is not; names are sequences of characters other than spaces and the operators. Each literal
/// keeps the UTF-8 byte range it came from, so a caller can point at it.
public struct SumOfProducts: Sendable, Hashable {
    public struct Literal: Sendable, Hashable {
        public var name: String
        public var negated: Bool
        public var range: Range<Int>

        public init(name: String, negated: Bool, range: Range<Int> = 0..<0) {
            self.name = name
            self.negated = negated
            self.range = range
        }
    }

    /// The products, each a non-empty list of literals, in the order written.
    public var terms: [[Literal]]

    public init(terms: [[Literal]]) {
        self.terms = terms
    }

    public static func parse(_ text: String) throws(AnalysisError) -> SumOfProducts {
        var parser = ExpressionParser(Array(text.utf8))
        return try parser.parse()
    }

    /// The expression as QCA writes it: `A*~B + C`.
    public var notation: String {
        terms.map { term in term.map { ($0.negated ? "~" : "") + $0.name }.joined(separator: "*") }
            .joined(separator: " + ")
    }

    /// Each product's membership per case, the names resolved among `data`'s conditions (and
    /// `extraSets`, e.g. the outcome for a necessity check of it). A name that is no set, or one
    /// twice in a product, is an error at its place.
    public func termMemberships(in data: MembershipData,
                                extraSets: [String: [Double]] = [:]) throws(AnalysisError) -> [[Double]] {
        try terms.map { term throws(AnalysisError) in
            var result = [Double](repeating: 1, count: data.caseNames.count)
            var used: Set<String> = []
            for literal in term {
                guard used.insert(literal.name).inserted else {
                    throw AnalysisError("'\(literal.name)' is twice in one product", at: literal.range)
                }
                let column: [Double]
                if let i = data.conditionIndex(literal.name) {
                    column = data.memberships[i]
                } else if let extra = extraSets[literal.name] {
                    column = extra
                } else {
                    throw AnalysisError("'\(literal.name)' is not a condition here (conditions: "
                        + data.conditions.joined(separator: ", ") + ")", at: literal.range)
                }
                for c in result.indices {
                    let x = literal.negated ? 1 - column[c] : column[c]
                    if x < result[c] { result[c] = x }
                }
            }
            return result
        }
    }
}

private struct ExpressionParser {
    let bytes: [UInt8]
    var at = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    private static let operators: Set<UInt8> = [UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "~"),
                                                UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "-"),
                                                UInt8(ascii: "<"), UInt8(ascii: ">")]

    mutating func parse() throws(AnalysisError) -> SumOfProducts {
        var terms: [[SumOfProducts.Literal]] = []
        skipSpaces()
        guard at < bytes.count else { throw AnalysisError("expected an expression such as A*~B + C", at: at..<at) }
        repeat {
            terms.append(try product())
            skipSpaces()
        } while eat("+")
        if at < bytes.count {
            throw AnalysisError("expected '*', '+' or the end of the expression", at: at..<(at + 1))
        }
        return SumOfProducts(terms: terms)
    }

    private mutating func product() throws(AnalysisError) -> [SumOfProducts.Literal] {
        var literals = [try literal()]
        skipSpaces()
        while eat("*") { literals.append(try literal()) }
        return literals
    }

    private mutating func literal() throws(AnalysisError) -> SumOfProducts.Literal {
        skipSpaces()
        let start = at
        var negated = false
        while eat("~") {
            negated.toggle()
            skipSpaces()
        }
        let nameStart = at
        while at < bytes.count && !Self.operators.contains(bytes[at]) && !isSpace(bytes[at]) { at += 1 }
        guard at > nameStart else {
            let end = at < bytes.count ? at + 1 : at
            throw AnalysisError("expected a condition name", at: at..<end)
        }
        let name = String(decoding: bytes[nameStart..<at], as: UTF8.self)
        return SumOfProducts.Literal(name: name, negated: negated, range: start..<at)
    }

    private mutating func eat(_ c: Unicode.Scalar) -> Bool {
        skipSpaces()
        guard at < bytes.count, bytes[at] == UInt8(ascii: c) else { return false }
        at += 1
        return true
    }

    private mutating func skipSpaces() {
        while at < bytes.count && isSpace(bytes[at]) { at += 1 }
    }

    private func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
}
