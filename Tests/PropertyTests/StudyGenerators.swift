import CaseModel
@testable import StudyIO
import PropertyBased
import QueryResult
@testable import CaseQL

/// Small random studies: a fixed taxonomy (two dimensions, nested categories) and the four
/// attribute kinds, with random cases whose codes and values are drawn fresh each time, some
/// missing. Built as `Study` values, so the index comes from the same path a JSON file takes.
enum StudyGen {
    static let taxonomy = Taxonomy(dimensions: [
        Dimension(id: "org", labels: .init(en: "organisation"), categories: [
            Category(id: "inventor", labels: .init(en: "inventor")),
            Category(id: "lab", labels: .init(en: "lab"), children: [
                Category(id: "inhouse", labels: .init(en: "in-house")),
                Category(id: "shared", labels: .init(en: "shared")),
            ]),
        ]),
        Dimension(id: "fin", labels: .init(en: "financing"), categories: [
            Category(id: "grant", labels: .init(en: "grant"), children: [
                Category(id: "eu", labels: .init(en: "EU grant")),
            ]),
            Category(id: "equity", labels: .init(en: "equity")),
            Category(id: "crowd", labels: .init(en: "crowdfunding"), aliases: ["众筹"]),
        ]),
    ])

    static let attributes = [
        AttributeDefinition(id: "country", labels: .init(en: "country"), kind: .enumeration, values: [
            .init(id: "DE", labels: .init(en: "Germany")), .init(id: "FR", labels: .init(en: "France")),
            .init(id: "JP", labels: .init(en: "Japan")),
        ]),
        AttributeDefinition(id: "founded", labels: .init(en: "founded"), kind: .number),
        AttributeDefinition(id: "employees", labels: .init(en: "employees"), kind: .range),
        AttributeDefinition(id: "field", labels: .init(en: "field"), kind: .text),
    ]

    static let categoryIDs = FlatTaxonomy(taxonomy).nodes.map(\.category.id)
    static let bands: [(Double, Double)] = [(1, 10), (11, 50), (51, 200), (7, 7)]
    static let fields = ["tidal energy", "robotics", "biotech", "机器人"]

    static func study(_ rng: inout some RandomNumberGenerator) -> Study {
        let cases = (0..<Int.random(in: 0...40, using: &rng)).map { i in
            var attributes: [String: AttributeValue] = [:]
            if Int.random(in: 0..<5, using: &rng) > 0 { attributes["country"] = .value(["DE", "FR", "JP"].randomElement(using: &rng)!) }
            if Int.random(in: 0..<5, using: &rng) > 0 { attributes["founded"] = .number(Double(Int.random(in: 1990...2020, using: &rng))) }
            if Int.random(in: 0..<5, using: &rng) > 0 {
                let band = bands.randomElement(using: &rng)!
                attributes["employees"] = .range(low: band.0, high: band.1, text: "\(Int(band.0))~\(Int(band.1))")
            }
            if Int.random(in: 0..<5, using: &rng) > 0 { attributes["field"] = .text(.init(en: fields.randomElement(using: &rng)!)) }
            let codes = categoryIDs.filter { _ in Int.random(in: 0..<3, using: &rng) == 0 }.map { Code(category: $0) }
            return Case(name: "Case \(i)", attributes: attributes, codes: codes)
        }
        return Study(title: .init(en: "random"), caseNoun: "firms", attributes: attributes, taxonomy: taxonomy, cases: cases)
    }
}

/// A study and conditions that all name things in it, so every one resolves.
struct StudyAndConditions: Sendable, CustomStringConvertible {
    var interpreter: Interpreter
    var conditions: [Condition]

    var description: String {
        "\(interpreter.index.count) cases; conditions: " + conditions.map(Printer.print).joined(separator: " | ")
    }
}

/// Conditions over a loaded study's own taxonomy and attributes (whatever they are).
struct ConditionGen {
    let index: CaseIndex

    func name(_ text: String) -> Name { Name(text, range: noRange, quoted: true) }

    func number(_ d: Double) -> Value { Value(literal: .number(d, text: Cell.format(d)), range: noRange) }

    func word(_ s: String) -> Value { Value(literal: .word(s, quoted: true), range: noRange) }

    /// Two categories of one dimension, for the `includes any/all` laws.
    func sameDimensionPair(_ rng: inout some RandomNumberGenerator) -> (dimension: Name, Name, Name)? {
        let nodes = index.taxonomy.nodes
        guard let a = nodes.indices.randomElement(using: &rng) else { return nil }
        let peers = nodes.indices.filter { nodes[$0].dimension == nodes[a].dimension }
        let b = peers.randomElement(using: &rng)!
        return (name(index.taxonomy.dimensions[nodes[a].dimension].id), name(nodes[a].category.id), name(nodes[b].category.id))
    }

    func leaf(_ rng: inout some RandomNumberGenerator) -> Condition {
        let nodes = index.taxonomy.nodes
        if !nodes.isEmpty, Bool.random(using: &rng) {
            let n = nodes.randomElement(using: &rng)!
            let dimension = name(index.taxonomy.dimensions[n.dimension].id)
            switch Int.random(in: 0..<3, using: &rng) {
            case 0: return .includes(dimension: dimension, quantifier: nil, categories: [name(n.category.id)])
            case 1: return .has(dimension)
            default: return .category(name(index.taxonomy.dimensions[n.dimension].id + "." + n.category.id))
            }
        }
        guard let a = index.attributes.indices.randomElement(using: &rng) else {
            return .contains(attribute: name("name"), text: word(String(Int.random(in: 0...9, using: &rng))))
        }
        let attribute = name(index.attributes[a].id)
        let op = Comparison.allCases.randomElement(using: &rng)!
        switch index.columns[a] {
        case .number(let column):
            let pick = column.filter { !$0.isNaN }.randomElement(using: &rng) ?? 2000
            let other = pick + Double(Int.random(in: -5...5, using: &rng))
            return Bool.random(using: &rng)
                ? .compare(attribute: attribute, op: op, value: number(pick))
                : .between(attribute: attribute, low: number(min(pick, other)), high: number(max(pick, other)))
        case .range(let lows, _, _, let dictionary):
            if Bool.random(using: &rng), let band = dictionary.randomElement(using: &rng) {
                return .compare(attribute: attribute, op: Bool.random(using: &rng) ? .equal : .notEqual, value: word(band))
            }
            let pick = lows.filter { !$0.isNaN }.randomElement(using: &rng) ?? 10
            return .compare(attribute: attribute, op: op, value: number(pick + Double(Int.random(in: -1...1, using: &rng))))
        case .text(_, let dictionary):
            let text = dictionary.randomElement(using: &rng)?.en ?? "x"
            return Bool.random(using: &rng)
                ? .compare(attribute: attribute, op: Bool.random(using: &rng) ? .equal : .notEqual, value: word(text))
                : .contains(attribute: attribute, text: word(String(text.prefix(2))))
        case .enumeration:
            let ids = index.attributes[a].values.map(\.id)
            guard !ids.isEmpty else { return .has(name(index.attributes[a].id)) }
            return Bool.random(using: &rng)
                ? .compare(attribute: attribute, op: Bool.random(using: &rng) ? .equal : .notEqual, value: word(ids.randomElement(using: &rng)!))
                : .isIn(attribute: attribute, values: (0..<Int.random(in: 1...3, using: &rng)).map { _ in word(ids.randomElement(using: &rng)!) })
        }
    }

    func condition(depth: Int, _ rng: inout some RandomNumberGenerator) -> Condition {
        guard depth > 0, Int.random(in: 0..<3, using: &rng) > 0 else { return leaf(&rng) }
        let items = (0..<Int.random(in: 2...3, using: &rng)).map { _ in condition(depth: depth - 1, &rng) }
        switch Int.random(in: 0..<3, using: &rng) {
        case 0: return .and(items)
        case 1: return .or(items)
        default: return .not(items[0], range: noRange)
        }
    }
}

/// A random small study with four conditions over it.
let randomStudyGen = Generator<StudyAndConditions, Shrink.None<StudyAndConditions>>(run: { rng in
    let interpreter = Interpreter(study: StudyGen.study(&rng))
    let gen = ConditionGen(index: interpreter.index)
    return StudyAndConditions(interpreter: interpreter, conditions: (0..<4).map { _ in gen.condition(depth: 3, &rng) })
})

/// A synthetic study from `StudyGenerator` (the built-in taxonomy and attributes, up to 300 cases)
/// with four conditions over it.
let generatedStudyGen = Generator<StudyAndConditions, Shrink.None<StudyAndConditions>>(run: { rng in
    let builtin = BuiltinStudy.load()
    let loaded = StudyGenerator.generate(cases: Int.random(in: 0...300, using: &rng), seed: UInt64.random(in: 0...UInt64.max, using: &rng),
                                         taxonomy: builtin.taxonomy, attributes: builtin.attributes).loadedStudy()
    let interpreter = Interpreter(study: loaded.study, index: loaded.index)
    let gen = ConditionGen(index: interpreter.index)
    return StudyAndConditions(interpreter: interpreter, conditions: (0..<4).map { _ in gen.condition(depth: 3, &rng) })
})
