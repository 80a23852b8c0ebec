/// A name as written: bare or quoted, with where it was written.
public struct Name: Sendable, Hashable {
    public var text: String
    public var range: SourceRange
    public var quoted: Bool

    public init(_ text: String, range: SourceRange, quoted: Bool = false) {
        self.text = text
        self.range = range
        self.quoted = quoted
    }
}

/// A literal value on the right of a comparison.
public enum Literal: Sendable, Hashable {
    case number(Double, text: String)
    /// A string or a bare word (`Germany`, `德国`); the resolver decides what it names.
    case word(String, quoted: Bool)
}

public struct Value: Sendable, Hashable {
    public var literal: Literal
    public var range: SourceRange

    public var text: String {
        switch literal {
        case .number(_, let text): return text
        case .word(let w, _): return w
        }
    }
}

public enum Comparison: String, Sendable, Hashable, CaseIterable {
    case equal = "=", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
}

public enum Quantifier: String, Sendable, Hashable {
    case any, all
}

public indirect enum Condition: Sendable, Hashable {
    /// Conjunctions and disjunctions are n-ary, so `a and b and … and z` is one node, not a chain
    /// as deep as it is long (nesting depth stays bounded by parentheses, which the parser limits).
    case and([Condition])
    case or([Condition])
    case not(Condition, range: SourceRange)
    /// `DIM includes CAT`; with a quantifier, `DIM includes any|all (CAT, …)`.
    case includes(dimension: Name, quantifier: Quantifier?, categories: [Name])
    /// `has DIM` or `has CAT`.
    case has(Name)
    /// A bare category (`crowdfunding`): the case is coded for it.
    case category(Name)
    case compare(attribute: Name, op: Comparison, value: Value)
    case isIn(attribute: Name, values: [Value])
    case between(attribute: Name, low: Value, high: Value)
    case contains(attribute: Name, text: Value)

    /// Where the condition is written, for notes that point at it.
    public var range: SourceRange {
        switch self {
        case .and(let items), .or(let items): return items[0].range.to(items[items.count - 1].range)
        case .not(_, let r): return r
        case .includes(let d, _, let cats): return d.range.to(cats.last?.range ?? d.range)
        case .has(let n), .category(let n): return n.range
        case .compare(let a, _, let v): return a.range.to(v.range)
        case .isIn(let a, let vs): return a.range.to(vs.last?.range ?? a.range)
        case .between(let a, _, let h): return a.range.to(h.range)
        case .contains(let a, let t): return a.range.to(t.range)
        }
    }
}

public enum SortOrder: String, Sendable, Hashable {
    case asc, desc
}

public struct OrderItem: Sendable, Hashable {
    public var key: Name
    public var direction: SortOrder

    public init(key: Name, direction: SortOrder = .asc) {
        self.key = key
        self.direction = direction
    }
}

public struct Query: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable { case select, count }
    public var kind: Kind
    /// The case noun as written (`firms`, `cases`).
    public var noun: Name
    public var condition: Condition?
    public var groupBy: Name?
    /// `order by A [asc|desc], B …`: later keys break ties of earlier ones.
    public var order: [OrderItem] = []
    /// Where `order` was written, for errors about the clause as a whole.
    public var orderRange: SourceRange?
    public var limit: Int?
    public var limitRange: SourceRange?

    public init(kind: Kind, noun: Name) {
        self.kind = kind
        self.noun = noun
    }
}

