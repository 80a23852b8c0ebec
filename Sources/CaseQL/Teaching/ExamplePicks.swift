import CaseModel
import QueryResult

/// Names from the loaded study for help and tour examples, chosen so that every example runs and
/// shows something: the best-coded dimension and category, the case with the most codes, values
/// that some case has. Nothing about a particular study is written here.
struct ExamplePicks {
    let noun: String
    /// The language help is written in.
    let language: LocalizedText.Language
    /// The dimension with the most coded cases, and another one.
    var dimension: String?
    var otherDimension: String?
    /// A well-coded category of `dimension`, a second one, and a category with sub-categories.
    var category: String?
    var secondCategory: String?
    var parentCategory: String?
    /// The best-coded leaf category of `otherDimension`: a condition from elsewhere in the taxonomy.
    var otherCategory: String?
    /// The case with the most codes, as a query writes it, and one of its codes.
    var kase: String?
    var kaseCategory: String?
    var enumerationCondition: String?
    var enumerationAttribute: String?
    var numberCondition: String?
    var numberAttribute: String?
    var rangeCondition: String?
    var textCondition: String?
    var attribute: String?
    /// Columns for a crosstab example: an attribute with few values, else another dimension.
    var crosstabColumns: String?
    /// A dimension and category written with their Chinese labels, when they are plain names.
    var chineseCondition: String?
    /// Some code carries evidence, so a quiz has questions to ask.
    var hasEvidence = false

    static let scannedCases = 4096

    init(_ interpreter: Interpreter) {
        let index = interpreter.index
        let taxonomy = index.taxonomy
        noun = interpreter.study.caseNoun
        language = interpreter.language
        hasEvidence = interpreter.study.cases.contains { $0.codes.contains { !$0.evidence.isEmpty } }
        let byCoverage = taxonomy.dimensions.indices.sorted {
            (index.dimensionSets[$0].cardinality, -$0) > (index.dimensionSets[$1].cardinality, -$1)
        }
        if let d = byCoverage.first {
            dimension = taxonomy.dimensions[d].id
            otherDimension = byCoverage.dropFirst().first.map { taxonomy.dimensions[$0].id }
            if let e = byCoverage.dropFirst().first {
                otherCategory = taxonomy.nodes.indices
                    .filter { taxonomy.nodes[$0].dimension == e && taxonomy.children(of: $0).isEmpty }
                    .max { (index.categorySets[$0].cardinality, -$0) < (index.categorySets[$1].cardinality, -$1) }
                    .map { taxonomy.nodes[$0].category.id }
            }
            let nodes = taxonomy.nodes.indices.filter { taxonomy.nodes[$0].dimension == d }
            let leaves = nodes.filter { taxonomy.children(of: $0).isEmpty }
                .sorted { (index.categorySets[$0].cardinality, -$0) > (index.categorySets[$1].cardinality, -$1) }
            if let c = leaves.first {
                category = taxonomy.nodes[c].category.id
                secondCategory = leaves.dropFirst().first.map { taxonomy.nodes[$0].category.id }
                let dimensionZh = taxonomy.dimensions[d].labels.zh, categoryZh = taxonomy.nodes[c].category.labels.zh
                if !dimensionZh.isEmpty, !categoryZh.isEmpty,
                   Interpreter.quotedName(dimensionZh) == dimensionZh, Interpreter.quotedName(categoryZh) == categoryZh {
                    chineseCondition = "\(dimensionZh) includes \(categoryZh)"
                }
            }
            parentCategory = nodes.first { !taxonomy.children(of: $0).isEmpty && index.categorySets[$0].cardinality > 0 }
                .map { taxonomy.nodes[$0].category.id }
        }
        // The best-coded case among the first few thousand: a good example need not be the best of a million.
        let scanned = min(index.count, ExamplePicks.scannedCases)
        var codes = [Int](repeating: 0, count: scanned)
        for set in index.directSets {
            for i in set.first(scanned) where i < scanned { codes[i] += 1 }
        }
        if let best = codes.indices.max(by: { (codes[$0], -$0) < (codes[$1], -$1) }), codes[best] > 0 {
            kase = Interpreter.quotedName(index.names[best])
            kaseCategory = taxonomy.nodes.indices.first { index.directSets[$0][best] }.map { taxonomy.nodes[$0].category.id }
        }
        for (a, attribute) in index.attributes.enumerated() {
            guard let condition = interpreter.exampleCondition(attribute: a) else { continue }
            switch attribute.kind {
            case .enumeration where enumerationCondition == nil:
                enumerationCondition = condition
                enumerationAttribute = attribute.id
            case .number where numberCondition == nil:
                numberCondition = condition
                numberAttribute = attribute.id
            case .range where rangeCondition == nil: rangeCondition = condition
            case .text where textCondition == nil: textCondition = condition
            default: break
            }
        }
        attribute = enumerationAttribute ?? numberAttribute ?? index.attributes.first?.id
        if let d = byCoverage.first { crosstabColumns = interpreter.crosstabPartner(for: d) }
    }

    /// `DIM includes CAT` for the picked category.
    var includes: String? {
        guard let dimension, let category else { return nil }
        return "\(dimension) includes \(category)"
    }
}
