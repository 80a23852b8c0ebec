import CaseModel
import QueryResult

extension QueryRunner {
    struct Group {
        /// The group's value, typed: a year groups as a number, and JSON prints it as one.
        var key: Cell
        var sortKey: Double
        /// Empty when the caller asked for counts only.
        var members: [Int]
        var count: Int

        var label: String { key.plainText }

        init(key: Cell, sortKey: Double, members: [Int]) {
            self.init(key: key, sortKey: sortKey, members: members, count: members.count)
        }

        init(key: Cell, sortKey: Double, members: [Int], count: Int) {
            self.key = key
            self.sortKey = sortKey
            self.members = members
            self.count = count
        }
    }

    func groupTable(_ plan: QueryPlan, matches: Bitset, grouping: BoundGrouping, subgrouping: BoundGrouping? = nil,
                    order: [BoundOrderTerm]) -> ResultTable {
        if let subgrouping {
            return nestedGroupTable(plan, matches: matches, grouping: grouping, subgrouping: subgrouping, order: order)
        }
        // `count … group by` needs only the sizes: a million-case group need not list its members.
        var groups = self.groups(of: matches, by: grouping, withMembers: plan.kind == .select)
        if !order.isEmpty {
            // Groups come in their natural order (sortKey); the terms reorder them, stably.
            groups = groups.indices.sorted { x, y in
                for term in order {
                    let a = groups[x], b = groups[y]
                    switch term.key {
                    case .count where a.count != b.count:
                        return term.direction == .asc ? a.count < b.count : a.count > b.count
                    case .group where x != y:
                        return term.direction == .asc ? x < y : x > y
                    default:
                        continue
                    }
                }
                return x < y
            }.map { groups[$0] }
        }
        if let limit = plan.limit, groups.count > limit { groups.removeSubrange(limit...) }
        let header = groupHeader(grouping)
        let numericKeys = !groups.isEmpty && groups.allSatisfy { $0.key.isNumeric || $0.label == Self.noValue }
        var columns = [Column(header, isNumeric: numericKeys), Column("count", isNumeric: true)]
        if plan.kind == .select { columns.append(Column(caseNoun)) }
        let rows: [[Cell]] = groups.map { g in
            var row: [Cell] = [g.key, .integer(g.count)]
            if plan.kind == .select { row.append(.list(g.members.map { index.names[$0] })) }
            return row
        }
        var table = ResultTable(columns: columns, rows: rows)
        if Self.overlaps(grouping) { table.notes.append(overlapNote) }
        return table
    }

    static func overlaps(_ grouping: BoundGrouping) -> Bool {
        switch grouping {
        case .dimension, .category: return true
        default: return false
        }
    }

    var overlapNote: ResultNote {
        ResultNote(.info,
            "a \(caseNoun.dropLastS) coded for several of these categories is counted in each; groups may add up to more than the total.")
    }

    /// `group by A, B`: a row per pair of groups that has cases, B's groups nested in A's order.
    /// `order by count` reorders the rows; `order by` a key keeps the nesting.
    func nestedGroupTable(_ plan: QueryPlan, matches: Bitset, grouping: BoundGrouping, subgrouping: BoundGrouping,
                          order: [BoundOrderTerm]) -> ResultTable {
        var pairs: [(outer: Group, inner: Group)] = []
        for outer in groups(of: matches, by: grouping, withMembers: true) {
            let within = Bitset(count: index.count, members: outer.members)
            for inner in groups(of: within, by: subgrouping, withMembers: plan.kind == .select) where inner.count > 0 {
                pairs.append((outer, inner))
            }
        }
        if let term = order.first(where: { $0.key == .count }) {
            pairs = pairs.indices.sorted { x, y in
                let a = pairs[x].inner.count, b = pairs[y].inner.count
                if a != b { return term.direction == .asc ? a < b : a > b }
                return x < y
            }.map { pairs[$0] }
        }
        if let limit = plan.limit, pairs.count > limit { pairs.removeSubrange(limit...) }
        func numeric(_ keys: [Group]) -> Bool { !keys.isEmpty && keys.allSatisfy { $0.key.isNumeric || $0.label == Self.noValue } }
        var columns = [Column(groupHeader(grouping), isNumeric: numeric(pairs.map(\.outer))),
                       Column(groupHeader(subgrouping), isNumeric: numeric(pairs.map(\.inner))),
                       Column("count", isNumeric: true)]
        if plan.kind == .select { columns.append(Column(caseNoun)) }
        let rows: [[Cell]] = pairs.map { pair in
            var row: [Cell] = [pair.outer.key, pair.inner.key, .integer(pair.inner.count)]
            if plan.kind == .select { row.append(.list(pair.inner.members.map { index.names[$0] })) }
            return row
        }
        var table = ResultTable(columns: columns, rows: rows)
        if Self.overlaps(grouping) || Self.overlaps(subgrouping) { table.notes.append(overlapNote) }
        return table
    }

    func groupHeader(_ grouping: BoundGrouping) -> String {
        switch grouping {
        case .attribute(let a): return index.attributes[a].id
        case .name: return "name"
        case .dimension(let d): return index.taxonomy.dimensions[d].id
        case .category(let c): return index.taxonomy.nodes[c].category.id
        case .codes(let d): return d.map { "codes in " + index.taxonomy.dimensions[$0].id } ?? "codes"
        }
    }

    /// A category as a group value: its id in English (what queries write), its label in Chinese,
    /// so `.lang zh` shows 公共部门 where crosstab does.
    func categoryLabel(_ node: Int) -> String {
        let category = index.taxonomy.nodes[node].category
        guard language == .zh else { return category.id }
        let zh = category.labels.text(in: .zh)
        return zh.isEmpty ? category.id : zh
    }

    static let noValue = "(not given)"
    static let noCode = "(not coded)"

    /// Groups in a natural order: numbers ascending, text by label; missing values last.
    /// Without `withMembers` only the counts are filled (grouping by name lists its one member anyway).
    func groups(of matches: Bitset, by grouping: BoundGrouping, withMembers: Bool = true) -> [Group] {
        switch grouping {
        case .name:
            return matches.members.map { Group(key: .text(index.names[$0]), sortKey: 0, members: [$0]) }
                .sorted { $0.label.lowercased() < $1.label.lowercased() }
        case .dimension(let d):
            return categoryGroups(index.taxonomy.roots(ofDimension: d), within: matches, withMembers: withMembers)
        case .category(let c):
            return categoryGroups(index.taxonomy.children(of: c), within: matches, withMembers: withMembers)
        case .codes(let d):
            let counts = index.codeCounts(inDimension: d)
            var byCount: [Int: [Int]] = [:]
            matches.visitMembers { byCount[counts[$0], default: []].append($0) }
            return byCount.keys.sorted().map { n in
                let members = byCount[n]!
                return withMembers ? Group(key: .integer(n), sortKey: Double(n), members: members)
                                   : Group(key: .integer(n), sortKey: Double(n), members: [], count: members.count)
            }
        case .attribute(let a):
            if let coded = codedGroups(a, of: matches, withMembers: withMembers) { return coded }
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
                Group(key: cell(attribute: a, case: members[0]), sortKey: keyOf(members[0]), members: members)
            }
            groups.sort { $0.sortKey != $1.sortKey ? $0.sortKey < $1.sortKey : $0.label < $1.label }
            if !missing.isEmpty { groups.append(Group(key: .text(Self.noValue), sortKey: .infinity, members: missing)) }
            return groups
        }
    }

    func categoryGroups(_ nodes: [Int], within matches: Bitset, withMembers: Bool) -> [Group] {
        func group(_ label: String, _ sortKey: Double, _ set: Bitset) -> Group {
            withMembers ? Group(key: .text(label), sortKey: sortKey, members: set.members)
                        : Group(key: .text(label), sortKey: sortKey, members: [], count: set.cardinality)
        }
        var groups: [Group] = nodes.enumerated().map { position, node in
            group(categoryLabel(node), Double(position), index.categorySets[node].intersection(matches))
        }
        // Cases coded on the parent itself but on none of its children, and cases with no code at all.
        var uncovered = matches
        for node in nodes { uncovered.subtract(index.categorySets[node]) }
        if !uncovered.isEmpty {
            groups.append(group(Self.noCode, .infinity, uncovered))
        }
        return groups
    }

    /// Groups of a column with small codes (text, enumeration, bands, whole numbers): one pass
    /// counts cases per code into an array, a second (only `withMembers`) lists them. Nil for a
    /// column without such codes, which the general path groups.
    func codedGroups(_ a: Int, of matches: Bitset, withMembers: Bool) -> [Group]? {
        switch index.columns[a] {
        case .text(let codes, let dictionary):
            return codedGroups(a, codes: codes, offset: 1, codeCount: dictionary.count + 1, of: matches, withMembers: withMembers)
        case .enumeration(let codes):
            return codedGroups(a, codes: codes, offset: 1, codeCount: index.attributes[a].values.count + 1,
                               of: matches, withMembers: withMembers)
        case .range(_, _, let codes, let dictionary):
            // Only where a band's code and its bounds agree on which cases have no value.
            guard index.bandBounds[a] != nil else { return nil }
            return codedGroups(a, codes: codes, offset: 1, codeCount: dictionary.count + 1, of: matches, withMembers: withMembers)
        case .number:
            guard let whole = index.wholeNumbers[a] else { return nil }
            return codedGroups(a, codes: whole.codes, offset: 0, codeCount: whole.codeCount, of: matches, withMembers: withMembers)
        }
    }

    /// `code + offset` is 0 for a missing value, else in 1..<codeCount; nil if a code is outside.
    private func codedGroups<Code: FixedWidthInteger>(_ a: Int, codes: [Code], offset: Int, codeCount: Int,
                                                      of matches: Bitset, withMembers: Bool) -> [Group]? {
        guard codes.count >= matches.count else { return nil }
        var counts = [Int](repeating: 0, count: codeCount)
        var first = [Int](repeating: -1, count: codeCount)
        var outside = false
        codes.withUnsafeBufferPointer { codes in
            counts.withUnsafeMutableBufferPointer { counts in
                matches.visitMembers { i in
                    let slot = Int(truncatingIfNeeded: codes[i]) &+ offset
                    guard UInt(bitPattern: slot) < UInt(codeCount) else { outside = true; return }
                    if counts[slot] == 0 { first[slot] = i }
                    counts[slot] &+= 1
                }
            }
        }
        if outside { return nil }
        var members: [[Int]] = []
        if withMembers {
            members = counts.map { var list: [Int] = []; list.reserveCapacity($0); return list }
            codes.withUnsafeBufferPointer { codes in
                matches.visitMembers { i in members[Int(truncatingIfNeeded: codes[i]) &+ offset].append(i) }
            }
        }
        let keyOf = sortKeys(.attribute(a))
        var groups: [Group] = []
        for slot in 1..<max(1, codeCount) where counts[slot] > 0 {
            groups.append(Group(key: cell(attribute: a, case: first[slot]), sortKey: keyOf(first[slot]),
                                members: withMembers ? members[slot] : [], count: counts[slot]))
        }
        groups.sort { $0.sortKey != $1.sortKey ? $0.sortKey < $1.sortKey : $0.label < $1.label }
        if counts[0] > 0 {
            groups.append(Group(key: .text(Self.noValue), sortKey: .infinity, members: withMembers ? members[0] : [], count: counts[0]))
        }
        return groups
    }
}
