/// A case is coded for a category: the source names it as an instance of that category.
public struct Code: Sendable, Hashable {
    public var category: String
    /// Set membership in [0, 1]; 1 for crisp codes. Fuzzy-set studies keep their degree.
    public var membership: Double
    public var evidence: [Evidence]

    public init(category: String, membership: Double = 1, evidence: [Evidence] = []) {
        self.category = category
        self.membership = membership
        self.evidence = evidence
    }
}

/// A case that fits a category's definition somewhere in the source without being named for it.
/// Shown to users, never counted as a code.
public struct Candidate: Sendable, Hashable {
    public var category: String
    public var reason: String
    public var evidence: [Evidence]

    public init(category: String, reason: String, evidence: [Evidence]) {
        self.category = category
        self.reason = reason
        self.evidence = evidence
    }
}

/// A number the source gives about a case (an amount, a date, a count, a patent number).
public struct Fact: Sendable, Hashable {
    public var id: String
    public var label: LocalizedText
    /// The numeric value where there is one (a patent number has none).
    public var value: Double?
    public var unit: String
    /// The figure as printed, verbatim (`125万英镑左右`, `CN101283359A`).
    public var text: String
    public var evidence: Evidence
    /// The editor asked the author for a source for this figure (【补充标引著录有关数据来源信息文献】).
    public var sourceRequested: Bool

    public init(id: String, label: LocalizedText, value: Double?, unit: String, text: String,
                evidence: Evidence, sourceRequested: Bool) {
        self.id = id
        self.label = label
        self.value = value
        self.unit = unit
        self.text = text
        self.evidence = evidence
        self.sourceRequested = sourceRequested
    }
}

/// An ambiguity or inconsistency of the source that concerns the data.
public struct Note: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        case ambiguity, inconsistency, editorial
    }

    public var kind: Kind
    public var text: LocalizedText
    public var evidence: [Evidence]

    public init(kind: Kind, text: LocalizedText, evidence: [Evidence]) {
        self.kind = kind
        self.text = text
        self.evidence = evidence
    }
}

public struct Case: Sendable, Hashable {
    public var name: String
    public var aliases: [String]
    /// Attribute id → value; an attribute the source does not give is absent.
    public var attributes: [String: AttributeValue]
    public var codes: [Code]
    public var candidates: [Candidate]
    public var facts: [Fact]
    public var notes: [Note]

    public init(name: String, aliases: [String] = [], attributes: [String: AttributeValue] = [:],
                codes: [Code] = [], candidates: [Candidate] = [], facts: [Fact] = [], notes: [Note] = []) {
        self.name = name
        self.aliases = aliases
        self.attributes = attributes
        self.codes = codes
        self.candidates = candidates
        self.facts = facts
        self.notes = notes
    }
}
