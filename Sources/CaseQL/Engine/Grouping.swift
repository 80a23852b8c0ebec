import CaseModel
import QueryResult

extension QueryRunner {
    struct Group {
        var label: String
        var sortKey: Double
        var members: [Int]
    }

    func groupTable(_ plan: QueryPlan, matches: Bitset, grouping: Grouping) -> ResultTable {
        var groups = self.groups(of: matches, by: grouping)
        switch (plan.orderKey, plan.orderDirection) {
        case (.count?, let direction):
            groups.sort { a, b in
                a.members.count != b.members.count
                    ? (direction == .asc ? a.members.count < b.members.count : a.members.count > b.members.count)
                    : a.sortKey < b.sortKey
            }
        case (.group?, .desc):
            groups.reverse()
        default:
            break
        }
        if let limit = plan.limit, groups.count > limit { groups.removeSubrange(limit...) }
        let header = groupHeader(grouping)
        var columns = [Column(header), Column("count", isNumeric: true)]
        if plan.kind == .select { columns.append(Column(caseNoun)) }
        let rows: [[Cell]] = groups.map { g in
            var row: [Cell] = [.text(g.label), .integer(g.members.count)]
            if plan.kind == .select { row.append(.list(g.members.map { index.names[$0] })) }
            return row
        }
        var table = ResultTable(columns: columns, rows: rows)
        switch grouping {
        case .dimension, .category:
            table.notes.append(ResultNote(.info,
                "a case coded for several of these categories is counted in each; groups may add up to more than the total."))
        default:
            break
        }
        return table
    }

    func groupHeader(_ grouping: Grouping) -> String {
        switch grouping {
        case .attribute(let a): return index.attributes[a].id
        case .name: return "name"
        case .dimension(let d): return index.taxonomy.dimensions[d].id
        case .category(let c): return index.taxonomy.nodes[c].category.id
        }
    }

    static let noValue = "(not given)"
    static let noCode = "(not coded)"

    /// Groups in a natural order: numbers ascending, text by label; missing values last.
    func groups(of matches: Bitset, by grouping: Grouping) -> [Group] {
        switch grouping {
        case .name:
            return matches.members.map { Group(label: index.names[$0], sortKey: 0, members: [$0]) }
                .sorted { $0.label.lowercased() < $1.label.lowercased() }
        case .dimension(let d):
            return categoryGroups(index.taxonomy.roots(ofDimension: d), within: matches, parentSet: index.dimensionSets[d])
        case .category(let c):
            return categoryGroups(index.taxonomy.children(of: c), within: matches, parentSet: index.categorySets[c])
        case .attribute(let a):
            var byCode: [Int: [Int]] = [:]
            var missing: [Int] = []
            let codeOf: (Int) -> Int?
            switch index.columns[a] {
            case .number(let column):
                codeOf = { column[$0].isNaN ? nil : Int(exactly: column[$0]) ?? Int(column[$0].bitPattern >> 1) }
            case .range(let lows, _, let codes, _): codeOf = { lows[$0].isNaN ? nil : Int(codes[$0]) }
            case .text(let codes, _), .enumeration(let codes): codeOf = { codes[$0] < 0 ? nil : Int(codes[$0]) }
            }
            matches.forEachMember { i in
                if let code = codeOf(i) { byCode[code, default: []].append(i) } else { missing.append(i) }
            }
            let keyOf = sortKeys(.attribute(a))
            var groups = byCode.values.map { members in
                Group(label: cell(attribute: a, case: members[0]).plainText, sortKey: keyOf(members[0]), members: members)
            }
            groups.sort { $0.sortKey != $1.sortKey ? $0.sortKey < $1.sortKey : $0.label < $1.label }
            if !missing.isEmpty { groups.append(Group(label: Self.noValue, sortKey: .infinity, members: missing)) }
            return groups
        }
    }

    func categoryGroups(_ nodes: [Int], within matches: Bitset, parentSet: Bitset) -> [Group] {
        var groups: [Group] = nodes.enumerated().map { position, node in
            Group(label: index.taxonomy.nodes[node].category.id, sortKey: Double(position),
                  members: index.categorySets[node].intersection(matches).members)
        }
        // Cases coded on the parent itself but on none of its children, and cases with no code at all.
        var covered = Bitset(count: index.count)
        for node in nodes { covered.formUnion(index.categorySets[node]) }
        let uncovered = matches.intersection(covered.complement())
        if !uncovered.isEmpty {
            groups.append(Group(label: Self.noCode, sortKey: .infinity, members: uncovered.members))
        }
        _ = parentSet
        return groups
    }
}
