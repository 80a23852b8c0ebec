import CaseModel
import QueryResult

/// `explain DIMENSION`: its definition, its category tree with counts, and the cases coded in it.
extension Interpreter {
    func explainDimension(_ d: Int) -> Document {
        let dimension = taxonomy.dimensions[d]
        var blocks: [Block] = [title(dimension.id, dimension.labels),
                               .paragraph([.plain(say(.explainDimensionOf, String(d + 1), String(taxonomy.dimensions.count)))])]
        var definitions: [Definition] = []
        if let section = dimension.section { definitions.append(Definition(say(.termSection), section.display)) }
        if !dimension.aliases.isEmpty { definitions.append(Definition(say(.termAlso), dimension.aliases.joined(separator: ", "))) }
        if !definitions.isEmpty { blocks.append(.definitions(definitions)) }
        blocks += paragraphs(dimension.definition, heading: definitionHeading(dimension.definitionSource))
        blocks.append(.section(Section([.plain(say(.explainDimensionCategories, study.caseNoun))],
                                       [tree(ofDimension: d)])))

        let members = index.dimensionSets[d]
        var listed: [DataValue] = []
        if members.isEmpty {
            blocks.append(.paragraph([.plain(say(.explainDimensionNoCase, caseSingular))]))
        } else {
            let nodes = taxonomy.nodes.indices.filter { taxonomy.nodes[$0].dimension == d }
            var items: [ListItem] = []
            for i in members.first(Interpreter.listedCases) {
                let codes = nodes.filter { index.directSets[$0][i] }.map { taxonomy.nodes[$0].category.id }
                items.append(ListItem([.name(index.names[i], id: index.names[i]), .plain(" — " + codes.joined(separator: ", "))]))
                listed.append(.record([("name", .string(index.names[i])), ("codes", strings(codes))]))
            }
            var body: [Block] = [.list(List(items))]
            if members.cardinality > Interpreter.listedCases {
                body.append(.paragraph(phrase(.teachAndMoreQuery, .plain(String(members.cardinality - Interpreter.listedCases)),
                                           .code("select \(study.caseNoun) where has \(dimension.id)"))))
            }
            let title = say(.explainDimensionCases, study.caseNoun.capitalizedFirst, String(members.cardinality), String(index.count))
            blocks.append(.section(Section([.plain(title)], body)))
        }
        let ids = Set(taxonomy.nodes.filter { $0.dimension == d }.map(\.category.id))
        let candidateCount = study.cases.indices.filter { record(ofCase: $0) != nil }
            .reduce(0) { n, i in n + study.cases[i].candidates.filter { ids.contains($0.category) }.count }
        if candidateCount > 0 {
            blocks.append(.paragraph(phrase(.explainDimensionCandidates, .plain(String(candidateCount)), .code("explain CATEGORY"))))
        }
        var queries = ["count \(study.caseNoun) group by \(dimension.id)"]
        if let other = crosstabPartner(for: d) { queries.append("crosstab \(dimension.id) by \(other)") }
        if let root = taxonomy.roots(ofDimension: d).max(by: { index.categorySets[$0].cardinality < index.categorySets[$1].cardinality }) {
            queries.append("explain \(taxonomy.nodes[root].category.id)")
        }
        blocks.append(tryThese(queries))
        let payload = DataValue.record([
            ("kind", .string("dimension")), ("id", .string(dimension.id)), ("labels", data(dimension.labels)),
            ("position", .integer(d + 1)), ("section", data(dimension.section) ?? .null),
            ("aliases", strings(dimension.aliases)), ("definition", data(dimension.definition)),
            ("definition_source", .string(dimension.definitionSource.rawValue)),
            ("categories", treeData(ofDimension: d)),
            ("cases", .record([("count", .integer(members.cardinality)), ("of", .integer(index.count)), ("listed", .array(listed))])),
            ("candidates", .integer(candidateCount)), ("queries", strings(queries)),
        ])
        return Document(blocks, data: payload)
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
