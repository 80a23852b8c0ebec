#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// R's QCA `calibrate()`: raw values to set memberships.
public enum Calibration {
    /// The direct method (Ragin 2008): the exclusion, crossover and inclusion anchors map to the
    /// memberships 1 − d, 0.5 and d, with d = `inclusionDegree` (R's `idm`, 0.95 by default: log-odds
    /// ±2.94, Ragin's "about ±3"), logistic in between and beyond, scaled separately below and
    /// above the crossover. Anchors with exclusion above inclusion give a decreasing set.
    public static func direct(_ values: [Double], exclusion: Double, crossover: Double, inclusion: Double,
                              inclusionDegree: Double = 0.95) throws(AnalysisError) -> [Double] {
        guard [exclusion, crossover, inclusion].allSatisfy(\.isFinite) else {
            throw AnalysisError("the anchors must be numbers")
        }
        guard (exclusion < crossover && crossover < inclusion) || (exclusion > crossover && crossover > inclusion) else {
            throw AnalysisError("the crossover (\(crossover)) must lie strictly between the exclusion (\(exclusion)) "
                + "and inclusion (\(inclusion)) anchors")
        }
        guard inclusionDegree > 0.5 && inclusionDegree < 1 else {
            throw AnalysisError("the inclusion degree of membership must be above 0.5 and below 1")
        }
        try checkFinite(values)
        let decreasing = exclusion > inclusion
        let low = decreasing ? inclusion : exclusion
        let high = decreasing ? exclusion : inclusion
        let logOdds = log(inclusionDegree / (1 - inclusionDegree))
        return values.map { x in
            let scaled = x < crossover ? (x - crossover) / (low - crossover) * logOdds
                                       : -(x - crossover) / (high - crossover) * logOdds
            let increasing = 1 / (1 + exp(scaled))
            return decreasing ? 1 - increasing : increasing
        }
    }

    /// A crisp set from thresholds: the number of thresholds at or below each value (one threshold:
    /// 0 below it, 1 from it on), as R's `calibrate(type = "crisp")`. A threshold outside the range
    /// of the values is an error, as in R.
    public static func crisp(_ values: [Double], thresholds: [Double]) throws(AnalysisError) -> [Int] {
        try checkFinite(values)
        guard !thresholds.isEmpty else { throw AnalysisError("a crisp calibration needs a threshold") }
        guard let lowest = values.min(), let highest = values.max() else { return [] }
        for t in thresholds where !(t >= lowest && t <= highest) {
            throw AnalysisError("the threshold \(t) is outside the range of the values (\(lowest) to \(highest))")
        }
        let sorted = thresholds.sorted()
        return values.map { x in sorted.filter { $0 <= x }.count }
    }

    private static func checkFinite(_ values: [Double]) throws(AnalysisError) {
        if let bad = values.firstIndex(where: { !$0.isFinite }) {
            throw AnalysisError("value \(bad + 1) is not a number")
        }
    }
}
