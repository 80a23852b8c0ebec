import CaseModel

/// A condition with every name resolved against the study: what the evaluator runs.
public indirect enum Predicate: Sendable, Hashable {
    case and([Predicate])
    case or([Predicate])
    case not(Predicate)
    /// Members of the category or of any descendant (taxonomy node indices, unioned).
    case category(Int)
    /// `includes all (…)`.
    case allCategories([Int])
    case anyCategory([Int])
    case dimension(Int)
    case cases(Set<Int>)
    case nameContains(String)
    case number(attribute: Int, op: Comparison, value: Double)
    case numberBetween(attribute: Int, low: Double, high: Double)
    /// Every value in the band satisfies the comparison.
    case range(attribute: Int, op: Comparison, value: Double)
    case rangeEquals(attribute: Int, low: Double, high: Double)
    case rangeBetween(attribute: Int, low: Double, high: Double)
    case enumeration(attribute: Int, values: Set<Int32>)
    case textEquals(attribute: Int, text: String)
    case textContains(attribute: Int, text: String)
    case enumerationContains(attribute: Int, text: String)
    /// A case with any value for the attribute: `!=` holds only where there is a value to differ.
    case hasValue(attribute: Int)

    /// Whether a `not` over this predicate reads absent codes as "does not": the closed-world note.
    var involvesCodes: Bool {
        switch self {
        case .category, .allCategories, .anyCategory, .dimension: return true
        case .and(let items), .or(let items): return items.contains { $0.involvesCodes }
        case .not(let p): return p.involvesCodes
        default: return false
        }
    }
}

/// What a `group by` groups on.
public enum Grouping: Sendable, Hashable {
    case attribute(Int)
    case name
    /// The top-level categories of a dimension; a case may fall in several groups.
    case dimension(Int)
    /// The children of a category.
    case category(Int)
}

public enum OrderKey: Sendable, Hashable {
    case attribute(Int)
    case name
    /// Group size, with `group by`.
    case count
    case group
}

public struct OrderTerm: Sendable, Hashable {
    public var key: OrderKey
    public var direction: SortOrder
}

public struct QueryPlan: Sendable, Hashable {
    public var kind: Query.Kind
    public var predicate: Predicate?
    public var grouping: Grouping?
    /// Sort keys, most significant first.
    public var order: [OrderTerm] = []
    public var limit: Int?
    /// A `not` over codes shaped the answer: human-readable output says what absence means.
    public var negatesCodes: Bool
}
