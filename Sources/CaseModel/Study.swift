/// A coded multi-case study: what caseql loads and queries. Nothing about a particular study is
/// hard-wired into the language; the built-in study is one value of this type.
public struct Study: Sendable, Hashable {
    public static let formatVersion = 1

    public var title: LocalizedText
    /// Where the study comes from (a citation), free text.
    public var source: String
    /// The plural noun for cases in queries (`firms`); `cases` always works too.
    public var caseNoun: String
    public var attributes: [AttributeDefinition]
    public var taxonomy: Taxonomy
    public var cases: [Case]
    /// Ambiguities and inconsistencies of the source that concern no single case.
    public var notes: [Note]
    /// A case matrix (CSV, QCA data): every 0 is a recorded value, so a missing code is data, not
    /// something the source does not report (the closed-world note is not given).
    public var codesAreData = false

    public init(title: LocalizedText, source: String = "", caseNoun: String = "cases",
                attributes: [AttributeDefinition] = [], taxonomy: Taxonomy, cases: [Case] = [], notes: [Note] = []) {
        self.title = title
        self.source = source
        self.caseNoun = caseNoun
        self.attributes = attributes
        self.taxonomy = taxonomy
        self.cases = cases
        self.notes = notes
    }

    public func attribute(_ id: String) -> AttributeDefinition? {
        attributes.first { $0.id == id }
    }
}
