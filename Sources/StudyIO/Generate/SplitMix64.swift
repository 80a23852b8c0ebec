import CaseModel
/// Steele, Lea and Flood's SplitMix64: tiny, fast, and the same sequence on every platform and
/// Swift version, which is what a reproducible generated study needs (the system generator is
/// neither seedable nor stable).
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in 0..<bound, by Lemire's multiply-shift (its tiny bias is irrelevant here and the
    /// result must not depend on the standard library's algorithm).
    mutating func below(_ bound: Int) -> Int {
        Int(truncatingIfNeeded: next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// Uniform in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }
}

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
