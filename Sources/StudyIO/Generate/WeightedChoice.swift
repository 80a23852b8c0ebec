import CaseModel
/// A discrete distribution as cumulative thresholds over the full range of `UInt64`, so one draw
/// picks a value with a few comparisons.
struct WeightedChoice: Sendable {
    private let thresholds: [UInt64]

    init(weights: [Double]) {
        let total = weights.reduce(0, +)
        var running = 0.0
        thresholds = weights.map { w in
            running += w
            let scaled = running / total * 0x1p64
            return scaled >= 0x1p64 ? .max : UInt64(scaled)
        }
    }

    var isEmpty: Bool { thresholds.isEmpty }

    func pick(_ rng: inout SplitMix64) -> Int {
        let draw = rng.next()
        for (i, t) in thresholds.enumerated() where draw < t { return i }
        return thresholds.count - 1
    }

    /// Zipf-like weights 1, 1/2, 1/3 …: a few values common, a long tail rare.
    static func skewed(_ count: Int) -> WeightedChoice {
        WeightedChoice(weights: (0..<count).map { 1 / Double($0 + 1) })
    }
}
