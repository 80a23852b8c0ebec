/// A directional expectation for one condition (Ragin 2003), for the intermediate solution: the
/// condition's presence, or its absence, is expected to contribute to the outcome, or either.
public enum DirectionalExpectation: Sendable, Hashable {
    case present, absent, either
}

public struct MinimizationOptions: Sendable, Hashable {
    /// R's `include = "?"`: logical remainders may be used (parsimonious solution).
    public var includeRemainders: Bool
    /// R's `dir.exp`, one per condition in their order: asks for the intermediate solution.
    public var expectations: [DirectionalExpectation]?

    public init(includeRemainders: Bool = false, expectations: [DirectionalExpectation]? = nil) {
        self.includeRemainders = includeRemainders
        self.expectations = expectations
    }
}

public enum SolutionKind: String, Sendable, Hashable {
    case conservative, parsimonious, intermediate
}

/// One prime implicant of a solution with its parameters of fit.
public struct SolutionTerm: Sendable, Hashable {
    public var term: Implicant
    /// QCA notation, conditions in their given order.
    public var expression: String
    public var fit: SufficiencyFit
    /// Unique coverage among all the terms of the solution's models (nil when there is one term).
    public var covU: Double?
    /// In every model of the solution.
    public var essential: Bool
    /// The positive configurations the term covers, in configuration order, and their cases.
    public var rows: [Int]
    public var cases: [[Int]]
}

/// One model: a disjunction of prime implicants that covers every positive configuration.
public struct SolutionModel: Sendable, Hashable {
    /// "M1", "M2", …
    public var name: String
    /// As QCA prints it: the terms common to every model first, then the others.
    public var terms: [Implicant]
    public var expression: String
    public var fit: SufficiencyFit
    /// Unique coverage of each term within this model, aligned with `terms`.
    public var covU: [Double?]
}

public struct Solution: Sendable, Hashable {
    public var kind: SolutionKind
    /// For an intermediate solution, the conservative and parsimonious models it comes from,
    /// as QCA names them: "C1P1".
    public var label: String?
    /// The terms of all models, as QCA's table lists them: common terms first.
    public var terms: [SolutionTerm]
    public var models: [SolutionModel]
    /// Parsimonious: per model, the remainders it assumes positive (configurations).
    public var simplifyingAssumptions: [[Int]]
    /// Intermediate: the simplifying assumptions in line with the expectations, and the others.
    public var easyCounterfactuals: [Int]
    public var difficultCounterfactuals: [Int]
}

/// Boolean minimisation of a truth table, as R's QCA `minimize()` does it: the conservative
/// (complex) solution, or the parsimonious one with the logical remainders, or the intermediate
/// ones from directional expectations; all models when several cover equally few terms.
public struct Minimization: Sendable {
    public let truthTable: TruthTable
    public let options: MinimizationOptions
    /// The conservative or parsimonious solution; for the intermediate case, one per pair of
    /// conservative and parsimonious models (C1P1, C1P2, …).
    public let solutions: [Solution]
    /// With directional expectations: the parsimonious solution the intermediate ones lean on.
    public let parsimonious: Solution?
    /// With directional expectations: the conservative solution.
    public let conservative: Solution?

    public init(_ table: TruthTable, options: MinimizationOptions = MinimizationOptions()) throws(AnalysisError) {
        truthTable = table
        self.options = options
        let k = table.data.conditions.count
        let positives = table.configurations(.positive)
        guard !positives.isEmpty else {
            throw AnalysisError("no configuration is positive (OUT = 1): there is nothing to explain; "
                + "check the inclusion cutoff")
        }
        // Contradictions count as negative unless explained: R minimises OUT = 1 only.
        let negatives = table.configurations(.negative) + table.configurations(.contradiction)
        if let expectations = options.expectations {
            guard options.includeRemainders else {
                throw AnalysisError("directional expectations need the logical remainders (include remainders)")
            }
            guard expectations.count == k else {
                throw AnalysisError("\(expectations.count) directional expectations for \(k) conditions")
            }
        }
        let builder = SolutionBuilder(table: table, positives: positives)
        if !options.includeRemainders {
            let primes = PrimeImplicants.ofFunction(on: positives, conditionCount: k)
            solutions = [try builder.solve(.conservative, primes)]
            parsimonious = nil
            conservative = nil
            return
        }
        guard !negatives.isEmpty else {
            throw AnalysisError("every configuration may be used, so all conditions are minimised away: "
                + "no configuration is negative")
        }
        let pars = try builder.solve(.parsimonious,
                                     PrimeImplicants.withRemainders(positives: positives, negatives: negatives,
                                                                    conditionCount: k))
        guard let expectations = options.expectations else {
            solutions = [pars]
            parsimonious = nil
            conservative = nil
            return
        }
        let cons = try builder.solve(.conservative, PrimeImplicants.ofFunction(on: positives, conditionCount: k))
        var intermediate: [Solution] = []
        for (c, cModel) in cons.models.enumerated() {
            for (p, pModel) in pars.models.enumerated() {
                let assumptions = pars.simplifyingAssumptions[p]
                let easy = Self.easyCounterfactuals(cModel.terms, pModel.terms, assumptions, expectations, k)
                let primes = PrimeImplicants.ofFunction(on: positives + easy, conditionCount: k)
                var solution = try builder.solve(.intermediate, primes)
                solution.label = "C\(c + 1)P\(p + 1)"
                solution.easyCounterfactuals = easy
                let easySet = Set(easy)
                solution.difficultCounterfactuals = assumptions.filter { !easySet.contains($0) }
                intermediate.append(solution)
            }
        }
        solutions = intermediate
        parsimonious = pars
        conservative = cons
    }

    /// The simplifying assumptions of a parsimonious model that the expectations make easy: for each
    /// conservative term that a parsimonious term contains, drop from it the literals that go
    /// against an expectation (for conditions the parsimonious term left out); the remainders that
    /// fall in what is left are easy counterfactuals (Ragin & Sonnett 2005, as R's `C_getEC`).
    static func easyCounterfactuals(_ conservative: [Implicant], _ parsimonious: [Implicant], _ assumptions: [Int],
                                    _ expectations: [DirectionalExpectation], _ k: Int) -> [Int] {
        var easy = Set<Int>()
        for c in conservative {
            for p in parsimonious where p.subsumes(c) {
                var mask = c.mask
                for i in 0..<k {
                    let bit = 1 << (k - 1 - i)
                    guard c.mask & bit != 0, p.mask & bit == 0 else { continue }
                    let present = c.bits & bit != 0
                    switch expectations[i] {
                    case .present where !present, .absent where present: mask &= ~bit
                    default: break
                    }
                }
                let kept = Implicant(mask: mask, bits: c.bits)
                for a in assumptions where kept.covers(a) { easy.insert(a) }
            }
        }
        return easy.sorted()
    }
}

/// Turns prime implicants into a solution: its chart, minimal models, fit and assumptions.
private struct SolutionBuilder {
    let table: TruthTable
    let positives: [Int]

    func solve(_ kind: SolutionKind, _ primes: [Implicant]) throws(AnalysisError) -> Solution {
        let data = table.data
        if primes.contains(where: { $0.mask == 0 }) {
            throw AnalysisError("every configuration is positive, so all conditions are minimised away")
        }
        let chart = PIChart(implicants: primes, columns: positives)
        let covers = chart.minimalCovers()
        guard !covers.isEmpty else { throw AnalysisError("the prime implicant chart cannot be solved") }
        let used = Array(Set(covers.flatMap { $0 })).sorted()
        let common = used.filter { p in covers.allSatisfy { $0.contains(p) } }
        let tableOrder = common + used.filter { !common.contains($0) }
        var membership: [Int: [Double]] = [:]
        for p in used { membership[p] = chart.implicants[p].memberships(in: data) }
        let y = data.outcome
        let overallCovU = Memberships.uniqueCoverages(tableOrder.map { membership[$0]! }, y)
        let positiveRows = Dictionary(uniqueKeysWithValues: table.rows.map { ($0.configuration, $0.cases) })
        let terms = tableOrder.enumerated().map { position, p in
            let term = chart.implicants[p]
            let rows = chart.columnsCovered(by: p).map { positives[$0] }
            return SolutionTerm(term: term, expression: term.notation(data.conditions),
                                fit: SufficiencyFit(x: membership[p]!, y: y), covU: overallCovU[position],
                                essential: common.contains(p), rows: rows, cases: rows.map { positiveRows[$0] ?? [] })
        }
        let width = String(covers.count).count
        let models = covers.enumerated().map { index, cover in
            let ordered = common + cover.filter { !common.contains($0) }
            let sets = ordered.map { membership[$0]! }
            let implicants = ordered.map { chart.implicants[$0] }
            let number = String(index + 1)
            return SolutionModel(
                name: "M" + String(repeating: "0", count: width - number.count) + number,
                terms: implicants,
                expression: implicants.map { $0.notation(data.conditions) }.joined(separator: " + "),
                fit: SufficiencyFit(x: Memberships.union(sets, count: data.caseNames.count), y: y),
                covU: Memberships.uniqueCoverages(sets, y))
        }
        var assumptions: [[Int]] = []
        if kind == .parsimonious {
            let positiveSet = Set(positives)
            let k = data.conditions.count
            assumptions = models.map { model in
                (0..<(1 << k)).filter { c in !positiveSet.contains(c) && model.terms.contains { $0.covers(c) } }
            }
        }
        return Solution(kind: kind, label: nil, terms: terms, models: models, simplifyingAssumptions: assumptions,
                        easyCounterfactuals: [], difficultCounterfactuals: [])
    }
}
