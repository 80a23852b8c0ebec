import CaseModel
import HeapModule
import QueryResult

/// Runs a resolved `select`/`count` and lays the answer out as a result table.
public struct QueryRunner: Sendable {
    public let index: CaseIndex
    public let caseNoun: String
    public let language: LocalizedText.Language
    /// For evidence tests: the per-case records.
    public let study: Study?
    /// Fuzzy degrees by taxonomy node, shown by a category column of `show`.
    public let memberships: [Int: [Float]]

    public init(index: CaseIndex, caseNoun: String, language: LocalizedText.Language, study: Study? = nil,
                memberships: [Int: [Float]] = [:]) {
        self.index = index
        self.caseNoun = caseNoun
        self.language = language
        self.study = study
        self.memberships = memberships
    }

    public func run(_ plan: QueryPlan) -> ResultTable {
        let binder = Binder(index: index, study: study)
        // An id this index lacks (a plan made for another study) drops the key rather than trapping.
        let order = plan.order.compactMap { t in binder.bind(t.key).map { BoundOrderTerm(key: $0, direction: t.direction) } }
        if plan.kind == .select, plan.grouping == nil, let first = walkFirst(plan, order: order) {
            var table = caseTable(plan, cases: AnswerCases(first))
            if plan.negatesCodes, let note = Self.closedWorldNote(study, caseNoun, language) { table.notes.append(note) }
            return table
        }
        let matches = Evaluator(index: index, study: study).evaluate(plan.predicate)
        var table: ResultTable
        if let grouping = plan.grouping {
            let bound = binder.bind(grouping) ?? .name
            let sub = plan.subgrouping.map { binder.bind($0) ?? .name }
            table = groupTable(plan, matches: matches, grouping: bound, subgrouping: sub, order: order)
        } else if plan.kind == .count {
            table = ResultTable(columns: [Column("count", isNumeric: true)], rows: [[.integer(matches.cardinality)]])
        } else {
            table = selectTable(plan, matches: matches, order: order)
        }
        if plan.negatesCodes, let note = Self.closedWorldNote(study, caseNoun, language) { table.notes.append(note) }
        return table
    }

    /// Said under any answer a `not` over codes shaped: absent codes mean "not reported in" the
    /// study's own source (its title names it). Nothing is said for a case matrix whose 0s are data
    /// (a CSV or QCA data set, `Study.codesAreData`), where `not` is plain absence.
    static func closedWorldNote(_ study: Study?, _ caseNoun: String, _ language: LocalizedText.Language) -> ResultNote? {
        guard let study, !study.codesAreData else { return nil }
        let title = study.title.text(in: language)
        // Chinese marks a title with 《》.
        let source = title.isEmpty ? Localized.text(.closedWorldTheSource, language) : language == .zh ? "《\(title)》" : title
        return ResultNote(.closedWorld, Localized.text(.closedWorldNote, language, caseNoun, source))
    }

    // MARK: select

    func selectTable(_ plan: QueryPlan, matches: Bitset, order: [BoundOrderTerm] = []) -> ResultTable {
        let shown: AnswerCases
        if order.isEmpty {
            // In case order: straight from the bitset, without an array of the members.
            let list = matches.memberList
            shown = AnswerCases(count: min(list.count, plan.limit ?? Int.max)) { list[$0] }
        } else {
            var members: [Int]
            if order.count == 1, let limit = plan.limit, limit < matches.cardinality / 4 {
                members = top(limit, of: matches, by: order[0].key, direction: order[0].direction)
            } else {
                members = ordered(matches.members, by: order, limit: plan.limit)
            }
            if let limit = plan.limit, members.count > limit {
                members.removeSubrange(limit...)
            }
            shown = AnswerCases(members)
        }
        return caseTable(plan, cases: shown)
    }

    /// The rows of a `select`: the cases shown, one row each, made when a renderer reads them.
    func caseTable(_ plan: QueryPlan, cases shown: AnswerCases) -> ResultTable {
        if !plan.projection.isEmpty {
            return projectedTable(plan.projection.compactMap { Binder(index: index).bind($0) }, cases: shown)
        }
        var columns = [Column("name")]
        for a in index.attributes {
            columns.append(Column(a.id, isNumeric: a.kind == .number))
        }
        let attributes = index.attributes.indices
        return ResultTable(columns: columns, rowList: Rows(count: shown.count) { [self] r in
            let i = shown[r]
            var row = [Cell.text(index.names[i])]
            row.reserveCapacity(attributes.count + 1)
            for a in attributes { row.append(cell(attribute: a, case: i)) }
            return row
        })
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
    func sortKeys(_ key: BoundOrderKey) -> (Int) -> Double {
        switch key {
        case .codes(let d):
            let counts = index.codeCounts(inDimension: d)
            return { Double(counts[$0]) }
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

    /// Stable order by the keys, most significant first (missing values last in either direction);
    /// with a limit, only the first `limit` are fully ordered, so `order by … limit 10` over a million
    /// cases does not sort them all.
    func ordered(_ members: [Int], by terms: [BoundOrderTerm], limit: Int?) -> [Int] {
        let order = MemberOrder(keys: terms.map { term in members.map(sortKeys(term.key)) },
                                ascending: terms.map { $0.direction == .asc })
        var positions = Array(members.indices)
        if let limit, limit < positions.count / 4 {
            positions = order.first(limit, of: positions)
        } else {
            positions.sort(by: order.before)
        }
        return positions.map { members[$0] }
    }
}

/// The cases of a `select` answer in the order they are shown, read one at a time as the rows
/// are produced: an ordered list, or a bitset's members in case order.
struct AnswerCases: Sendable {
    let count: Int
    private let at: @Sendable (Int) -> Int

    init(count: Int, at: @escaping @Sendable (Int) -> Int) {
        self.count = count
        self.at = at
    }

    init(_ members: [Int]) {
        self.init(count: members.count) { members[$0] }
    }

    subscript(r: Int) -> Int { at(r) }
}

extension QueryRunner {
    /// The first `limit` members in the order `ordered` gives, straight from the bitset: one pass
    /// that reads each case's key once and keeps a heap of `limit`, without a members array, a
    /// key array or a closure per case where the key is a number column.
    func top(_ limit: Int, of matches: Bitset, by key: BoundOrderKey, direction: SortOrder) -> [Int] {
        if case .attribute(let a) = key, let whole = index.wholeNumbers[a] {
            if let walked = walk(limit, of: matches, byAttribute: a, direction: direction) { return walked }
            return top(limit, of: matches, byCodes: whole, direction: direction)
        }
        var heap = TopCases(limit: limit, descending: direction == .desc)
        if case .attribute(let a) = key, case .number(let column) = index.columns[a] {
            column.withUnsafeBufferPointer { column in
                matches.visitMembers { heap.offer(key: column[$0], index: $0) }
            }
        } else {
            let keyOf = sortKeys(key)
            matches.visitMembers { heap.offer(key: keyOf($0), index: $0) }
        }
        return heap.sorted()
    }

    /// `select … order by K limit N` for a whole-number K, without evaluating the condition over
    /// every case: walk K's sorted order from the best end and test each case on its own until N
    /// pass. Nil (the condition is evaluated whole, as for any query) where the condition has no
    /// per-case test or the walk runs out of budget.
    func walkFirst(_ plan: QueryPlan, order: [BoundOrderTerm]) -> [Int]? {
        guard order.count == 1, let limit = plan.limit, limit > 0, limit <= Self.walkedLimit,
              case .attribute(let a) = order[0].key, index.wholeNumbers[a] != nil,
              let test = Evaluator(index: index, study: study).caseTest(plan.predicate) else { return nil }
        return walk(limit, byAttribute: a, direction: order[0].direction, budget: max(4096, index.count / 64), test)
    }

    /// Beyond this many rows a walk saves little against the pass over the column.
    static let walkedLimit = 1000

    /// The first `limit` matches in the column's sorted order (`CodeOrder`): values from the
    /// best end, each value's cases in increasing index, missing values last — the order of
    /// `ordered`. Each step is one bit test, so where matches are common ten answers take a few
    /// dozen steps rather than a pass over the column. Where they are rare (fewer than one case in
    /// 256 per answer wanted) the pass is cheaper and nil says so.
    func walk(_ limit: Int, of matches: Bitset, byAttribute a: Int, direction: SortOrder) -> [Int]? {
        guard limit > 0, matches.cardinality >= 256 * (limit + 1), matches.count == index.count else { return nil }
        return matches.words.withUnsafeBufferPointer { words in
            walk(limit, byAttribute: a, direction: direction, budget: max(4096, index.count / 32)) { i in
                words[i >> 6] & (1 << UInt64(i & 63)) != 0
            }
        }
    }

    /// The walk itself; nil once `budget` cases have been tested without finding `limit` (matches
    /// bunched at the far end), or where the column has no sorted order.
    private func walk(_ limit: Int, byAttribute a: Int, direction: SortOrder, budget: Int, _ test: (Int) -> Bool) -> [Int]? {
        guard let order = index.codeOrder(ofAttribute: a), order.cases.count == index.count else { return nil }
        var budget = budget
        var out: [Int] = []
        out.reserveCapacity(limit)
        let codeCount = order.start.count - 1
        let values = direction == .asc ? Array(1..<max(1, codeCount)) : Array((1..<max(1, codeCount)).reversed())
        for code in values + [0] {
            for i in order.cases(ofCode: code) {
                if test(Int(i)) {
                    out.append(Int(i))
                    if out.count == limit { return out }
                }
                budget -= 1
                if budget == 0 { return nil }
            }
        }
        return out
    }

    /// The same over a whole-number column's codes, which sort as the values do: a rank per case
    /// (smaller first, a missing value last in either direction). Once the heap is full, 64 cases
    /// at a time are tested against its worst kept rank in one vectorized pass, and only the
    /// few that could still get in are offered.
    private func top(_ limit: Int, of matches: Bitset, byCodes whole: WholeNumberCodes, direction: SortOrder) -> [Int] {
        var heap = TopCases(limit: limit, descending: false)
        var cut = heap.threshold
        let ascending = direction == .asc
        let missing = Int(UInt16.max) + 1
        guard whole.codes.count >= matches.count else { return [] }
        whole.codes.withUnsafeBufferPointer { codes in
            matches.words.withUnsafeBufferPointer { words in
                for w in words.indices where words[w] != 0 {
                    var word = words[w]
                    let start = w << 6
                    // A sparse word is cheaper case by case.
                    if cut <= Double(missing), start + 64 <= matches.count, word.nonzeroBitCount > 8 {
                        // Ranks run from 1, so the worst kept rank is 1...65536 here.
                        let bound = Int(cut)
                        if ascending {
                            // rank = code (1...65535) < bound; code 0 wraps to the top and fails.
                            let below = UInt16(truncatingIfNeeded: bound - 1)
                            word &= WordPacking.pack(start) { codes[$0] &- 1 < below }
                        } else {
                            // rank = 65536 - code < bound, i.e. code > 65536 - bound; 0 never is.
                            let above = Int32(missing - bound)
                            word &= WordPacking.pack(start) { Int32(codes[$0]) > above }
                        }
                    }
                    while word != 0 {
                        let i = start | word.trailingZeroBitCount
                        word &= word &- 1
                        let code = Int(codes[i])
                        let rank = Double(code == 0 ? missing : ascending ? code : missing - code)
                        if rank < cut {
                            heap.offer(key: rank, index: i)
                            cut = heap.threshold
                        }
                    }
                }
            }
        }
        return heap.sorted()
    }
}

/// 64 tests packed into a word without a chain of variable shifts: one byte per case (a loop the
/// compiler can vectorize), then each eight bytes into eight bits by one multiplication.
enum WordPacking {
    @inline(__always)
    static func pack(_ start: Int, _ test: (Int) -> Bool) -> UInt64 {
        var lanes = (UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0))
        return withUnsafeMutableBytes(of: &lanes) { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            for j in 0..<64 { bytes[j] = test(start &+ j) ? 1 : 0 }
            let packed = raw.bindMemory(to: UInt64.self)
            var bits: UInt64 = 0
            for g in 0..<8 { bits |= ((packed[g] &* 0x0102_0408_1020_4080) >> 56) << UInt64(g &* 8) }
            return bits
        }
    }
}

/// A case and its sort key in the order of `QueryRunner.ordered`: the smaller key first (a
/// descending order negates its keys), a missing key (NaN) last in either direction, then the
/// smaller index.
struct RankedCase: Comparable {
    let key: Double
    let index: Int

    static func < (a: RankedCase, b: RankedCase) -> Bool {
        if a.key.isNaN != b.key.isNaN { return !a.key.isNaN }
        if a.key != b.key, !a.key.isNaN { return a.key < b.key }
        return a.index < b.index
    }

    static func == (a: RankedCase, b: RankedCase) -> Bool {
        a.index == b.index && (a.key == b.key || (a.key.isNaN && b.key.isNaN))
    }
}

/// The `limit` cases that sort first, kept in a min-max heap whose maximum is the worst kept.
/// Cases must be offered in increasing index, so a case never displaces one with an equal key.
struct TopCases {
    let limit: Int
    let descending: Bool
    private var heap = Heap<RankedCase>()

    init(limit: Int, descending: Bool) {
        self.limit = max(0, limit)
        self.descending = descending
        heap.reserveCapacity(self.limit)
    }

    @inline(__always)
    mutating func offer(key: Double, index: Int) {
        let entry = RankedCase(key: descending ? -key : key, index: index)
        if heap.count < limit {
            heap.insert(entry)
        } else if let worst = heap.max, entry < worst {
            _ = heap.replaceMax(with: entry)
        }
    }

    /// Keys from here on that cannot get in: +infinity while the heap has room, else the worst
    /// kept key (equal keys lose, being offered later). For ascending keys that are never NaN.
    var threshold: Double { heap.count < limit ? .infinity : (heap.max?.key ?? -.infinity) }

    func sorted() -> [Int] { heap.unordered.sorted().map(\.index) }
}

extension Bitset {
    /// Members in increasing order, inlined into the caller's loop (`forEachMember` is a call
    /// into another module per case); a full word takes the short path.
    @inline(__always)
    func visitMembers(_ body: (Int) -> Void) {
        words.withUnsafeBufferPointer { words in
            for wi in words.indices {
                var w = words[wi]
                if w == ~0 {
                    for i in wi << 6 ..< (wi << 6) + 64 { body(i) }
                    continue
                }
                while w != 0 {
                    body(wi << 6 | w.trailingZeroBitCount)
                    w &= w &- 1
                }
            }
        }
    }
}

/// The sort keys of `ordered`'s members, most significant first, and the order they give
/// (missing values last in either direction, then the member's position).
final class MemberOrder: Sendable {
    let keys: [[Double]]
    let ascending: [Bool]

    init(keys: [[Double]], ascending: [Bool]) {
        self.keys = keys
        self.ascending = ascending
    }

    func before(_ x: Int, _ y: Int) -> Bool {
        for t in keys.indices {
            let a = keys[t][x], b = keys[t][y]
            if a.isNaN != b.isNaN { return !a.isNaN }
            if a != b, !a.isNaN { return ascending[t] ? a < b : a > b }
        }
        return x < y
    }

    /// A position with the order it sorts by, so a `Heap` can hold it.
    struct Position: Comparable {
        let index: Int
        let order: MemberOrder

        static func < (a: Position, b: Position) -> Bool { a.order.before(a.index, b.index) }
        static func == (a: Position, b: Position) -> Bool { a.index == b.index }
    }

    /// The first `k` positions in order: O(n log k) with a heap of `k`, instead of a full sort.
    func first(_ k: Int, of positions: [Int]) -> [Int] {
        guard k > 0 else { return [] }
        var heap = Heap<Position>()
        heap.reserveCapacity(k)
        for p in positions {
            let entry = Position(index: p, order: self)
            if heap.count < k {
                heap.insert(entry)
            } else if let worst = heap.max, entry < worst {
                _ = heap.replaceMax(with: entry)
            }
        }
        return heap.unordered.sorted().map(\.index)
    }
}
