import CaseModel
import CaseQL

/// A plan's predicate as a SQL condition over `cases AS c`. Every test is two-valued: an absent
/// value (NULL) makes a test false, never unknown, so `not` complements exactly as the in-memory
/// engine's bitsets do.
struct PredicateSQL {
    let layout: RelationalLayout
    let dialect: SQLDialect
    let extras: CaseExtras

    static let alwaysTrue = "1 = 1"
    static let alwaysFalse = "1 = 0"
    /// A fuzzy code counts as "in" above QCA's crossover, as `CaseIndex.crossover` says.
    static var inMembership: String { "k.membership > \(CaseIndex.crossover)" }

    func id(_ name: String) -> String { dialect.identifier(name) }
    func column(_ name: String) -> String { "c." + id(name) }

    func sql(_ p: Predicate) -> String {
        switch p {
        case .and(let items):
            return items.isEmpty ? PredicateSQL.alwaysTrue : "(" + items.map(sql).joined(separator: " AND ") + ")"
        case .or(let items):
            return items.isEmpty ? PredicateSQL.alwaysFalse : "(" + items.map(sql).joined(separator: " OR ") + ")"
        case .not(let inner):
            return "NOT (" + sql(inner) + ")"
        case .coded(let ref):
            return coded([ref])
        case .codedAll(let refs):
            return refs.isEmpty ? PredicateSQL.alwaysTrue : "(" + refs.map { coded([$0]) }.joined(separator: " AND ") + ")"
        case .codedAny(let refs):
            return refs.isEmpty ? PredicateSQL.alwaysFalse : coded(refs)
        case .hasDimension(let d):
            return coded(from: "codes AS k JOIN categories AS g ON g.id = k.category",
                         where: "\(PredicateSQL.inMembership) AND g.dimension = \(dialect.string(d))")
        case .cases(let names):
            return names.isEmpty ? PredicateSQL.alwaysFalse : "c.name IN (\(names.sorted().map(dialect.string).joined(separator: ", ")))"
        case .nameContains(let text):
            return contains("c.name", text)
        default:
            return attributeTest(p)
        }
    }

    /// Cases coded for any of `refs`: through the closure table for a category with its
    /// sub-categories, on the category itself otherwise.
    func coded(_ refs: [CategoryRef]) -> String {
        let deep = refs.filter(\.includesDescendants).map { dialect.string($0.id) }
        let flat = refs.filter { !$0.includesDescendants }.map { dialect.string($0.id) }
        var parts: [String] = []
        if !deep.isEmpty {
            parts.append(coded(from: "codes AS k JOIN category_ancestors AS a ON a.category = k.category",
                               where: "\(PredicateSQL.inMembership) AND a.ancestor \(inList(deep))"))
        }
        if !flat.isEmpty {
            parts.append(coded(from: "codes AS k", where: "\(PredicateSQL.inMembership) AND k.category \(inList(flat))"))
        }
        return parts.count == 1 ? parts[0] : "(" + parts.joined(separator: " OR ") + ")"
    }

    /// Cases with a code row in `from` (aliasing codes as `k`) passing `condition`: a semi-join
    /// by `IN`, or by a correlated `EXISTS` where the engine needs it.
    func coded(from: String, where condition: String) -> String {
        dialect.correlatedExists
            ? "EXISTS (SELECT 1 FROM \(from) WHERE k.case_no = c.case_no AND \(condition))"
            : "c.case_no IN (SELECT k.case_no FROM \(from) WHERE \(condition))"
    }

    func inList(_ literals: [String]) -> String {
        literals.count == 1 ? "= " + literals[0] : "IN (" + literals.joined(separator: ", ") + ")"
    }

    func contains(_ expr: String, _ lowered: String) -> String {
        "\(dialect.positionFunction)(lower(\(expr)), \(dialect.string(lowered))) > 0"
    }

    static func op(_ c: Comparison) -> String { c == .notEqual ? "<>" : c.rawValue }

    private func attributeTest(_ p: Predicate) -> String {
        switch p {
        case .number(let a, let op, let v):
            guard let x = columns(a, .number) else { return PredicateSQL.alwaysFalse }
            return present(x.value, "\(column(x.value)) \(PredicateSQL.op(op)) \(dialect.number(v))")
        case .numberBetween(let a, let low, let high):
            guard let x = columns(a, .number) else { return PredicateSQL.alwaysFalse }
            return present(x.value, "\(column(x.value)) >= \(dialect.number(low)) AND \(column(x.value)) <= \(dialect.number(high))")
        case .range(let a, let op, let v):
            guard let (lo, hi) = bounds(a) else { return PredicateSQL.alwaysFalse }
            // Every value of the band must satisfy the comparison: both ends.
            let o = PredicateSQL.op(op), n = dialect.number(v)
            return present(lo, "\(column(lo)) \(o) \(n) AND \(column(hi)) \(o) \(n)")
        case .rangeEquals(let a, let low, let high):
            guard let (lo, hi) = bounds(a) else { return PredicateSQL.alwaysFalse }
            return present(lo, "\(column(lo)) = \(dialect.number(low)) AND \(column(hi)) = \(dialect.number(high))")
        case .rangeBetween(let a, let low, let high):
            guard let (lo, hi) = bounds(a) else { return PredicateSQL.alwaysFalse }
            return present(lo, "\(column(lo)) >= \(dialect.number(low)) AND \(column(hi)) <= \(dialect.number(high))")
        case .enumeration(let a, let values):
            guard let x = columns(a, .enumeration), !values.isEmpty else { return PredicateSQL.alwaysFalse }
            return present(x.value, "\(column(x.value)) \(inList(values.sorted().map(dialect.string)))")
        case .enumerationContains(let a, let text):
            // Which declared values match is known from the study: the engine only tests membership.
            guard let x = columns(a, .enumeration) else { return PredicateSQL.alwaysFalse }
            let ids = x.definition.values.filter { v in
                ([v.id, v.labels.en, v.labels.zh] + v.aliases).contains { $0.lowercased().contains(text) }
            }.map(\.id)
            return ids.isEmpty ? PredicateSQL.alwaysFalse : present(x.value, "\(column(x.value)) \(inList(ids.map(dialect.string)))")
        case .textEquals(let a, let text):
            guard let x = columns(a, .text), let zh = x.zh else { return PredicateSQL.alwaysFalse }
            let t = dialect.string(text)
            return present(x.value, "(lower(\(column(x.value))) = \(t) OR lower(\(chinese(zh))) = \(t))")
        case .textContains(let a, let text):
            guard let x = columns(a, .text), let zh = x.zh else { return PredicateSQL.alwaysFalse }
            return present(x.value, "(\(contains(column(x.value), text)) OR \(contains(chinese(zh), text)))")
        case .codeCount(let d, let op, let v):
            return "c.\(extras.column(.codeCount(dimension: d))) \(PredicateSQL.op(op)) \(dialect.number(v))"
        case .evidenceContains(let text, let scope):
            return evidence(text, scope)
        case .hasValue(let a):
            guard let x = layout.attribute(a) else { return PredicateSQL.alwaysFalse }
            return "\(column(x.low ?? x.value)) IS NOT NULL"
        default:
            return PredicateSQL.alwaysFalse
        }
    }

    /// Cases with a quote or gloss holding `text` among their evidence in `scope` (the evidence
    /// table keeps every code's evidence, as the per-case records the in-memory engine searches).
    private func evidence(_ text: String, _ scope: CodeScope) -> String {
        var condition = "(\(contains("k.quote", text)) OR \(contains("k.gloss", text)))"
        switch scope {
        case .all: break
        case .dimension(let d):
            condition += " AND k.category IN (SELECT g.id FROM categories AS g WHERE g.dimension = \(dialect.string(d)))"
        case .category(let ref) where ref.includesDescendants:
            condition += " AND k.category IN (SELECT a.category FROM category_ancestors AS a WHERE a.ancestor = \(dialect.string(ref.id)))"
        case .category(let ref):
            condition += " AND k.category = \(dialect.string(ref.id))"
        }
        return coded(from: "evidence AS k", where: condition)
    }

    /// The Chinese text column, '' where a loader read an empty text as NULL (Spark's CSV reader
    /// does), so a test on it is never unknown.
    private func chinese(_ name: String) -> String { "COALESCE(\(column(name)), '')" }

    /// `test` where the column has a value; false (not NULL) where it has none.
    private func present(_ name: String, _ test: String) -> String {
        "(\(column(name)) IS NOT NULL AND \(test))"
    }

    private func columns(_ a: String, _ kind: AttributeKind) -> RelationalLayout.AttributeColumns? {
        guard let x = layout.attribute(a), x.definition.kind == kind else { return nil }
        return x
    }

    private func bounds(_ a: String) -> (String, String)? {
        guard let x = columns(a, .range), let lo = x.low, let hi = x.high else { return nil }
        return (lo, hi)
    }
}
