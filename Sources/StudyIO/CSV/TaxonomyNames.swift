import CaseModel
/// Resolves the names a header may use for dimensions and categories of a given taxonomy: ids,
/// aliases and labels (English or Chinese), case-insensitively.
struct TaxonomyNames {
    let flat: FlatTaxonomy
    private var categories: [String: [Int]] = [:]
    private var dimensions: [String: [Int]] = [:]

    init(_ flat: FlatTaxonomy) {
        self.flat = flat
        for (i, node) in flat.nodes.enumerated() {
            let c = node.category
            for name in [c.id, c.labels.en, c.labels.zh] + c.aliases where !name.isEmpty {
                Self.add(name, i, to: &categories)
            }
        }
        for (d, dimension) in flat.dimensions.enumerated() {
            for name in [dimension.id, dimension.labels.en, dimension.labels.zh] + dimension.aliases where !name.isEmpty {
                Self.add(name, d, to: &dimensions)
            }
        }
    }

    private static func add(_ name: String, _ index: Int, to table: inout [String: [Int]]) {
        let key = name.lowercased()
        if table[key]?.contains(index) != true { table[key, default: []].append(index) }
    }

    /// Node indices the name could mean (several when an alias is shared).
    func categories(named name: String) -> [Int] { categories[name.lowercased()] ?? [] }

    func dimensions(named name: String) -> [Int] { dimensions[name.lowercased()] ?? [] }

    var categoryIDs: [String] { flat.nodes.map(\.category.id) }

    func categoryIDs(inDimension d: Int) -> [String] {
        flat.nodes.filter { $0.dimension == d }.map(\.category.id)
    }

    /// "unknown category 'x' (did you mean 'y'?)", or with a note when the category exists in
    /// another dimension.
    func unknownCategoryMessage(_ name: String, dimension: Int?) -> String {
        if let d = dimension {
            if let other = categories(named: name).first {
                let actual = flat.dimensions[flat.nodes[other].dimension].id
                return "category '\(name)' is in dimension '\(actual)', not '\(flat.dimensions[d].id)'"
            }
            return "unknown category '\(name)' in dimension '\(flat.dimensions[d].id)'"
                + didYouMean(Suggestions.closest(to: name, among: categoryIDs(inDimension: d)))
        }
        return "unknown category '\(name)'" + didYouMean(Suggestions.closest(to: name, among: categoryIDs))
    }

    func unknownDimensionMessage(_ name: String) -> String {
        "unknown dimension '\(name)'" + didYouMean(Suggestions.closest(to: name, among: flat.dimensions.map(\.id)))
    }

    private func didYouMean(_ suggestion: String?) -> String {
        suggestion.map { " (did you mean '\($0)'?)" } ?? ""
    }
}
