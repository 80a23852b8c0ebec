@testable import CaseModel
@testable import StudyIO

/// caseql statements drawn from the grammar over a study's own names: conditions on codes
/// (with and without sub-categories, any/all, has), on every kind of attribute (comparisons,
/// between, in, contains, bands), and/or/not nesting, then select/count with group by, order by
/// several keys and limit. The same seed gives the same statements.
struct QueryGenerator {
    let study: Study
    var random: SplitMix64
    private let categories: [(dimension: String, id: String)]

    init(study: Study, seed: UInt64) {
        self.study = study
        self.random = SplitMix64(seed: seed)
        let flat = FlatTaxonomy(study.taxonomy)
        self.categories = flat.nodes.map { (flat.dimensions[$0.dimension].id, $0.category.id) }
    }

    mutating func pick<T>(_ items: [T]) -> T { items[random.below(items.count)] }
    mutating func chance(_ p: Double) -> Bool { random.unit() < p }

    mutating func statement() -> String {
        let noun = study.caseNoun
        let condition = chance(0.85) ? " where " + self.condition(depth: 0) : ""
        switch random.below(5) {
        case 0:
            return "count \(noun)\(condition)"
        case 4:
            // Rows and columns: dimensions, categories with sub-categories, attributes other than numbers
            // (whose ranges the data decides, so they do not compile).
            let axes = dimensions + groupCategories + study.attributes.filter { $0.kind != .number }.map(\.id)
            let percent = chance(0.4) ? " percent " + pick(["row", "column", "total"]) : ""
            return "crosstab \(pick(axes)) by \(pick(axes))\(condition)\(percent)"
        case 1:
            var keys: [String] = []
            for _ in 0..<(1 + random.below(3)) {
                keys.append(pick(["name", "codes", "codes in \(pick(dimensions))"] + study.attributes.map(\.id)) + pick(["", " desc", " asc"]))
            }
            let order = chance(0.8) ? " order by " + keys.joined(separator: ", ") : ""
            let limit = chance(0.7) ? " limit \(1 + random.below(25))" : ""
            return "select \(noun)\(chance(0.4) ? projection() : "")\(condition)\(order)\(limit)"
        default:
            let grouping = pick(study.attributes.map(\.id) + dimensions + groupCategories + ["codes", "codes in \(pick(dimensions))"])
            let order = chance(0.5) ? " order by " + pick(["count desc", "count", "count desc, \(grouping) desc", grouping + " desc"]) : ""
            let limit = chance(0.3) ? " limit \(1 + random.below(6))" : ""
            // Listing every member of a group is the point of select … group by; keep it to narrow scopes.
            let kind = condition.isEmpty ? "count" : pick(["count", "count", "select"])
            return "\(kind) \(noun)\(condition) group by \(grouping)\(order)\(limit)"
        }
    }

    var dimensions: [String] { study.taxonomy.dimensions.map(\.id) }

    /// ` show ITEM, …`: attributes, dimensions (most specific codes), categories, code counts.
    mutating func projection() -> String {
        let items = (0..<(1 + random.below(4))).map { _ in
            switch random.below(4) {
            case 0: return pick(study.attributes).id
            case 1: return pick(dimensions)
            case 2: return pick(categories).id
            default: return pick(["codes", "codes in \(pick(dimensions))"])
            }
        }
        return " show " + items.joined(separator: ", ")
    }

    /// Categories with sub-categories, the ones `group by` accepts.
    private var groupCategories: [String] {
        let flat = FlatTaxonomy(study.taxonomy)
        return flat.nodes.indices.filter { !flat.children(of: $0).isEmpty }.map { flat.nodes[$0].category.id }
    }

    mutating func condition(depth: Int) -> String {
        if depth < 2, chance(0.35) {
            let parts = (0..<(2 + random.below(2))).map { _ in condition(depth: depth + 1) }
            return "(" + parts.joined(separator: pick([" and ", " or "])) + ")"
        }
        if depth < 3, chance(0.15) { return "not " + condition(depth: depth + 1) }
        return atom()
    }

    mutating func atom() -> String {
        if chance(0.08) {
            let scope = chance(0.5) ? "codes in \(pick(dimensions))" : "codes"
            return "\(scope) \(pick(["=", "!=", "<", "<=", ">", ">="])) \(random.below(5))"
        }
        if chance(0.05) {
            return "evidence contains '\(pick(["university", "the", "fund", "研究", "a"]))'"
        }
        if chance(0.45) {
            let c = pick(categories)
            switch random.below(5) {
            case 0: return "has \(c.dimension)"
            case 1, 2: return "\(c.dimension) includes \(c.id)"
            default:
                let others = categories.filter { $0.dimension == c.dimension }
                let list = (0..<(2 + random.below(2))).map { _ in pick(others).id }
                return "\(c.dimension) includes \(pick(["any", "all"])) (\(list.joined(separator: ", ")))"
            }
        }
        let a = pick(study.attributes)
        switch a.kind {
        case .number:
            let v = 1950 + random.below(70)
            switch random.below(3) {
            case 0: return "\(a.id) between \(v) and \(v + random.below(15))"
            default: return "\(a.id) \(pick(["=", "!=", "<", "<=", ">", ">="])) \(v)"
            }
        case .range:
            let v = pick([1, 5, 10, 11, 20, 50, 51, 100, 200, 201, 300, 500])
            return chance(0.8) ? "\(a.id) \(pick(["<", "<=", ">", ">="])) \(v)" : "\(a.id) between \(v) and \(v * 4)"
        case .enumeration:
            let values = (0..<(1 + random.below(3))).map { _ in pick(a.values).id }
            switch random.below(3) {
            case 0: return "\(a.id) \(pick(["=", "!="])) \(values[0])"
            case 1: return "\(a.id) \(pick(["in", "not in"])) (\(values.joined(separator: ", ")))"
            default: return "\(a.id) contains '\(pick(["an", "ia", "united", "e"]))'"
            }
        case .text:
            return "\(a.id) contains '\(pick(["tech", "energy", "ma", "bio", "s"]))'"
        }
    }
}
