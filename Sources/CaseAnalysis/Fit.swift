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

/// R's `pof(EXPR -> Y)`: each product of a sum of products, and the whole, as sufficient for Y.
public struct SufficiencyReport: Sendable, Hashable {
    public struct Line: Sendable, Hashable {
        public var expression: String
        public var fit: SufficiencyFit
        /// nil for a single product (R prints "-").
        public var covU: Double?
    }

    public var terms: [Line]
    public var expression: SufficiencyFit

    public init(_ sop: SumOfProducts, in data: MembershipData) throws(AnalysisError) {
        let sets = try sop.termMemberships(in: data)
        let unique = Memberships.uniqueCoverages(sets, data.outcome)
        terms = sop.terms.indices.map { t in
            Line(expression: SumOfProducts(terms: [sop.terms[t]]).notation,
                 fit: SufficiencyFit(x: sets[t], y: data.outcome), covU: unique[t])
        }
        expression = SufficiencyFit(x: Memberships.union(sets, count: data.caseNames.count), y: data.outcome)
    }
}

/// R's `pof(EXPR <- Y)`: each product, and the whole, as necessary for Y.
public struct NecessityReport: Sendable, Hashable {
    public struct Line: Sendable, Hashable {
        public var expression: String
        public var fit: NecessityFit
    }

    public var terms: [Line]
    public var expression: NecessityFit

    public init(_ sop: SumOfProducts, in data: MembershipData) throws(AnalysisError) {
        let sets = try sop.termMemberships(in: data)
        terms = sop.terms.indices.map { t in
            Line(expression: SumOfProducts(terms: [sop.terms[t]]).notation, fit: NecessityFit(x: sets[t], y: data.outcome))
        }
        expression = NecessityFit(x: Memberships.union(sets, count: data.caseNames.count), y: data.outcome)
    }
}
