import CaseModel
import QueryResult

/// Runs a resolved `select`/`count` and lays the answer out as a result table.
public struct QueryRunner: Sendable {
    public let index: CaseIndex
    public let caseNoun: String
    public let language: LocalizedText.Language

    public init(index: CaseIndex, caseNoun: String, language: LocalizedText.Language) {
        self.index = index
        self.caseNoun = caseNoun
        self.language = language
    }

    public func run(_ plan: QueryPlan) -> ResultTable {
        let matches = Evaluator(index: index).evaluate(plan.predicate)
        var table: ResultTable
        if let grouping = plan.grouping {
            table = groupTable(plan, matches: matches, grouping: grouping)
        } else if plan.kind == .count {
            table = ResultTable(columns: [Column("count", isNumeric: true)], rows: [[.integer(matches.cardinality)]])
        } else {
            table = selectTable(plan, matches: matches)
        }
        if plan.negatesCodes {
            table.notes.append(ResultNote(.closedWorld,
                "'not' over codes counts \(caseNoun) for which the source reports no such code: absent codes mean "
                + "\"not reported in the paper\", not \"does not\"."))
        }
        return table
    }

    // MARK: select

    func selectTable(_ plan: QueryPlan, matches: Bitset) -> ResultTable {
        var members = matches.members
        if let key = plan.orderKey {
            members = ordered(members, by: key, direction: plan.orderDirection, limit: plan.limit)
        }
        if let limit = plan.limit, members.count > limit {
            members.removeSubrange(limit...)
        }
        var columns = [Column("name")]
        for a in index.attributes {
            columns.append(Column(a.id, isNumeric: a.kind == .number))
        }
        let rows = members.map { i in [Cell.text(index.names[i])] + index.attributes.indices.map { cell(attribute: $0, case: i) } }
        return ResultTable(columns: columns, rows: rows)
    }

    public func cell(attribute a: Int, case i: Int) -> Cell {
        switch index.columns[a] {
        case .number(let column):
            let v = column[i]
            if v.isNaN { return .empty }
            if v == v.rounded(), abs(v) < 1e15 { return .integer(Int(v)) }
            return .number(v)
        case .range(_, _, let codes, let dictionary):
            return codes[i] < 0 ? .empty : .text(dictionary[Int(codes[i])])
        case .text(let codes, let dictionary):
            return codes[i] < 0 ? .empty : .text(dictionary[Int(codes[i])].text(in: language))
        case .enumeration(let codes):
            return codes[i] < 0 ? .empty : .text(label(ofValue: codes[i], attribute: a))
        }
    }

    func label(ofValue v: Int32, attribute a: Int) -> String {
        let value = index.attributes[a].values[Int(v)]
        let text = value.labels.text(in: language)
        return text.isEmpty ? value.id : text
    }

    /// Sort keys per case; text columns sort through their dictionary, once per distinct value.
    func sortKeys(_ key: OrderKey) -> (Int) -> Double {
        switch key {
        case .name, .count, .group:
            let ranks = Self.ranks(of: index.names.map { $0.lowercased() })
            return { Double(ranks[$0]) }
        case .attribute(let a):
            switch index.columns[a] {
            case .number(let column): return { column[$0] }
            case .range(let lows, let highs, _, _):
                // Order by the lower bound, then the upper; bands here are far below 2^20 apart.
                return { lows[$0].isNaN ? .nan : lows[$0] * 1_048_576 + highs[$0] }
            case .text(let codes, let dictionary):
                let ranks = Self.ranks(of: dictionary.map { $0.text(in: language).lowercased() })
                return { codes[$0] < 0 ? .nan : Double(ranks[Int(codes[$0])]) }
            case .enumeration(let codes):
                let labels = index.attributes[a].values.indices.map { label(ofValue: Int32($0), attribute: a).lowercased() }
                let ranks = Self.ranks(of: labels)
                return { codes[$0] < 0 ? .nan : Double(ranks[Int(codes[$0])]) }
            }
        }
    }

    static func ranks(of values: [String]) -> [Int] {
        var ranks = [Int](repeating: 0, count: values.count)
        for (rank, i) in values.indices.sorted(by: { values[$0] < values[$1] }).enumerated() { ranks[i] = rank }
        return ranks
    }

    /// Stable order by key (missing values last in either direction); with a limit, only the first
    /// `limit` are fully ordered, so `order by … limit 10` over a million cases does not sort them all.
    func ordered(_ members: [Int], by key: OrderKey, direction: SortOrder, limit: Int?) -> [Int] {
        let keyOf = sortKeys(key)
        let keys = members.map(keyOf)
        func before(_ x: Int, _ y: Int) -> Bool {
            let a = keys[x], b = keys[y]
            if a.isNaN != b.isNaN { return !a.isNaN }
            if a != b, !a.isNaN { return direction == .asc ? a < b : a > b }
            return x < y
        }
        var positions = Array(members.indices)
        if let limit, limit < positions.count / 4 {
            positions = TopK.select(positions, count: limit, by: before)
        } else {
            positions.sort(by: before)
        }
        return positions.map { members[$0] }
    }
}

/// The smallest `count` elements in order, by a bounded max-heap: O(n log k) instead of a full sort.
enum TopK {
    static func select(_ items: [Int], count k: Int, by before: (Int, Int) -> Bool) -> [Int] {
        guard k > 0 else { return [] }
        var heap: [Int] = []
        heap.reserveCapacity(k)
        // heap[0] is the element that sorts last among those kept.
        func siftUp(_ i: Int) {
            var c = i
            while c > 0 {
                let p = (c - 1) / 2
                if before(heap[p], heap[c]) { heap.swapAt(p, c); c = p } else { break }
            }
        }
        func siftDown(_ i: Int) {
            var p = i
            while true {
                let l = 2 * p + 1, r = l + 1
                var m = p
                if l < heap.count, before(heap[m], heap[l]) { m = l }
                if r < heap.count, before(heap[m], heap[r]) { m = r }
                if m == p { return }
                heap.swapAt(p, m)
                p = m
            }
        }
        for item in items {
            if heap.count < k {
                heap.append(item)
                siftUp(heap.count - 1)
            } else if before(item, heap[0]) {
                heap[0] = item
                siftDown(0)
            }
        }
        return heap.sorted(by: before)
    }
}
