import CaseModel
import CaseQL

/// Per-case values a plan needs beyond the columns of `cases`: code counts (`codes`, `codes in
/// DIM`), a dimension's most specific codes and a category's 1/0 or degree (`show`). Each becomes
/// a column of a derived `cases`, joined from an uncorrelated per-case aggregate: Spark takes a
/// subquery in a projection only in this shape, and every engine aggregates the codes once
/// instead of once per case.
struct CaseExtras {
    enum Item: Hashable {
        case codeCount(dimension: String?)
        case mostSpecific(dimension: String)
        case category(CategoryRef)
    }

    private(set) var items: [Item] = []
    /// Categories whose codes carry fuzzy degrees: `show CAT` gives the degree, not 1/0.
    let fuzzy: Set<String>

    /// None: a plan of plain `cases` columns.
    init() { fuzzy = [] }

    /// The code counts a condition tests.
    init(predicate: Predicate?, fuzzy: Set<String>) {
        self.fuzzy = fuzzy
        if let predicate { collect(predicate) }
    }

    init(plan: QueryPlan, fuzzy: Set<String>) {
        self.fuzzy = fuzzy
        if let p = plan.predicate { collect(p) }
        for item in plan.projection {
            switch item {
            case .attribute: break
            case .dimension(let d): add(.mostSpecific(dimension: d))
            case .category(let ref): add(.category(ref))
            case .codes(let d): add(.codeCount(dimension: d))
            }
        }
        if case .codes(let d)? = plan.grouping { add(.codeCount(dimension: d)) }
        for term in plan.order { if case .codes(let d) = term.key { add(.codeCount(dimension: d)) } }
    }

    private mutating func add(_ item: Item) {
        if !items.contains(item) { items.append(item) }
    }

    private mutating func collect(_ p: Predicate) {
        switch p {
        case .and(let list), .or(let list): list.forEach { collect($0) }
        case .not(let inner): collect(inner)
        case .codeCount(let d, _, _): add(.codeCount(dimension: d))
        default: break
        }
    }

    /// The column of the derived `cases` holding `item` (`c.` + this).
    func column(_ item: Item) -> String {
        "_x\(items.firstIndex(of: item) ?? 0)"
    }

    /// `cases`, or the derived table with the extra columns, to be aliased `c`.
    func source(_ compiler: SQLCompiler) -> String {
        guard !items.isEmpty else { return "cases" }
        var columns = ["c.*"], joins = ""
        for (i, item) in items.enumerated() {
            let x = "x\(i)"
            let (value, relation) = part(item, alias: x, compiler)
            columns.append("\(value) AS _x\(i)")
            joins += " LEFT JOIN (\(relation)) AS \(x) ON \(x).case_no = c.case_no"
        }
        return "(SELECT " + columns.joined(separator: ", ") + " FROM cases AS c" + joins + ")"
    }

    /// The value expression over the joined relation `alias`, and that relation (one row per case at most).
    private func part(_ item: Item, alias x: String, _ compiler: SQLCompiler) -> (String, String) {
        let dialect = compiler.dialect
        let coded = PredicateSQL.inMembership
        switch item {
        case .codeCount(let d):
            let dimension = d.map { " JOIN categories AS g ON g.id = k.category WHERE \(coded) AND g.dimension = \(dialect.string($0))" }
                ?? " WHERE \(coded)"
            return ("COALESCE(\(x).n, 0)", "SELECT k.case_no, COUNT(*) AS n FROM codes AS k\(dimension) GROUP BY k.case_no")
        case .mostSpecific(let d):
            // A code is most specific when no other code of the case lies below it.
            let rows = "SELECT k.case_no, k.category, g.position FROM codes AS k JOIN categories AS g ON g.id = k.category"
                + " WHERE \(coded) AND g.dimension = \(dialect.string(d)) AND NOT EXISTS (SELECT 1 FROM codes AS k2"
                + " JOIN category_ancestors AS a ON a.category = k2.category WHERE k2.case_no = k.case_no"
                + " AND k2.membership > \(CaseIndex.crossover) AND a.ancestor = k.category AND a.distance > 0)"
            let ordered = dialect.stringAggregation == .groupConcatOfOrderedRows ? " ORDER BY k.case_no, g.position" : ""
            return ("\(x).v", "SELECT s.case_no, \(compiler.aggregate("s.category", key: "s.position")) AS v"
                    + " FROM (\(rows)\(ordered)) AS s GROUP BY s.case_no")
        case .category(let ref):
            if fuzzy.contains(ref.id) {
                return ("COALESCE(\(x).membership, 0)",
                        "SELECT k.case_no, k.membership FROM codes AS k WHERE k.category = \(dialect.string(ref.id))")
            }
            let from = ref.includesDescendants
                ? "codes AS k JOIN category_ancestors AS a ON a.category = k.category WHERE \(coded) AND a.ancestor = \(dialect.string(ref.id))"
                : "codes AS k WHERE \(coded) AND k.category = \(dialect.string(ref.id))"
            return ("CASE WHEN \(x).case_no IS NULL THEN 0 ELSE 1 END", "SELECT DISTINCT k.case_no FROM \(from)")
        }
    }
}
