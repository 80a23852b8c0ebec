/// A condition, conjunction or disjunction found necessary for the outcome.
public struct NecessaryCombination: Sendable, Hashable {
    public enum Kind: Sendable, Hashable { case conjunction, disjunction }

    public var kind: Kind
    /// Its literals, as an implicant over the conditions.
    public var literals: Implicant
    /// QCA notation: `A*~B` for a conjunction, `A + ~B` for a disjunction.
    public var expression: String
    public var fit: NecessityFit
}

/// R's QCA `superSubset(relation = "necessity")`: the conditions, their negations, and their
/// conjunctions and disjunctions that pass the inclusion and coverage cutoffs, searched by growing
/// size. A conjunction is tried first; only if it fails is the disjunction of the same literals
/// tried, and a disjunction is left out when a smaller combination found before is part of it.
/// Once anything is found, the search ends after the first level beyond three conditions that
/// finds nothing more.
public enum Necessity {
    public static func superSubset(_ data: MembershipData, inclusionCut: Double = 1, coverageCut: Double = 0,
                                   ronCut: Double = 0, depth: Int? = nil) throws(AnalysisError) -> [NecessaryCombination] {
        for (name, value) in [("inclusion cutoff", inclusionCut), ("coverage cutoff", coverageCut),
                              ("RoN cutoff", ronCut)] where !(value >= 0 && value <= 1) {
            throw AnalysisError("the \(name) \(value) is not between 0 and 1")
        }
        let k = data.conditions.count
        let maxDepth = min(depth ?? k, k)
        guard maxDepth >= 1 else { throw AnalysisError("the depth must be at least 1") }
        let n = data.caseCount
        let y = data.outcome
        let sumY = y.reduce(0, +)
        var conjunctions: [NecessaryCombination] = []
        var disjunctions: [NecessaryCombination] = []
        var size = 1
        var foundThisLevel = true
        while size <= maxDepth && foundThisLevel {
            if !(conjunctions.isEmpty && disjunctions.isEmpty) && size > 3 { foundThisLevel = false }
            let earlier = conjunctions.map(\.literals) + disjunctions.map(\.literals)
            forEachCombination(of: size, from: k) { conditions in
                var mask = 0
                for c in conditions { mask |= 1 << (k - 1 - c) }
                for values in 0..<(1 << size) {
                    var bits = 0
                    for (j, c) in conditions.enumerated() where values >> (size - 1 - j) & 1 == 1 {
                        bits |= 1 << (k - 1 - c)
                    }
                    let literals = Implicant(mask: mask, bits: bits)
                    var low = [Double](repeating: 1, count: n)
                    var high = [Double](repeating: 0, count: n)
                    for c in conditions {
                        let present = bits & (1 << (k - 1 - c)) != 0
                        for i in 0..<n {
                            let x = present ? data.memberships[c][i] : 1 - data.memberships[c][i]
                            low[i] = min(low[i], x)
                            high[i] = max(high[i], x)
                        }
                    }
                    let conjunction = Self.fit(low, y, sumY)
                    if conjunction.inclN >= inclusionCut && conjunction.covN >= coverageCut {
                        conjunctions.append(NecessaryCombination(kind: .conjunction, literals: literals,
                                                                 expression: literals.notation(data.conditions),
                                                                 fit: conjunction))
                        foundThisLevel = true
                        continue
                    }
                    let disjunction = Self.fit(high, y, sumY)
                    guard disjunction.inclN >= inclusionCut && disjunction.covN >= coverageCut,
                          !earlier.contains(where: { $0.subsumes(literals) }) else { continue }
                    disjunctions.append(NecessaryCombination(
                        kind: .disjunction, literals: literals,
                        expression: literals.notation(data.conditions).replacingStars(), fit: disjunction))
                    foundThisLevel = true
                }
            }
            size += 1
        }
        return (conjunctions + disjunctions).filter { $0.fit.ron >= ronCut }
    }

    /// inclN, RoN, covN with R's guard: 0/0 is 0.
    private static func fit(_ x: [Double], _ y: [Double], _ sumY: Double) -> NecessityFit {
        var sx = 0.0, sxy = 0.0, notX = 0.0, notXY = 0.0
        for i in x.indices {
            let xy = min(x[i], y[i])
            sx += x[i]
            sxy += xy
            notX += 1 - x[i]
            notXY += 1 - xy
        }
        func ratio(_ a: Double, _ b: Double) -> Double { a == 0 && b == 0 ? 0 : a / b }
        var fit = NecessityFit(x: [], y: [])
        fit.inclN = ratio(sxy, sumY)
        fit.ron = ratio(notX, notXY)
        fit.covN = ratio(sxy, sx)
        return fit
    }

    /// Necessity of each condition and of its negation, in condition order: the first table of a
    /// necessity analysis.
    public static func ofConditions(_ data: MembershipData) -> [(expression: String, fit: NecessityFit)] {
        data.conditions.indices.flatMap { c in
            [(data.conditions[c], NecessityFit(x: data.memberships[c], y: data.outcome)),
             ("~" + data.conditions[c], NecessityFit(x: data.memberships[c].map { 1 - $0 }, y: data.outcome))]
        }
    }
}

private extension String {
    func replacingStars() -> String { split(separator: "*").joined(separator: " + ") }
}
