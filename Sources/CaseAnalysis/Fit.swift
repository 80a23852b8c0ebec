/// Parameters of fit for sufficiency (R's `pof(relation = "sufficiency")`).
public struct SufficiencyFit: Sendable, Hashable {
    /// Σmin(X, Y) / ΣX
    public var inclS: Double
    /// (Σmin(X, Y) − Σmin(X, Y, 1 − Y)) / (ΣX − Σmin(X, Y, 1 − Y))
    public var pri: Double
    /// Σmin(X, Y) / ΣY
    public var covS: Double

    public init(x: [Double], y: [Double]) {
        var sx = 0.0, sy = 0.0, sxy = 0.0, sxyNotY = 0.0
        for i in x.indices {
            let xy = min(x[i], y[i])
            sx += x[i]
            sy += y[i]
            sxy += xy
            sxyNotY += min(xy, 1 - y[i])
        }
        inclS = sxy / sx
        pri = (sxy - sxyNotY) / (sx - sxyNotY)
        covS = sxy / sy
    }
}

/// Parameters of fit for necessity (R's `pof(relation = "necessity")`).
public struct NecessityFit: Sendable, Hashable {
    /// Σmin(X, Y) / ΣY
    public var inclN: Double
    /// Relevance of necessity: Σ(1 − X) / Σ(1 − min(X, Y))
    public var ron: Double
    /// Σmin(X, Y) / ΣX
    public var covN: Double

    public init(x: [Double], y: [Double]) {
        var sx = 0.0, sy = 0.0, sxy = 0.0, notX = 0.0, notXY = 0.0
        for i in x.indices {
            let xy = min(x[i], y[i])
            sx += x[i]
            sy += y[i]
            sxy += xy
            notX += 1 - x[i]
            notXY += 1 - xy
        }
        inclN = sxy / sy
        ron = notX / notXY
        covN = sxy / sx
    }
}

enum Memberships {
    static func union(_ sets: [[Double]], count: Int) -> [Double] {
        var result = [Double](repeating: 0, count: count)
        for set in sets {
            for i in 0..<count where set[i] > result[i] { result[i] = set[i] }
        }
        return result
    }

    /// Each term's unique coverage within `terms`: its covS minus the covS of the others' union,
    /// Σmin(X, Y) − Σmin(min(X, Y), max of the others' min(X, Y)), over ΣY (R's `C_pof`).
    /// nil for a single term, which R prints as "-".
    static func uniqueCoverages(_ terms: [[Double]], _ y: [Double]) -> [Double?] {
        guard terms.count > 1 else { return terms.map { _ in nil } }
        let sy = y.reduce(0, +)
        let withY = terms.map { t in t.indices.map { min(t[$0], y[$0]) } }
        return withY.indices.map { t in
            var own = 0.0, shared = 0.0
            for i in y.indices {
                var others = 0.0
                for u in withY.indices where u != t && withY[u][i] > others { others = withY[u][i] }
                own += withY[t][i]
                shared += min(withY[t][i], others)
            }
            return (own - shared) / sy
        }
    }
}
