import CaseModel
/// Synthetic studies for benchmarks and teaching: firm-like cases over a given taxonomy and
/// attributes, the same for the same seed on every machine. Nothing is generated up front: the
/// returned description streams its cases to a writer (CSV, JSON) or into an index.
public enum StudyGenerator {
    public static func generate(cases: Int, seed: UInt64, taxonomy: Taxonomy,
                                attributes: [AttributeDefinition], caseNoun: String = "cases") -> GeneratedStudy {
        GeneratedStudy(caseCount: max(0, cases), seed: seed, taxonomy: taxonomy, attributes: attributes, caseNoun: caseNoun)
    }
}

/// A generated study, described by its parameters; every walk over its cases (`CaseStream`)
/// replays the same sequence of draws from the seed.
public struct GeneratedStudy: Sendable {
    public let caseCount: Int
    public let seed: UInt64
    public let taxonomy: Taxonomy
    public let attributes: [AttributeDefinition]
    public let caseNoun: String
    let flat: FlatTaxonomy
    /// The leaf categories, in taxonomy order: the code columns.
    let leaves: [Int]
    /// Per leaf, the chance of a case being coded, as a threshold on a 64-bit draw.
    let leafThresholds: [UInt64]
    let plans: [AttributePlan]

    init(caseCount: Int, seed: UInt64, taxonomy: Taxonomy, attributes: [AttributeDefinition], caseNoun: String) {
        self.caseCount = caseCount
        self.seed = seed
        self.taxonomy = taxonomy
        self.attributes = attributes
        self.caseNoun = caseNoun
        let flat = FlatTaxonomy(taxonomy)
        self.flat = flat
        let leaves = flat.nodes.indices.filter { i in !flat.nodes.indices.contains(i + 1) || flat.nodes[i + 1].parent != i }
        self.leaves = leaves
        // Which categories are common is itself drawn from the seed: rank r gets 0.6 / (r + 1), so
        // a few categories cover half the cases and the tail is coded for one in fifty or fewer.
        var setup = SplitMix64(seed: seed ^ 0x5EED_5EED_5EED_5EED)
        var ranks = Array(leaves.indices)
        for i in stride(from: ranks.count - 1, to: 0, by: -1) { ranks.swapAt(i, setup.below(i + 1)) }
        self.leafThresholds = ranks.map { UInt64(0.6 / Double($0 + 1) * 0x1p64) }
        self.plans = attributes.map { AttributePlan(for: $0, setup: &setup) }
    }

    /// `Case 0000042`: the noun's singular, capitalised, and a zero-padded number. The noun is
    /// `cases`, the one a CSV matrix loads with, so the CSV and JSON forms answer the same queries.
    var namePrefix: String {
        let singular = caseNoun.hasSuffix("s") ? String(caseNoun.dropLast()) : caseNoun
        return (singular.first.map { $0.uppercased() + singular.dropFirst() } ?? "Case") + " "
    }

    var nameWidth: Int { max(4, String(caseCount).count) }

    func name(_ index: Int) -> String {
        let number = String(index + 1)
        return namePrefix + String(repeating: "0", count: max(0, nameWidth - number.count)) + number
    }

    /// `financing.public.grant.direct_grant`: the dimension and the full path, so a matrix read
    /// back without a taxonomy file keeps the hierarchy.
    var leafHeaders: [String] { leaves.map { flat.path(of: $0).joined(separator: ".") } }

    var title: LocalizedText {
        LocalizedText(en: "Synthetic study: \(caseCount) \(caseNoun) (seed \(seed))")
    }

    var source: String { "caseql generate-study --cases \(caseCount) --seed \(seed)" }
}

/// One generated case; the arrays are reused from case to case.
struct GeneratedCase {
    var index = 0
    /// Per attribute: the plan's choice (a value, band or vocabulary index, or a year), -1 when missing.
    var choices: [Int]
    /// Per leaf: coded or not.
    var coded: [Bool]
}

/// The draws of a generated study, case after case, in a fixed order: attributes, then leaves.
struct CaseStream {
    private let study: GeneratedStudy
    private var rng: SplitMix64
    private(set) var current: GeneratedCase
    private var nextIndex = 0

    init(_ study: GeneratedStudy) {
        self.study = study
        self.rng = SplitMix64(seed: study.seed)
        self.current = GeneratedCase(choices: Array(repeating: -1, count: study.plans.count),
                                     coded: Array(repeating: false, count: study.leaves.count))
    }

    mutating func advance() -> Bool {
        guard nextIndex < study.caseCount else { return false }
        current.index = nextIndex
        nextIndex += 1
        for (a, plan) in study.plans.enumerated() { current.choices[a] = plan.draw(&rng) }
        for (l, threshold) in study.leafThresholds.enumerated() { current.coded[l] = rng.next() < threshold }
        return true
    }
}
