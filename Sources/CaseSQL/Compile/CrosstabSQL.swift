import CaseModel
import CaseQL

/// `crosstab ROWS by COLUMNS [where COND] [percent row|column|total]` as one statement giving the
/// matrix in long form, one row per cell — (row, column, value), in the matrix's reading order,
/// the totals column and row included — since which columns a matrix has (an attribute's values
/// among the cases, a "(not coded)" column) depends on the data, which a fixed list of SQL
/// columns could not follow. Rows and cells mean what they mean in caseql (CrosstabTable.swift):
/// a category line holds the cases coded for it or below it, among the cases the rows speak of.
struct CrosstabSQL {
    let study: Study
    let index: CaseIndex
    let resolver: Resolver
    var compiler: SQLCompiler

    var dialect: SQLDialect { compiler.dialect }
    var taxonomy: FlatTaxonomy { index.taxonomy }
    var vocabulary: Vocabulary { resolver.vocabulary }
    var caseSingular: String { study.caseNoun.hasSuffix("s") ? String(study.caseNoun.dropLast()) : study.caseNoun }

    enum Axis {
        case dimension(Int)
        case category(Int)
        case attribute(RelationalLayout.AttributeColumns)
    }

    /// A line relation `(label, k0, k1, k2)` and its membership `(label, case_no)`.
    struct Lines {
        var lines: String
        var members: String
    }

    func compile(_ c: Crosstab) throws(Diagnostic) -> String {
        if let noun = c.showNoun {
            throw Diagnostic("'crosstab … show \(noun.text)' lists names in each cell; it does not compile to SQL: "
                             + "leave out 'show \(noun.text)' for the counts", at: noun.range)
        }
        let scope = try c.condition.map { condition throws(Diagnostic) in try resolver.predicate(condition) }
        let rows = try axis(c.rows, isRows: true)
        let columns = try axis(c.columns, isRows: false)
        var universe: [Predicate] = scope.map { [$0] } ?? []
        switch rows {
        case .dimension(let d): universe.append(.hasDimension(taxonomy.dimensions[d].id))
        case .category(let n): universe.append(.coded(ref(n)))
        case .attribute: break
        }
        var compiler = self.compiler
        compiler.extras = CaseExtras(predicate: .and(universe), fuzzy: compiler.fuzzyCategories)
        let u = compiler.predicates.sql(.and(universe))

        let rowLines: Lines
        switch rows {
        case .dimension(let d):
            rowLines = categoryLines(taxonomy.nodes.indices.filter { taxonomy.nodes[$0].dimension == d },
                                     indent: { taxonomy.nodes[$0].depth }, universe: u, compiler)
        case .category(let n):
            let depth = taxonomy.nodes[n].depth
            rowLines = categoryLines(descendants(of: n), indent: { taxonomy.nodes[$0].depth - depth - 1 }, universe: u, compiler)
        case .attribute(let x):
            rowLines = attributeLines(x, universe: u, compiler)
        }
        let columnLines: Lines
        switch columns {
        case .dimension(let e):
            if case .dimension(let d) = rows, d == e {
                columnLines = categoryLines(taxonomy.nodes.indices.filter { taxonomy.nodes[$0].dimension == e },
                                            indent: { _ in 0 }, universe: u, compiler)
            } else {
                columnLines = withUncoded(categoryLines(taxonomy.roots(ofDimension: e), indent: { _ in 0 }, universe: u, compiler),
                                          outside: .hasDimension(taxonomy.dimensions[e].id), universe: universe, compiler)
            }
        case .category(let k):
            columnLines = withUncoded(categoryLines(taxonomy.children(of: k), indent: { _ in 0 }, universe: u, compiler),
                                      outside: .coded(ref(k)), universe: universe, compiler)
        case .attribute(let x):
            columnLines = attributeLines(x, universe: u, compiler)
        }
        return assemble(rows: rowLines, columns: columnLines, percent: c.percent, universe: u, compiler)
    }

    private func ref(_ node: Int) -> CategoryRef {
        CategoryRef(id: taxonomy.nodes[node].category.id, dimension: taxonomy.dimensions[taxonomy.nodes[node].dimension].id)
    }

    private func descendants(of n: Int) -> [Int] {
        taxonomy.nodes.indices.filter { $0 != n && taxonomy.lineage(of: $0).contains(n) }
    }

    /// What a name stands for on either side, found as caseql finds it.
    private func axis(_ name: Name, isRows: Bool) throws(Diagnostic) -> Axis {
        let dimensions = vocabulary.dimension(named: name.text)
        if let d = dimensions.first, dimensions.count == 1 { return .dimension(d) }
        let side = isRows ? "row" : "column"
        if Vocabulary.key(name.text) == Vocabulary.nameAttribute {
            throw Diagnostic("a crosstab by name would have one \(side) per \(caseSingular)", at: name.range)
        }
        if let a = vocabulary.attribute(named: name.text), let x = compiler.layout.attribute(index.attributes[a].id) {
            if x.definition.kind == .number {
                throw Diagnostic("a crosstab over the number attribute '\(x.definition.id)' groups its values into ranges "
                                 + "the data decides; it does not compile to SQL", at: name.range,
                                 notes: ["help: 'count \(study.caseNoun) group by \(x.definition.id)' compiles"])
            }
            return .attribute(x)
        }
        if !vocabulary.category(named: name.text).isEmpty {
            let n = try resolver.category(name, inDimension: nil)
            if taxonomy.children(of: n).isEmpty {
                throw Diagnostic("'\(name.text)' has no sub-categories to make \(side)s of", at: name.range)
            }
            return .category(n)
        }
        throw Diagnostic("unknown dimension, category or attribute '\(name.text)'", at: name.range)
    }

    /// Category lines in taxonomy order, labelled by id (indented), each holding the cases of the
    /// universe coded for the category or a sub-category of it.
    private func categoryLines(_ nodes: [Int], indent: (Int) -> Int, universe u: String, _ compiler: SQLCompiler) -> Lines {
        let lines = nodes.isEmpty ? "SELECT NULL AS label, 0 AS k0, 0 AS k1, '' AS k2, NULL AS id WHERE 1 = 0"
            : nodes.map { n in
                let label = String(repeating: "  ", count: max(0, indent(n))) + compiler.categoryLabel(taxonomy.nodes[n].category)
                return "SELECT \(dialect.string(label)) AS label, 0 AS k0, \(n) AS k1, '' AS k2, \(dialect.string(taxonomy.nodes[n].category.id)) AS id"
            }.joined(separator: " UNION ALL ")
        let members = "SELECT DISTINCT l.label, c.case_no FROM \(compiler.casesTable) JOIN codes AS k ON k.case_no = c.case_no"
            + " JOIN category_ancestors AS a ON a.category = k.category JOIN (\(lines)) AS l ON l.id = a.ancestor"
            + " WHERE \(PredicateSQL.inMembership) AND \(u)"
        return Lines(lines: "SELECT label, k0, k1, k2 FROM (\(lines)) AS s", members: members)
    }

    /// The lines plus "(not coded)": the universe's cases `outside` does not hold, when there are any.
    private func withUncoded(_ lines: Lines, outside: Predicate, universe: [Predicate], _ compiler: SQLCompiler) -> Lines {
        let rest = compiler.predicates.sql(.and(universe + [.not(outside)]))
        let label = dialect.string(GroupSQL.noCode)
        let members = "SELECT \(label) AS label, c.case_no FROM \(compiler.casesTable) WHERE \(rest)"
        return Lines(lines: lines.lines + " UNION ALL SELECT \(label) AS label, 1 AS k0, 0 AS k1, '' AS k2"
                        + " FROM (SELECT COUNT(*) AS n FROM (\(members)) AS z) AS z WHERE z.n > 0",
                     members: lines.members + " UNION ALL " + members)
    }

    /// An attribute's values among the universe, in caseql's natural group order, "(not given)" last.
    private func attributeLines(_ x: RelationalLayout.AttributeColumns, universe u: String, _ compiler: SQLCompiler) -> Lines {
        let keys = AttributeKeys(x, compiler)
        let each = "SELECT \(keys.label) AS label, \(keys.missing) AS k0, \(keys.sortValue) AS k1, \(keys.value) AS k2, c.case_no"
            + " FROM \(compiler.casesTable) WHERE \(u)"
        return Lines(lines: "SELECT e.label, MIN(e.k0) AS k0, MIN(e.k1) AS k1, MIN(e.k2) AS k2 FROM (\(each)) AS e GROUP BY e.label",
                     members: "SELECT e.label, e.case_no FROM (\(each)) AS e")
    }

    /// Every cell, then each row's total, the column totals and the grand total, in reading order.
    private func assemble(rows: Lines, columns: Lines, percent: Crosstab.PercentBase?, universe u: String,
                          _ compiler: SQLCompiler) -> String {
        let n = "COALESCE(x.n, 0)"
        let value: String
        switch percent {
        case nil: value = n
        case .row?: value = share(n, of: "COALESCE(rt.n, 0)")
        case .column?: value = share(n, of: "COALESCE(ct.n, 0)")
        case .total?: value = share(n, of: "g.n")
        }
        let with = "WITH rl AS (\(rows.lines)),\nrm AS (\(rows.members)),\ncl AS (\(columns.lines)),\ncm AS (\(columns.members)),\n"
            + "x AS (SELECT rm.label AS r, cm.label AS col, COUNT(*) AS n FROM rm JOIN cm ON cm.case_no = rm.case_no GROUP BY rm.label, cm.label),\n"
            + "rt AS (SELECT label, COUNT(*) AS n FROM rm GROUP BY label),\n"
            + "ct AS (SELECT label, COUNT(*) AS n FROM cm GROUP BY label),\n"
            + "g AS (SELECT COUNT(*) AS n FROM \(compiler.casesTable) WHERE \(u))\n"
        let cells = "SELECT rl.label AS r, cl.label AS col, \(value) AS v, rl.k0 AS r0, rl.k1 AS r1, rl.k2 AS r2,"
            + " cl.k0 AS c0, cl.k1 AS c1, cl.k2 AS c2 FROM rl CROSS JOIN cl CROSS JOIN g"
            + " LEFT JOIN x ON x.r = rl.label AND x.col = cl.label LEFT JOIN rt ON rt.label = rl.label LEFT JOIN ct ON ct.label = cl.label"
        let total = dialect.string("total")
        let rowTotals = "SELECT rl.label, \(total), COALESCE(rt.n, 0), rl.k0, rl.k1, rl.k2, 3, NULL, NULL"
            + " FROM rl LEFT JOIN rt ON rt.label = rl.label"
        let columnTotals = "SELECT \(total), cl.label, COALESCE(ct.n, 0), 3, NULL, NULL, cl.k0, cl.k1, cl.k2"
            + " FROM cl LEFT JOIN ct ON ct.label = cl.label"
        let grand = "SELECT \(total), \(total), g.n, 3, NULL, NULL, 3, NULL, NULL FROM g"
        return with + "SELECT t.r AS \(dialect.identifier("row")), t.col AS \(dialect.identifier("column")), t.v AS value\n"
            + "FROM (\(cells)\nUNION ALL \(rowTotals)\nUNION ALL \(columnTotals)\nUNION ALL \(grand)) AS t\n"
            + "ORDER BY t.r0, t.r1, t.r2, t.c0, t.c1, t.c2"
    }

    /// A share in percent with one decimal, rounded half up as caseql rounds; 0 of nothing is 0.
    private func share(_ count: String, of total: String) -> String {
        "CASE WHEN \(total) = 0 THEN 0 ELSE FLOOR(CAST(\(count) AS \(dialect.doubleType)) * 1000 / \(total) + 0.5) / 10 END"
    }
}
