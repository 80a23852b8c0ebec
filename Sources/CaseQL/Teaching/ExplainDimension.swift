import CaseModel
import QueryResult

/// `explain DIMENSION`: its definition, its category tree with counts, and the cases coded in it.
extension Interpreter {
    func explainDimension(_ d: Int) -> String {
        let dimension = taxonomy.dimensions[d]
        var block = TextBlock()
        block.line(heading(dimension.id, dimension.labels))
        block.line("A dimension of analysis (\(d + 1) of \(taxonomy.dimensions.count)).")
        if let section = dimension.section { block.field("section", section.display) }
        if !dimension.aliases.isEmpty { block.field("also", dimension.aliases.joined(separator: ", ")) }
        paragraphs(dimension.definition, heading: Interpreter.definitionHeading(dimension.definitionSource), into: &block)
        block.gap()
        block.line("Categories (the number counts the \(study.caseNoun) coded for it or a sub-category)")
        block.append(tree(ofDimension: d, digits: String(index.count).count, withHead: false))

        block.gap()
        let members = index.dimensionSets[d]
        if members.isEmpty {
            block.line("The paper names no \(caseSingular) for any category of this dimension.")
        } else {
            block.line("\(study.caseNoun.capitalizedFirst) with at least one code in it: \(members.cardinality) of \(index.count)")
            let nodes = taxonomy.nodes.indices.filter { taxonomy.nodes[$0].dimension == d }
            for i in members.first(Interpreter.listedCases) {
                let codes = nodes.filter { index.directSets[$0][i] }.map { taxonomy.nodes[$0].category.id }
                block.wrapped(index.names[i] + " — " + codes.joined(separator: ", "), indent: "  ")
            }
            if members.cardinality > Interpreter.listedCases {
                block.line("  … and \(members.cardinality - Interpreter.listedCases) more: select \(study.caseNoun) where has \(dimension.id)")
            }
        }
        let ids = Set(taxonomy.nodes.filter { $0.dimension == d }.map(\.category.id))
        let candidateCount = study.cases.indices.filter { record(ofCase: $0) != nil }
            .reduce(0) { n, i in n + study.cases[i].candidates.filter { ids.contains($0.category) }.count }
        if candidateCount > 0 {
            block.line("Candidates: \(candidateCount) recorded in this dimension (not counted); 'explain CATEGORY' shows them.")
        }
        block.gap()
        block.line("Try")
        block.line("  count \(study.caseNoun) group by \(dimension.id)")
        if let other = crosstabPartner(for: d) { block.line("  crosstab \(dimension.id) by \(other)") }
        if let root = taxonomy.roots(ofDimension: d).max(by: { index.categorySets[$0].cardinality < index.categorySets[$1].cardinality }) {
            block.line("  explain \(taxonomy.nodes[root].category.id)")
        }
        return block.text
    }

    /// A sensible column for `crosstab DIM by …`: an attribute with few values (a list or bands),
    /// else another dimension. A number or free text would give a column per case.
    func crosstabPartner(for d: Int) -> String? {
        if let a = index.attributes.first(where: { $0.kind == .enumeration }) ?? index.attributes.first(where: { $0.kind == .range }) {
            return a.id
        }
        return taxonomy.dimensions.indices.first { $0 != d }.map { taxonomy.dimensions[$0].id }
    }
}
