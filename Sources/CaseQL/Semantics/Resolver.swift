import CaseModel

/// Checks names against the loaded study and turns syntax into plans. Unknown or ambiguous names
/// are errors that say what was meant, where a close name exists, and what is valid.
public struct Resolver: Sendable {
    public let vocabulary: Vocabulary
    /// The language of its messages.
    var language: LocalizedText.Language = .en
    var index: CaseIndex { vocabulary.index }
    var taxonomy: FlatTaxonomy { index.taxonomy }

    public init(vocabulary: Vocabulary, language: LocalizedText.Language = .en) {
        self.vocabulary = vocabulary
        self.language = language
    }

    public enum AttributeRef: Sendable, Hashable {
        case name
        case attribute(Int)
    }

    // MARK: names

    func unknown(_ what: String, _ name: Name, among candidates: [String], listing: Bool = true) -> Diagnostic {
        var notes: [String] = []
        let unique = uniqued(candidates)
        if listing, !unique.isEmpty, unique.count <= 40 {
            notes.append("note: " + Localized.text(.errorValidNames, language, unique.joined(separator: ", ")))
        }
        var d = Diagnostic(Localized.text(.errorUnknown, language, what, name.text), at: name.range, id: "unknown-name", notes: notes)
        if let guess = Suggestions.closest(to: name.text, among: candidates) {
            d.suggest(guess, at: name.range)
            d.annotations[0].text = Localized.text(.errorDidYouMean, language, guess)
        }
        return d
    }

    public func checkNoun(_ noun: Name) throws(Diagnostic) {
        guard vocabulary.isCaseNoun(noun.text) else {
            throw Diagnostic("unknown case noun '\(noun.text)'", at: noun.range,
                             notes: [vocabulary.caseNoun == "cases" ? "help: this study's cases are called 'cases'"
                                     : "help: this study's cases are called '\(vocabulary.caseNoun)' ('cases' works too)"])
        }
    }

    public func dimension(_ name: Name) throws(Diagnostic) -> Int {
        let found = vocabulary.dimension(named: name.text)
        if let d = found.first, found.count == 1 { return d }
        if found.count > 1 {
            throw Diagnostic("'\(name.text)' names several dimensions", at: name.range)
        }
        var d = unknown(Localized.text(.nameDimension, language), name, among: index.taxonomy.dimensions.map(\.id))
        let asCategory = vocabulary.category(named: name.text)
        if let c = asCategory.first, asCategory.count == 1 {
            let dim = taxonomy.dimensions[taxonomy.nodes[c].dimension].id
            d.notes.insert("note: '\(name.text)' is a category of \(dim): write '\(dim) includes \(taxonomy.nodes[c].category.id)'", at: 0)
        }
        throw d
    }

    /// A category, by id, label or alias; within `dimension` when one is given.
    public func category(_ name: Name, inDimension dimension: Int?) throws(Diagnostic) -> Int {
        let found = vocabulary.category(named: name.text)
        let inDim = dimension.map { d in found.filter { taxonomy.nodes[$0].dimension == d } } ?? found
        if let c = inDim.first, inDim.count == 1 { return c }
        if inDim.count > 1 {
            let paths = inDim.sorted().map { taxonomy.path(of: $0).joined(separator: ".") }
            throw Diagnostic("'\(name.text)' is ambiguous: it names \(paths.joined(separator: ", "))", at: name.range,
                             notes: ["help: qualify it with its dimension, e.g. '\(taxonomy.dimensions[taxonomy.nodes[inDim.sorted()[0]].dimension].id).\(taxonomy.nodes[inDim.sorted()[0]].category.id)'"])
        }
        if let dimension, let other = found.first {
            let otherDim = taxonomy.dimensions[taxonomy.nodes[other].dimension].id
            throw Diagnostic("'\(name.text)' is not a category of \(taxonomy.dimensions[dimension].id)", at: name.range,
                             notes: ["note: it is a category of \(otherDim): write '\(otherDim) includes \(taxonomy.nodes[other].category.id)'"])
        }
        let what = dimension.map { Localized.text(.nameCategoryOf, language, taxonomy.dimensions[$0].id) }
            ?? Localized.text(.nameCategory, language)
        let ids = taxonomy.nodes.filter { dimension == nil || $0.dimension == dimension }.map(\.category.id)
        throw unknown(what, name, among: vocabulary.categoryNames(inDimension: dimension) + ids, listing: false)
            .withNote(dimension != nil && ids.count <= 40
                      ? "note: " + Localized.text(.errorItsCategories, language, ids.joined(separator: ", ")) : nil)
    }

    public func attribute(_ name: Name) throws(Diagnostic) -> AttributeRef {
        if Vocabulary.key(name.text) == Vocabulary.nameAttribute { return .name }
        if let a = vocabulary.attribute(named: name.text) { return .attribute(a) }
        var d = unknown(Localized.text(.nameAttribute, language), name, among: [Vocabulary.nameAttribute] + index.attributes.map(\.id))
        if !vocabulary.dimension(named: name.text).isEmpty {
            d.notes.insert("note: '\(name.text)' is a dimension: test codes with '\(name.text) includes CATEGORY' or 'has \(name.text)'", at: 0)
        }
        throw d
    }

    public func kase(_ name: Name) throws(Diagnostic) -> Int {
        let found = vocabulary.cases(named: name.text)
        if let c = found.first, found.count == 1 { return c }
        if found.count > 1 {
            throw Diagnostic("'\(name.text)' names several cases: " + found.sorted().map { index.names[$0] }.joined(separator: ", "),
                             at: name.range)
        }
        // Spelling suggestions compare against every name: bounded so a huge study answers at once.
        throw unknown(Localized.text(.nameCase, language, String(vocabulary.caseNoun.dropLastS)), name, among: index.count <= 50_000 ? index.names : [],
                      listing: index.count <= 40)
    }
}

extension Diagnostic {
    func withNote(_ note: String?) -> Diagnostic {
        guard let note else { return self }
        var d = self
        d.notes.append(note)
        return d
    }
}

extension String {
    /// "firms" → "firm", for messages about one case.
    var dropLastS: Substring { hasSuffix("s") ? dropLast() : Substring(self) }
}

/// Unique elements in first-seen order.
func uniqued(_ items: [String]) -> [String] {
    var seen = Set<String>()
    return items.filter { seen.insert($0).inserted }
}
