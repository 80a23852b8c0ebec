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
    /// `codes [in DIM] OP N`: how many categories the case is coded for (in one dimension).
    case codeCount(CodeCount, op: Comparison, value: Value)
    /// `evidence [for CAT] contains 'text'`: a quote or gloss (of the category's codes) holds the text.
    case evidenceContains(category: Name?, text: Value, range: SourceRange)

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
        case .codeCount(let c, _, let v): return c.range.to(v.range)
        case .evidenceContains(_, _, let r): return r
        }
    }
}

/// `codes` or `codes in DIM`: the number of categories a case is coded for, overall or in one
/// dimension. A contextual word, not a keyword: an attribute may still be called `codes`.
public struct CodeCount: Sendable, Hashable {
    public var range: SourceRange
    public var dimension: Name?

    public init(range: SourceRange, dimension: Name? = nil) {
        self.range = range
        self.dimension = dimension
    }
}

/// One column of `select … show`: a dimension, category or attribute by name, or `codes [in DIM]`.
public enum ShowItem: Sendable, Hashable {
    case name(Name)
    case codes(CodeCount)

    public var range: SourceRange {
        switch self {
        case .name(let n): return n.range
        case .codes(let c): return c.dimension.map { c.range.to($0.range) } ?? c.range
        }
    }
}

public enum SortOrder: String, Sendable, Hashable {
    case asc, desc
}

public struct OrderItem: Sendable, Hashable {
    public var key: Name
    public var direction: SortOrder
    /// `order by codes in DIM`: the dimension (the key is then `codes`).
    public var codesIn: Name?

    public init(key: Name, direction: SortOrder = .asc, codesIn: Name? = nil) {
        self.key = key
        self.direction = direction
        self.codesIn = codesIn
    }
}

public struct Query: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable { case select, count }
    public var kind: Kind
    /// The case noun as written (`firms`, `cases`).
    public var noun: Name
    /// `show ITEM, …`: the columns after the name; empty for the default columns.
    public var show: [ShowItem] = []
    public var condition: Condition?
    /// `group by A[, B]`: one key, or two for nested groups; `codes [in DIM]` is an item too.
    public var groupBy: [ShowItem] = []
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

