import CaseQL

/// `… group by`: one row per group with its size (and, for `select`, its members in study order),
/// in caseql's natural group order — numbers ascending, text by label, categories in taxonomy
/// order, the "(not given)"/"(not coded)" group last — reordered by `order by count|GROUP`.
///
/// Every form produces the same inner relation `t(grp, n, [members,] nk0, nk1, nk2)`: the label,
/// the size, and the natural order keys (missing group last, sort value, label).
struct GroupSQL {
    let compiler: SQLCompiler
    let plan: QueryPlan
    let condition: String?

    static let noValue = "(not given)"
    static let noCode = "(not coded)"

    var dialect: SQLDialect { compiler.dialect }
    var withMembers: Bool { plan.kind == .select }
    func id(_ name: String) -> String { dialect.identifier(name) }
    var whereClause: String { condition.map { " WHERE \($0)" } ?? "" }

    func sql(_ grouping: Grouping) -> String {
        let header: String
        let inner: String
        switch grouping {
        case .name:
            header = "name"
            inner = groupCases(label: "c.name", columns: "c.case_no, c.name", missing: "0", sortValue: "0",
                               tieLabel: dialect.textSortKey("c.name") + ", MIN(c.case_no)")
        case .attribute(let a):
            guard let x = compiler.layout.attribute(a) else {
                return "SELECT NULL AS \(id(a)), 0 AS count WHERE 1 = 0"
            }
            header = x.definition.id
            inner = attributeGroups(x)
        case .dimension(let d):
            header = d
            inner = categoryGroups(filter: "g.dimension = \(dialect.string(d)) AND g.parent IS NULL")
        case .category(let ref):
            header = ref.id
            inner = categoryGroups(filter: "g.parent = \(dialect.string(ref.id))")
        case .codes(let d):
            header = SQLCompiler.codesHeader(d)
            let n = "c." + compiler.extras.column(.codeCount(dimension: d))
            inner = groupCases(label: n, columns: n, missing: "0", sortValue: "MIN(\(n))", tieLabel: "0")
        }
        var keys: [String] = []
        for term in plan.order {
            let dir = term.direction == .asc ? "ASC" : "DESC"
            switch term.key {
            case .count: keys.append("t.n \(dir)")
            case .group: keys += ["t.nk0 \(dir)", "t.nk1 \(dir)", "t.nk2 \(dir)"]
            case .name, .attribute, .codes: break
            }
        }
        keys += ["t.nk0", "t.nk1", "t.nk2"]
        let members = withMembers ? ", t.members AS \(id(compiler.caseNoun))" : ""
        return "SELECT t.grp AS \(id(header)), t.n AS count\(members)\nFROM (\(inner)) AS t\n"
            + "ORDER BY " + keys.joined(separator: ", ") + compiler.limit(plan)
    }

    /// Groups of `cases` on one attribute's columns.
    private func attributeGroups(_ x: RelationalLayout.AttributeColumns) -> String {
        let keys = AttributeKeys(x, compiler)
        return groupCases(label: keys.label, columns: keys.columns, missing: keys.missing,
                          sortValue: "MIN(\(keys.sortValue))", tieLabel: "MIN(\(keys.value))")
    }

    private func groupCases(label: String, columns: String, missing: String, sortValue: String, tieLabel: String) -> String {
        let source = dialect.stringAggregation == .groupConcatOfOrderedRows
            ? "(SELECT * FROM \(compiler.casesTable)\(whereClause) ORDER BY c.case_no) AS c" : compiler.casesTable
        let filter = dialect.stringAggregation == .groupConcatOfOrderedRows ? "" : whereClause
        let members = withMembers ? ", " + compiler.aggregate("c.name", key: "c.case_no") + " AS members" : ""
        return "SELECT MIN(\(label)) AS grp, COUNT(*) AS n\(members), MIN(\(missing)) AS nk0, \(sortValue) AS nk1, "
            + "\(tieLabel) AS nk2 FROM \(source)\(filter) GROUP BY \(columns)"
    }

    /// Groups on categories (a dimension's top level, or a category's children), each counting
    /// the matching cases coded in its subtree, even when none are; then the matching cases in
    /// none of them, when there are such.
    private func categoryGroups(filter: String) -> String {
        let ordered = dialect.stringAggregation == .groupConcatOfOrderedRows ? " ORDER BY m.case_no" : ""
        let matches = "SELECT c.case_no, c.name FROM \(compiler.casesTable)\(whereClause)"
        let coded = "SELECT DISTINCT a.ancestor AS grp, m.case_no, m.name FROM (\(matches)) AS m"
            + " JOIN codes AS k ON k.case_no = m.case_no JOIN category_ancestors AS a ON a.category = k.category"
            + " WHERE \(PredicateSQL.inMembership)\(ordered)"
        let members = withMembers ? ", " + compiler.aggregate("h.name", key: "h.case_no") + " AS members" : ""
        let restMembers = withMembers ? ", " + compiler.aggregate("m.name", key: "m.case_no") + " AS members" : ""
        let groups = "SELECT \(compiler.categoryLabel("g")) AS grp, COUNT(h.case_no) AS n\(members), 0 AS nk0, g.position AS nk1, '' AS nk2"
            + " FROM categories AS g LEFT JOIN (\(coded)) AS h ON h.grp = g.id WHERE \(filter) GROUP BY g.id, g.position, g.label_en, g.label_zh"
        let inGroups = "codes AS k JOIN category_ancestors AS a ON a.category = k.category"
            + " JOIN categories AS g ON g.id = a.ancestor WHERE \(PredicateSQL.inMembership) AND \(filter)"
        let uncovered = dialect.correlatedExists
            ? "NOT EXISTS (SELECT 1 FROM \(inGroups) AND k.case_no = m.case_no)"
            : "m.case_no NOT IN (SELECT k.case_no FROM \(inGroups))"
        let source = ordered.isEmpty ? "(\(matches)) AS m" : "(\(matches) ORDER BY c.case_no) AS m"
        let rest = "SELECT \(dialect.string(GroupSQL.noCode)) AS grp, COUNT(*) AS n\(restMembers), 1 AS nk0, 0 AS nk1, '' AS nk2"
            + " FROM \(source) WHERE \(uncovered)"
        return "SELECT * FROM (\(groups) UNION ALL \(rest)) AS u WHERE u.nk0 = 0 OR u.n > 0"
    }
}

/// Per case, what groups it on an attribute: the group's label as caseql prints it ("(not given)"
/// without a value), the columns that tell groups apart, and the natural order keys (missing
/// last, the sort value, the label). `group by` and `crosstab` group alike.
struct AttributeKeys {
    var label: String
    var value: String
    var columns: String
    var missing: String
    var sortValue: String

    init(_ x: RelationalLayout.AttributeColumns, _ compiler: SQLCompiler) {
        let dialect = compiler.dialect
        let value = "c." + dialect.identifier(x.value)
        let present = "c." + dialect.identifier(x.low ?? x.value)
        let display = compiler.display(x)
        columns = value
        switch x.definition.kind {
        case .number:
            // A whole number as caseql prints it (`2014`, not `2014.0`), whatever the engine.
            self.value = "CASE WHEN \(value) = floor(\(value)) THEN CAST(CAST(\(value) AS \(dialect.integerType)) AS \(dialect.textType))"
                + " ELSE CAST(\(value) AS \(dialect.textType)) END"
            sortValue = value
        case .range:
            self.value = value
            sortValue = "c.\(dialect.identifier(x.low ?? x.value)) * 1048576 + c.\(dialect.identifier(x.high ?? x.value))"
        case .text:
            self.value = display
            columns += ", c." + dialect.identifier(x.zh ?? x.value)
            sortValue = dialect.textSortKey(display)
        case .enumeration:
            self.value = display
            sortValue = compiler.enumerationRank(x)
        }
        label = "CASE WHEN \(present) IS NULL THEN \(dialect.string(GroupSQL.noValue)) ELSE \(self.value) END"
        missing = "CASE WHEN \(present) IS NULL THEN 1 ELSE 0 END"
    }
}
