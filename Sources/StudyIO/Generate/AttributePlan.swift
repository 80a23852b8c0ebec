import CaseModel
/// How a generated study draws one attribute, by its kind: skewed like real firm registries
/// (most firms small and young, a few countries and fields dominant), with a few values missing.
struct AttributePlan: Sendable {
    enum Values: Sendable {
        /// Index into the attribute's declared values.
        case enumeration(count: Int)
        /// A year in `first...last`, recent years likelier.
        case year(first: Int, last: Int)
        /// Index into `bands`.
        case bands([Band])
        /// Index into `vocabulary`.
        case text([String])
    }

    struct Band: Sendable, Hashable {
        var low: Double
        var high: Double
        var text: String
    }

    static let employeeBands: [Band] = [
        Band(low: 1, high: 10, text: "1~10"), Band(low: 11, high: 50, text: "11~50"),
        Band(low: 51, high: 200, text: "51~200"), Band(low: 201, high: 500, text: "201~500"),
        Band(low: 501, high: 1000, text: "501~1000"), Band(low: 1001, high: 5000, text: "1001~5000"),
    ]

    static let fields = [
        "medical devices", "industrial software", "renewable energy", "advanced materials", "biotechnology",
        "precision instruments", "robotics", "agritech", "maritime technology", "semiconductors",
        "water treatment", "aerospace components", "tidal energy", "diagnostics", "food technology",
        "optics", "battery technology", "machine vision", "space technology", "carbon capture",
        "3D printing", "sensor networks", "veterinary technology", "building technology",
    ]

    let values: Values
    let choice: WeightedChoice
    /// Chance that a case lacks the value, as a threshold on a 64-bit draw.
    let missingThreshold: UInt64

    init(for attribute: AttributeDefinition, setup: inout SplitMix64) {
        switch attribute.kind {
        case .enumeration:
            values = .enumeration(count: attribute.values.count)
            choice = Self.shuffledSkew(attribute.values.count, &setup)
            missingThreshold = 0
        case .number:
            values = .year(first: 1950, last: 2023)
            choice = WeightedChoice(weights: [])
            missingThreshold = UInt64(0.02 * 0x1p64)
        case .range:
            values = .bands(Self.employeeBands)
            choice = WeightedChoice(weights: [25, 35, 20, 10, 6, 4])
            missingThreshold = UInt64(0.01 * 0x1p64)
        case .text:
            values = .text(Self.fields)
            choice = Self.shuffledSkew(Self.fields.count, &setup)
            missingThreshold = 0
        }
    }

    /// Zipf-like weights over `count` values, which value is common drawn from the seed.
    private static func shuffledSkew(_ count: Int, _ setup: inout SplitMix64) -> WeightedChoice {
        var weights = (0..<count).map { 1 / Double($0 + 1) }
        for i in stride(from: weights.count - 1, to: 0, by: -1) { weights.swapAt(i, setup.below(i + 1)) }
        return WeightedChoice(weights: weights)
    }

    /// A choice for one case: an index (or a year), -1 when missing. Always two draws, so one
    /// attribute's plan never shifts the draws of the next.
    func draw(_ rng: inout SplitMix64) -> Int {
        let missing = rng.next() < missingThreshold
        let value: Int
        switch values {
        case .enumeration(let count):
            value = count == 0 ? -1 : choice.pick(&rng)
        case .year(let first, let last):
            let u = rng.unit()
            value = last - Int(Double(last - first + 1) * u * u)
        case .bands, .text:
            value = choice.pick(&rng)
        }
        return missing ? -1 : value
    }

    /// The value as a CSV cell or JSON scalar text would spell it (`DE`, `1999`, `11~50`).
    func text(_ choice: Int, _ attribute: AttributeDefinition) -> String {
        switch values {
        case .enumeration: return attribute.values[choice].id
        case .year: return String(choice)
        case .bands(let bands): return bands[choice].text
        case .text(let vocabulary): return vocabulary[choice]
        }
    }
}
