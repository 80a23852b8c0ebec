import CaseModel

extension Resolver {
    public func predicate(_ condition: Condition) throws(Diagnostic) -> Predicate {
        switch condition {
        case .and(let items):
            var resolved: [Predicate] = []
            for item in items { resolved.append(try predicate(item)) }
            return .and(resolved)
        case .or(let items):
            var resolved: [Predicate] = []
            for item in items { resolved.append(try predicate(item)) }
            return .or(resolved)
        case .not(let inner, _):
            return .not(try predicate(inner))
        case .includes(let dimName, let quantifier, let categories):
            let d = try dimension(dimName)
            var nodes: [Int] = []
            for c in categories { nodes.append(try category(c, inDimension: d)) }
            switch quantifier {
            case nil: return .coded(ref(nodes[0]))
            case .any: return .codedAny(nodes.map { ref($0) })
            case .all: return .codedAll(nodes.map { ref($0) })
            }
        case .has(let name):
            let dims = vocabulary.dimension(named: name.text)
            if let d = dims.first, dims.count == 1 { return .hasDimension(taxonomy.dimensions[d].id) }
            if !vocabulary.category(named: name.text).isEmpty {
                return .coded(ref(try category(name, inDimension: nil)))
            }
            throw unknown("dimension or category", name, among: vocabulary.dimensionNames + vocabulary.categoryNames(),
                          listing: false)
        case .category(let name):
            if vocabulary.category(named: name.text).isEmpty, !vocabulary.dimension(named: name.text).isEmpty {
                throw Diagnostic("a dimension alone is not a condition", at: name.range,
                                 notes: ["help: write 'has \(name.text)' or '\(name.text) includes CATEGORY'"])
            }
            if vocabulary.category(named: name.text).isEmpty, vocabulary.attribute(named: name.text) != nil
                || Vocabulary.key(name.text) == Vocabulary.nameAttribute {
                throw Diagnostic("expected a comparison after the attribute '\(name.text)'", at: name.range,
                                 expected: ["'='", "'!='", "'<'", "'in'", "'between'", "'contains'"])
            }
            if vocabulary.category(named: name.text).isEmpty {
                throw unknown("category", name, among: vocabulary.categoryNames() + vocabulary.attributeNames
                              + vocabulary.dimensionNames, listing: false)
                    .withNote("note: a condition is 'DIMENSION includes CATEGORY', 'has DIMENSION', or a comparison such as 'country = DE'")
            }
            return .coded(ref(try category(name, inDimension: nil)))
        case .compare(let attrName, let op, let value):
            return try comparison(try attribute(attrName), attrName, op, value)
        case .isIn(let attrName, let values):
            let attr = try attribute(attrName)
            var items: [Predicate] = []
            for v in values { items.append(try comparison(attr, attrName, .equal, v)) }
            return items.count == 1 ? items[0] : .or(items)
        case .between(let attrName, let low, let high):
            let attr = try attribute(attrName)
            let lo = try number(low, for: attrName), hi = try number(high, for: attrName)
            if lo > hi {
                throw Diagnostic("empty range: \(low.text) is greater than \(high.text)", at: low.range.to(high.range))
            }
            switch attr {
            case .attribute(let a) where index.attributes[a].kind == .number:
                return .numberBetween(attribute: attributeID(a), low: lo, high: hi)
            case .attribute(let a) where index.attributes[a].kind == .range:
                return .rangeBetween(attribute: attributeID(a), low: lo, high: hi)
            default:
                throw Diagnostic("'between' needs a numeric attribute; '\(attrName.text)' is \(kindName(attr))", at: attrName.range)
            }
        case .codeCount(let count, let op, let value):
            guard case .number(let n, _) = value.literal else {
                throw Diagnostic("'codes' counts categories: compare it with a number", at: value.range)
            }
            return .codeCount(dimension: try codesDimension(count), op: op, value: n)
        case .evidenceContains(let scopeName, let value, _):
            guard case .word(let text, _) = value.literal, !text.isEmpty else {
                let isNumber = if case .number = value.literal { true } else { false }
                throw Diagnostic("'evidence contains' needs text to look for", at: value.range,
                                 notes: isNumber ? ["help: quote it: '\(value.text)'"] : [])
            }
            return .evidenceContains(text: text.lowercased(), scope: try codeScope(scopeName))
        case .contains(let attrName, let value):
            let attr = try attribute(attrName)
            guard case .word(let text, _) = value.literal else {
                throw Diagnostic("'contains' needs text, found a number", at: value.range,
                                 notes: ["help: quote it: '\(value.text)'"])
            }
            switch attr {
            case .name: return .nameContains(text.lowercased())
            case .attribute(let a):
                switch index.attributes[a].kind {
                case .text: return .textContains(attribute: attributeID(a), text: text.lowercased())
                case .enumeration: return .enumerationContains(attribute: attributeID(a), text: text.lowercased())
                case .number, .range:
                    throw Diagnostic("'contains' searches text; '\(attrName.text)' is \(kindName(attr))", at: attrName.range,
                                     notes: ["help: compare numbers with =, <, >, between"])
                }
            }
        }
    }

    func kindName(_ attr: AttributeRef) -> String {
        switch attr {
        case .name: return "text"
        case .attribute(let a):
            switch index.attributes[a].kind {
            case .number: return "a number"
            case .range: return "a band of numbers"
            case .text: return "text"
            case .enumeration: return "one of a list of values"
            }
        }
    }

    func number(_ value: Value, for attribute: Name) throws(Diagnostic) -> Double {
        if case .number(let d, _) = value.literal { return d }
        throw Diagnostic("expected a number for '\(attribute.text)', found '\(value.text)'", at: value.range)
    }

    func comparison(_ attr: AttributeRef, _ attrName: Name, _ op: Comparison, _ value: Value) throws(Diagnostic) -> Predicate {
        switch attr {
        case .name:
            guard op == .equal || op == .notEqual else {
                throw Diagnostic("'\(op.rawValue)' does not apply to names", at: attrName.range,
                                 notes: ["help: use =, !=, in or contains"])
            }
            let c = try kase(Name(value.text, range: value.range, quoted: true))
            let p = Predicate.cases([index.names[c]])
            return op == .equal ? p : .not(p)
        case .attribute(let a):
            let def = index.attributes[a]
            switch def.kind {
            case .number:
                return .number(attribute: attributeID(a), op: op, value: try number(value, for: attrName))
            case .range:
                if case .word(let text, _) = value.literal {
                    guard op == .equal || op == .notEqual, let band = Band(text) else {
                        throw Diagnostic("expected a number or a band such as '11~50' for '\(attrName.text)', found '\(text)'",
                                         at: value.range)
                    }
                    let p = Predicate.rangeEquals(attribute: attributeID(a), low: band.low, high: band.high)
                    return op == .equal ? p : .and([.hasValue(attribute: attributeID(a)), .not(p)])
                }
                let n = try number(value, for: attrName)
                if op == .notEqual {
                    return .and([.hasValue(attribute: attributeID(a)), .not(.range(attribute: attributeID(a), op: .equal, value: n))])
                }
                return .range(attribute: attributeID(a), op: op, value: n)
            case .text:
                guard op == .equal || op == .notEqual else {
                    throw Diagnostic("'\(op.rawValue)' does not apply to text; '\(attrName.text)' is text", at: attrName.range,
                                     notes: ["help: use =, !=, in or contains"])
                }
                let p = Predicate.textEquals(attribute: attributeID(a), text: value.text.lowercased())
                return op == .equal ? p : .and([.hasValue(attribute: attributeID(a)), .not(p)])
            case .enumeration:
                guard op == .equal || op == .notEqual else {
                    throw Diagnostic("'\(op.rawValue)' does not apply to '\(attrName.text)', which is one of a list of values",
                                     at: attrName.range, notes: ["help: use =, != or in"])
                }
                guard let v = vocabulary.value(named: value.text, ofAttribute: a) else {
                    let name = Name(value.text, range: value.range)
                    throw unknown("value of \(def.id)", name, among: vocabulary.valueNames(ofAttribute: a), listing: false)
                        .withNote(def.values.count <= 40
                            ? "note: valid values: " + def.values.map { "\($0.id) (\($0.labels.en.isEmpty ? $0.labels.zh : $0.labels.en))" }.joined(separator: ", ")
                            : nil)
                }
                let p = Predicate.enumeration(attribute: attributeID(a), values: [def.values[Int(v)].id])
                return op == .equal ? p : .and([.hasValue(attribute: attributeID(a)), .not(p)])
            }
        }
    }
}

/// A band of numbers as written in queries and data: `11~50`, `11-50`, `11～50`, or one number.
struct Band {
    var low: Double
    var high: Double

    init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: " ")
        for separator in ["~", "～", "-", "–"] {
            let parts = trimmed.split(separator: separator, omittingEmptySubsequences: false)
            if parts.count == 2, let lo = Double(parts[0].trimmingCharacters(in: " ")),
               let hi = Double(parts[1].trimmingCharacters(in: " ")), lo <= hi {
                low = lo
                high = hi
                return
            }
        }
        guard let n = Double(trimmed), n.isFinite else { return nil }
        low = n
        high = n
    }
}

extension StringProtocol {
    func trimmingCharacters(in c: Character) -> String {
        var s = Substring(self)
        while s.first == c { s.removeFirst() }
        while s.last == c { s.removeLast() }
        return String(s)
    }
}


extension Resolver {
    /// `for CAT|DIM` of evidence: a dimension's codes, or a category's with its sub-categories'.
    func codeScope(_ name: Name?) throws(Diagnostic) -> CodeScope {
        guard let name else { return .all }
        let dims = vocabulary.dimension(named: name.text)
        if let d = dims.first, dims.count == 1 { return .dimension(taxonomy.dimensions[d].id) }
        if !vocabulary.category(named: name.text).isEmpty { return .category(ref(try category(name, inDimension: nil))) }
        throw unknown("category or dimension", name, among: vocabulary.dimensionNames + vocabulary.categoryNames(),
                      listing: false)
    }
}
