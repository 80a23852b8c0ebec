import CaseModel

/// Every name a query may use for the loaded study, normalised for lookup: dimensions, categories,
/// attributes, enumeration values and cases, by id, label (English and Chinese) and alias.
public struct Vocabulary: Sendable {
    /// Lookup keys ignore case, spaces, `_` and `-`, so `strategic equity`, `Strategic_Equity` and
    /// `AXEL SPACE` find `strategic_equity` and `AXELSPACE`.
    public static func key(_ s: String) -> String {
        String(String.UnicodeScalarView(s.lowercased().unicodeScalars.filter {
            !($0 == " " || $0 == "_" || $0 == "-" || $0 == "\u{3000}" || $0 == "·")
        }))
    }

    public let index: CaseIndex
    public let caseNoun: String
    let dimensions: [String: Set<Int>]
    let categories: [String: Set<Int>]
    let attributes: [String: Int]
    let values: [[String: Int32]]
    let cases: [String: Set<Int>]

    /// The implicit attribute every study has: the case's name.
    public static let nameAttribute = "name"

    public init(study: Study, index: CaseIndex) {
        self.index = index
        self.caseNoun = study.caseNoun
        var dims: [String: Set<Int>] = [:]
        for (i, d) in index.taxonomy.dimensions.enumerated() {
            for n in [d.id, d.labels.en, d.labels.zh] + d.aliases where !n.isEmpty {
                dims[Vocabulary.key(n), default: []].insert(i)
            }
        }
        var cats: [String: Set<Int>] = [:]
        for (i, node) in index.taxonomy.nodes.enumerated() {
            let c = node.category
            let dimensionID = index.taxonomy.dimensions[node.dimension].id
            for n in [c.id, c.labels.en, c.labels.zh, "\(dimensionID).\(c.id)"] + c.aliases where !n.isEmpty {
                cats[Vocabulary.key(n), default: []].insert(i)
            }
        }
        var attrs: [String: Int] = [:]
        var values: [[String: Int32]] = []
        for (i, a) in index.attributes.enumerated() {
            for n in [a.id, a.labels.en, a.labels.zh] + a.aliases where !n.isEmpty {
                attrs[Vocabulary.key(n)] = attrs[Vocabulary.key(n)] ?? i
            }
            var table: [String: Int32] = [:]
            for (v, value) in a.values.enumerated() {
                for n in [value.id, value.labels.en, value.labels.zh] + value.aliases where !n.isEmpty {
                    table[Vocabulary.key(n)] = table[Vocabulary.key(n)] ?? Int32(v)
                }
            }
            values.append(table)
        }
        var kases: [String: Set<Int>] = [:]
        for (i, name) in index.names.enumerated() {
            kases[Vocabulary.key(name), default: []].insert(i)
        }
        for (i, kase) in study.cases.enumerated() where i < index.count {
            for alias in kase.aliases { kases[Vocabulary.key(alias), default: []].insert(i) }
        }
        self.dimensions = dims
        self.categories = cats
        self.attributes = attrs
        self.values = values
        self.cases = kases
    }

    public func dimension(named name: String) -> Set<Int> { dimensions[Vocabulary.key(name)] ?? [] }
    public func category(named name: String) -> Set<Int> { categories[Vocabulary.key(name)] ?? [] }
    public func attribute(named name: String) -> Int? { attributes[Vocabulary.key(name)] }
    public func value(named name: String, ofAttribute a: Int) -> Int32? { values[a][Vocabulary.key(name)] }
    public func cases(named name: String) -> Set<Int> { cases[Vocabulary.key(name)] ?? [] }

    public func isCaseNoun(_ word: String) -> Bool {
        let k = Vocabulary.key(word)
        return k == Vocabulary.key(caseNoun) || k == "cases" || k == "case"
            || (caseNoun.hasSuffix("s") && k == Vocabulary.key(String(caseNoun.dropLast())))
    }

    // Names offered by completion and "did you mean", as people write them.

    public var dimensionNames: [String] {
        index.taxonomy.dimensions.flatMap { [$0.id, $0.labels.zh] + $0.aliases }.filter { !$0.isEmpty }
    }

    public func categoryNames(inDimension d: Int? = nil) -> [String] {
        index.taxonomy.nodes.filter { d == nil || $0.dimension == d }
            .flatMap { [$0.category.id, $0.category.labels.zh] + $0.category.aliases }.filter { !$0.isEmpty }
    }

    public var attributeNames: [String] {
        [Vocabulary.nameAttribute] + index.attributes.flatMap { [$0.id, $0.labels.zh] + $0.aliases }.filter { !$0.isEmpty }
    }

    public func valueNames(ofAttribute a: Int) -> [String] {
        index.attributes[a].values.flatMap { [$0.id, $0.labels.en, $0.labels.zh] + $0.aliases }.filter { !$0.isEmpty }
    }

    public var caseNames: [String] { index.names }
}
