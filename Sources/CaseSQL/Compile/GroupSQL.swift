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
        case .codes:
            // Refused before compiling (StatementCompiler.uncompiled): no SQL form yet.
            return "SELECT NULL AS codes, 0 AS count WHERE 1 = 0"
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
        let value = "c." + id(x.value)
        let present = "c." + id(x.low ?? x.value)
        let display = compiler.display(x)
        let label: String
        var columns = value
        let sortValue: String
        switch x.definition.kind {
        case .number:
            // A whole number as caseql prints it (`2014`, not `2014.0`), whatever the engine.
            label = "CASE WHEN \(value) = floor(\(value)) THEN CAST(CAST(\(value) AS \(dialect.integerType)) AS \(dialect.textType))"
                + " ELSE CAST(\(value) AS \(dialect.textType)) END"
            sortValue = "MIN(\(value))"
        case .range:
            label = value
            sortValue = "MIN(c.\(id(x.low ?? x.value))) * 1048576 + MIN(c.\(id(x.high ?? x.value)))"
        case .text:
            label = display
            columns += ", c." + id(x.zh ?? x.value)
            sortValue = "MIN(\(dialect.textSortKey(display)))"
        case .enumeration:
            label = display
            sortValue = "MIN(\(compiler.enumerationRank(x)))"
        }
        return groupCases(label: "CASE WHEN \(present) IS NULL THEN \(dialect.string(GroupSQL.noValue)) ELSE \(label) END",
                          columns: columns, missing: "CASE WHEN \(present) IS NULL THEN 1 ELSE 0 END",
                          sortValue: sortValue, tieLabel: "MIN(\(label))")
    }

    private func groupCases(label: String, columns: String, missing: String, sortValue: String, tieLabel: String) -> String {
        let source = dialect.stringAggregation == .groupConcatOfOrderedRows
            ? "(SELECT * FROM cases AS c\(whereClause) ORDER BY c.case_no) AS c" : "cases AS c"
        let filter = dialect.stringAggregation == .groupConcatOfOrderedRows ? "" : whereClause
        let members = withMembers ? ", " + aggregate("c.name", key: "c.case_no") + " AS members" : ""
        return "SELECT MIN(\(label)) AS grp, COUNT(*) AS n\(members), MIN(\(missing)) AS nk0, \(sortValue) AS nk1, "
            + "\(tieLabel) AS nk2 FROM \(source)\(filter) GROUP BY \(columns)"
    }

    /// Groups on categories (a dimension's top level, or a category's children), each counting
    /// the matching cases coded in its subtree, even when none are; then the matching cases in
    /// none of them, when there are such.
    private func categoryGroups(filter: String) -> String {
        let ordered = dialect.stringAggregation == .groupConcatOfOrderedRows ? " ORDER BY m.case_no" : ""
        let matches = "SELECT c.case_no, c.name FROM cases AS c\(whereClause)"
        let coded = "SELECT DISTINCT a.ancestor AS grp, m.case_no, m.name FROM (\(matches)) AS m"
            + " JOIN codes AS k ON k.case_no = m.case_no JOIN category_ancestors AS a ON a.category = k.category"
            + " WHERE \(PredicateSQL.inMembership)\(ordered)"
        let members = withMembers ? ", " + aggregate("h.name", key: "h.case_no") + " AS members" : ""
        let restMembers = withMembers ? ", " + aggregate("m.name", key: "m.case_no") + " AS members" : ""
        let groups = "SELECT g.id AS grp, COUNT(h.case_no) AS n\(members), 0 AS nk0, g.position AS nk1, '' AS nk2"
            + " FROM categories AS g LEFT JOIN (\(coded)) AS h ON h.grp = g.id WHERE \(filter) GROUP BY g.id, g.position"
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

    /// The members' names joined by "; " in study order (the separator caseql's CSV uses).
    private func aggregate(_ name: String, key: String) -> String {
        let separator = dialect.string("; ")
        switch dialect.stringAggregation {
        case .stringAgg:
            return "string_agg(\(name), \(separator) ORDER BY \(key))"
        case .groupConcatOfOrderedRows:
            return "group_concat(\(name), \(separator))"
        case .sortedCollectList:
            return "array_join(transform(array_sort(collect_list(named_struct('k', \(key), 'v', \(name)))), e -> e.v), \(separator))"
        }
    }
}
