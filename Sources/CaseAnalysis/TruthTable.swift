/// The settings of a truth table, as R's `truthTable(data, outcome, incl.cut, n.cut, pri.cut, …)`.
public struct TruthTableOptions: Sendable, Hashable {
    /// `incl.cut = c(ic1, ic0)`: rows with inclusion ≥ ic1 are positive (1); rows in [ic0, ic1) are
    /// contradictions (C); below ic0, negative (0). `ic0 == ic1` means no contradictions.
    public var inclusionCut: Double
    public var contradictionCut: Double?
    /// `n.cut`: rows with fewer cases become logical remainders.
    public var minimumCases: Int
    /// `pri.cut`: a positive row also needs this PRI, else it is negative.
    public var priCut: Double

    public init(inclusionCut: Double = 1, contradictionCut: Double? = nil, minimumCases: Int = 1,
                priCut: Double = 0) {
        self.inclusionCut = inclusionCut
        self.contradictionCut = contradictionCut
        self.minimumCases = minimumCases
        self.priCut = priCut
    }

    func validate() throws(AnalysisError) {
        for (name, value) in [("inclusion cutoff", inclusionCut), ("PRI cutoff", priCut)] where !(value >= 0 && value <= 1) {
            throw AnalysisError("the \(name) \(value) is not between 0 and 1")
        }
        if let c = contradictionCut {
            guard c >= 0 && c <= 1 else { throw AnalysisError("the contradiction cutoff \(c) is not between 0 and 1") }
            guard c <= inclusionCut else {
                throw AnalysisError("the second cutoff (\(c)) must not exceed the first (\(inclusionCut))")
            }
        }
        guard minimumCases >= 1 else { throw AnalysisError("the minimum number of cases must be at least 1") }
    }
}

/// A truth table row's output value.
public enum RowOutput: String, Sendable, Hashable {
    case positive = "1", negative = "0", contradiction = "C", remainder = "?"
}

/// R's QCA truth table: one row per configuration of the conditions, with the cases in it (a case
/// is in the row where each of its memberships is above 0.5), and the row's inclusion
/// Σmin(X, Y)/ΣX and PRI (Σmin(X, Y) − Σmin(X, Y, 1 − Y)) / (ΣX − Σmin(X, Y, 1 − Y)) over all cases,
/// X being each case's membership in the configuration.
public struct TruthTable: Sendable {
    public struct Row: Sendable, Hashable {
        /// The configuration, first condition most significant: R's row number minus one.
        public var configuration: Int
        /// Indexes of the cases in the row, in data order.
        public var cases: [Int]
        /// nil for a configuration no case has any membership in (only remainders).
        public var inclusion: Double?
        public var pri: Double?
        public var output: RowOutput
    }

    public let data: MembershipData
    public let options: TruthTableOptions
    /// Every observed configuration (at least one case in it), in configuration order; rows with
    /// fewer than `minimumCases` cases are here too, with output `.remainder`.
    public let rows: [Row]
    /// Cases with a membership of exactly 0.5 in some condition: R puts them in no row.
    public let casesAtCrossover: [Int]

    public init(_ data: MembershipData, options: TruthTableOptions = TruthTableOptions()) throws(AnalysisError) {
        try options.validate()
        self.data = data
        self.options = options
        let k = data.conditions.count
        var members: [Int: [Int]] = [:]
        var crossover: [Int] = []
        for c in 0..<data.caseCount {
            var configuration = 0
            var atHalf = false
            for i in 0..<k {
                let m = data.memberships[i][c]
                if m == 0.5 { atHalf = true }
                configuration = configuration << 1 | (m > 0.5 ? 1 : 0)
            }
            if atHalf { crossover.append(c) } else { members[configuration, default: []].append(c) }
        }
        casesAtCrossover = crossover
        let observed = members.keys.sorted()
        let sums = RowSums(data: data, configurations: observed)
        let ic1 = options.inclusionCut
        let ic0 = options.contradictionCut ?? ic1
        rows = observed.enumerated().map { index, configuration in
            let s = sums.sums[index]
            let inclusion = s.x > 0 ? s.xy / s.x : nil
            let denominator = s.x - s.xyNotY
            let pri = denominator > 0 ? (s.xy - s.xyNotY) / denominator : nil
            let cases = members[configuration]!
            var output = RowOutput.negative
            if cases.count < options.minimumCases {
                output = .remainder
            } else if let inclusion {
                // In R's order: 1 where both cutoffs pass, then C over it for [ic0, ic1).
                if atLeast(inclusion, ic1) && atLeast(pri ?? 0, options.priCut) { output = .positive }
                if inclusion < ic1 && atLeast(inclusion, ic0) && ic0 < ic1 { output = .contradiction }
            }
            return Row(configuration: configuration, cases: cases, inclusion: inclusion, pri: pri, output: output)
        }
    }

    /// Configurations with no case (logical remainders), in configuration order.
    public var unobservedConfigurations: [Int] {
        let observed = Set(rows.map(\.configuration))
        return (0..<(1 << data.conditions.count)).filter { !observed.contains($0) }
    }

    public func configurations(_ output: RowOutput) -> [Int] {
        rows.filter { $0.output == output }.map(\.configuration)
    }

    public enum SortKey: Sendable { case inclusion, cases }

    /// R's `sort.by`: the rows ordered by each key in turn, decreasing, ties in configuration
    /// order, and the rows demoted to remainders last.
    public func sorted(by keys: [SortKey]) -> [Row] {
        var order = rows
        for key in keys.reversed() {
            order = stableSorted(order) { a, b in
                switch key {
                case .inclusion: (a.inclusion ?? -1) > (b.inclusion ?? -1)
                case .cases: a.cases.count > b.cases.count
                }
            }
        }
        return stableSorted(order) { $0.output != .remainder && $1.output == .remainder }
    }
}

/// R compares cutoffs with a tolerance (`agteb`: a ≥ b, or within √ε of it), so that 0.8 computed as
/// 0.7999999 still passes a cutoff of 0.8.
func atLeast(_ a: Double, _ b: Double) -> Bool { a >= b || abs(a - b) <= 1.4901161193847656e-08 }

/// Per configuration: ΣX, Σmin(X, Y), Σmin(X, Y, 1 − Y) over all cases.
private struct RowSums {
    var sums: [(x: Double, xy: Double, xyNotY: Double)]

    init(data: MembershipData, configurations: [Int]) {
        let k = data.conditions.count
        sums = Array(repeating: (0, 0, 0), count: configurations.count)
        var slot = [Int32](repeating: -1, count: 1 << k)
        for (index, configuration) in configurations.enumerated() { slot[configuration] = Int32(index) }
        var degrees = [Double](repeating: 0, count: k)
        // A case's membership in a configuration is the minimum over the conditions of x or 1 − x;
        // only configurations where none of these is 0 get anything, so the walk below visits just
        // those (one per case for crisp data, all 2^K only for cases strictly inside every set).
        for c in 0..<data.caseCount {
            for i in 0..<k { degrees[i] = data.memberships[i][c] }
            let y = data.outcome[c]
            walk(0, 0, 1, degrees, k, slot, y)
        }
    }

    private mutating func walk(_ i: Int, _ configuration: Int, _ x: Double, _ degrees: [Double], _ k: Int,
                               _ slot: [Int32], _ y: Double) {
        if i == k {
            let index = Int(slot[configuration])
            guard index >= 0 else { return }
            let xy = min(x, y)
            sums[index].x += x
            sums[index].xy += xy
            sums[index].xyNotY += min(xy, 1 - y)
            return
        }
        let m = degrees[i]
        if m < 1 { walk(i + 1, configuration << 1, min(x, 1 - m), degrees, k, slot, y) }
        if m > 0 { walk(i + 1, configuration << 1 | 1, min(x, m), degrees, k, slot, y) }
    }
}
