/// How an attribute's values are typed and compared.
public enum AttributeKind: String, Sendable, CaseIterable {
    /// Free text, possibly bilingual; `contains` searches every language.
    case text
    /// A number (a year, a count); compared numerically.
    case number
    /// A band such as `11~50`; a comparison holds only when it holds for every value in the band.
    case range
    /// One of a declared list of values (countries), each with labels and aliases.
    case enumeration
}

/// One declared value of an enumeration attribute, e.g. the country `DE` 德国 Germany.
public struct AttributeValueDefinition: Sendable, Hashable {
    public var id: String
    public var labels: LocalizedText
    public var aliases: [String]

    public init(id: String, labels: LocalizedText, aliases: [String] = []) {
        self.id = id
        self.labels = labels
        self.aliases = aliases
    }
}

public struct AttributeDefinition: Sendable, Hashable {
    public var id: String
    public var labels: LocalizedText
    public var aliases: [String]
    public var kind: AttributeKind
    public var description: LocalizedText
    /// The declared values of an enumeration; empty for other kinds.
    public var values: [AttributeValueDefinition]

    public init(id: String, labels: LocalizedText, aliases: [String] = [], kind: AttributeKind,
                description: LocalizedText = .init(), values: [AttributeValueDefinition] = []) {
        self.id = id
        self.labels = labels
        self.aliases = aliases
        self.kind = kind
        self.description = description
        self.values = values
    }
}

public enum AttributeValue: Sendable, Hashable {
    case text(LocalizedText)
    case number(Double)
    /// Inclusive bounds, with the text the source printed (`11~50`).
    case range(low: Double, high: Double, text: String)
    /// The id of a declared enumeration value.
    case value(String)
}
