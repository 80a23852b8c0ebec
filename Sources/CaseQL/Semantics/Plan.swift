import CaseModel

/// A category as a plan names it: by its study id (and its dimension's), and whether the test
/// takes in its sub-categories. The hierarchy rule ("a category includes its sub-categories") is
/// stated here, so every engine — the in-memory one and compiled SQL — applies it the same way.
public struct CategoryRef: Sendable, Hashable {
    public var id: String
    public var dimension: String
    public var includesDescendants: Bool

    public init(id: String, dimension: String, includesDescendants: Bool = true) {
        self.id = id
        self.dimension = dimension
        self.includesDescendants = includesDescendants
    }
}

/// A condition with every name resolved against the study: what an engine runs. Names are the
/// study's ids (categories, dimensions, attributes, enumeration values, canonical case names), never
/// positions in one loaded index, so a compiler can read a plan without the index that made it.
public indirect enum Predicate: Sendable, Hashable {
    case and([Predicate])
    case or([Predicate])
    case not(Predicate)
    /// The case is coded for the category (or, with `includesDescendants`, any sub-category).
    case coded(CategoryRef)
    /// `includes all (…)`.
    case codedAll([CategoryRef])
    case codedAny([CategoryRef])
    /// `has DIM`: at least one code in the dimension.
    case hasDimension(String)
    /// Cases by canonical name.
    case cases(Set<String>)
    /// Lower-cased text searched in the case name.
    case nameContains(String)
    case number(attribute: String, op: Comparison, value: Double)
    case numberBetween(attribute: String, low: Double, high: Double)
    /// Every value in the band satisfies the comparison.
    case range(attribute: String, op: Comparison, value: Double)
    case rangeEquals(attribute: String, low: Double, high: Double)
    case rangeBetween(attribute: String, low: Double, high: Double)
    /// Value ids of an enumerated attribute.
    case enumeration(attribute: String, values: Set<String>)
    /// Lower-cased text compared with both languages of a text attribute.
    case textEquals(attribute: String, text: String)
    case textContains(attribute: String, text: String)
    /// Lower-cased text searched in an enumeration value's id, labels and aliases.
    case enumerationContains(attribute: String, text: String)
    /// A case with any value for the attribute: `!=` holds only where there is a value to differ.
    case hasValue(attribute: String)
    /// The number of categories the case is coded for directly (in one dimension, or in all).
    case codeCount(dimension: String?, op: Comparison, value: Double)
    /// Lower-cased text found in a quote or gloss of the case's codes within `scope`.
    case evidenceContains(text: String, scope: CodeScope)

    /// Whether a `not` over this predicate reads absent codes as "does not": the closed-world note.
    var involvesCodes: Bool {
        switch self {
        case .coded, .codedAll, .codedAny, .hasDimension, .codeCount, .evidenceContains: return true
        case .and(let items), .or(let items): return items.contains { $0.involvesCodes }
        case .not(let p): return p.involvesCodes
        default: return false
        }
    }
}

/// Which of a case's codes a test looks at.
public enum CodeScope: Sendable, Hashable {
    case all
    case dimension(String)
    /// The category's codes (with `includesDescendants`, its sub-categories' too).
    case category(CategoryRef)
}

/// A column of `select … show`, after the case name.
public enum Projection: Sendable, Hashable {
    case attribute(String)
    /// The case's most specific codes in the dimension, as a list.
    case dimension(String)
    /// 1/0 (coded for it or a sub-category), or the fuzzy degree where the study has one.
    case category(CategoryRef)
    /// How many categories the case is coded for (in one dimension, or in all).
    case codes(dimension: String?)
}

/// What a `group by` groups on.
public enum Grouping: Sendable, Hashable {
    case attribute(String)
    case name
    /// The top-level categories of a dimension; a case may fall in several groups.
    case dimension(String)
    /// The children of a category.
    case category(CategoryRef)
    /// The number of codes (in one dimension, or in all).
    case codes(dimension: String?)
}

public enum OrderKey: Sendable, Hashable {
    case attribute(String)
    case name
    /// Group size, with `group by`.
    case count
    case group
    case codes(dimension: String?)
}

public struct OrderTerm: Sendable, Hashable {
    public var key: OrderKey
    public var direction: SortOrder
}

public struct QueryPlan: Sendable, Hashable {
    public var kind: Query.Kind
    public var predicate: Predicate?
    public var grouping: Grouping?
    /// `group by A, B`: groups of B within each group of A.
    public var subgrouping: Grouping?
    /// `select … show`: the columns after the name; empty for every attribute.
    public var projection: [Projection] = []
    /// Sort keys, most significant first.
    public var order: [OrderTerm] = []
    public var limit: Int?
    /// A `not` over codes shaped the answer: human-readable output says what absence means.
    public var negatesCodes: Bool
}
