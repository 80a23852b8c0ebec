import CaseModel
import QueryResult

/// `explain NAME`: what a category, dimension or attribute means, where the paper defines it, and
/// which cases exemplify it.
extension Interpreter {
    /// Cases listed by name in `explain` before the rest are summarised, so a study of a million
    /// cases does not print them all.
    static let listedCases = 30

    func explain(_ name: Name) throws(Diagnostic) -> StatementOutput {
        let dimensions = vocabulary.dimension(named: name.text)
        if let d = dimensions.first, dimensions.count == 1 { return .document(explainDimension(d)) }
        if !vocabulary.category(named: name.text).isEmpty {
            return .document(explainCategory(try resolver.category(name, inDimension: nil)))
        }
        if Vocabulary.key(name.text) == Vocabulary.nameAttribute || vocabulary.attribute(named: name.text) != nil {
            return .document(explainAttribute(try resolver.attribute(name)))
        }
        throw notExplainable(name)
    }

    /// An unknown name, with what it is if it is something else (a case, a value).
    func notExplainable(_ name: Name) -> Diagnostic {
        let kases = vocabulary.cases(named: name.text)
        if let k = kases.first {
            return Diagnostic("'\(name.text)' is a \(caseSingular), not a category", at: name.range,
                              notes: ["help: to see what the paper says about it: describe \(Interpreter.quotedName(index.names[k]))"])
        }
        for a in index.attributes.indices where index.attributes[a].kind == .enumeration {
            if vocabulary.value(named: name.text, ofAttribute: a) != nil {
                let attribute = index.attributes[a].id
                return Diagnostic("'\(name.text)' is a value of \(attribute), not a category", at: name.range,
                                  notes: ["help: explain \(attribute)",
                                          "help: select \(study.caseNoun) where \(attribute) = \(Interpreter.quotedName(name.text))"])
            }
        }
        return resolver.unknown("category, dimension or attribute", name,
                                among: vocabulary.dimensionNames + vocabulary.categoryNames() + vocabulary.attributeNames,
                                listing: false)
            .withNote("note: 'show taxonomy' lists the categories, 'show attributes' the attributes")
    }

    // MARK: categories

    func explainCategory(_ node: Int) -> Document {
        let category = taxonomy.nodes[node].category
        let dimension = taxonomy.dimensions[taxonomy.nodes[node].dimension]
        var blocks: [Block] = [title(category.id, category.labels)]
        let parent = taxonomy.nodes[node].parent
        if let parent {
            let p = taxonomy.nodes[parent].category
            blocks.append(.paragraph([.plain("A sub-category of "), .name(mention(p.id, p.labels), id: p.id),
                                      .plain(", in the dimension "), .name(mention(dimension.id, dimension.labels), id: dimension.id),
                                      .plain(".")]))
        } else {
            blocks.append(.paragraph([.plain("A top-level category of the dimension "),
                                      .name(mention(dimension.id, dimension.labels), id: dimension.id), .plain(".")]))
        }
        var definitions = [Definition("path", pathText(node))]
        if let section = category.section { definitions.append(Definition("section", section.display)) }
        if !category.aliases.isEmpty { definitions.append(Definition("also", category.aliases.joined(separator: ", "))) }
        blocks.append(.definitions(definitions))
        blocks += paragraphs(category.definition, heading: Interpreter.definitionHeading(category.definitionSource))

        let children = taxonomy.children(of: node)
        if !children.isEmpty {
            let items = children.map { child in
                let c = taxonomy.nodes[child].category
                return ListItem([name(ofNode: child), .plain("  " + bilingual(c.labels))], count: index.categorySets[child].cardinality)
            }
            blocks.append(.section(Section([.plain("Sub-categories (\(study.caseNoun) coded for each, sub-categories included)")],
                                           [.list(List(items))])))
        }
        let (cases, casesData) = codedCases(node)
        blocks.append(cases)
        let (candidates, candidatesData) = candidates(inSubtreeOf: node)
        blocks += candidates

        let query = "\(study.caseNoun) where \(dimension.id) includes \(category.id)"
        var queries = ["select \(query)"]
        if !children.isEmpty { queries.append("count \(query) group by \(category.id)") }
        if let first = index.categorySets[node].first(1).first, let code = firstCode(ofCase: first, inSubtreeOf: node) {
            queries.append("why \(Interpreter.quotedName(index.names[first])) \(taxonomy.nodes[code].category.id)")
        }
        blocks.append(tryThese(queries))

        let childrenData: [DataValue] = children.map { child in
            let c = taxonomy.nodes[child].category
            return .record([("id", .string(c.id)), ("labels", data(c.labels)), ("cases", .integer(index.categorySets[child].cardinality))])
        }
        let dimensionData: DataValue = .record([("id", .string(dimension.id)), ("labels", data(dimension.labels))])
        let fields: [(String, DataValue?)] = [
            ("kind", .string("category")), ("id", .string(category.id)), ("labels", data(category.labels)),
            ("dimension", dimensionData), ("parent", parent.map { reference(ofNode: $0) } ?? .null),
            ("path", strings(taxonomy.path(of: node))), ("section", data(category.section) ?? .null),
            ("aliases", strings(category.aliases)), ("definition", data(category.definition)),
            ("definition_source", .string(category.definitionSource.rawValue)), ("children", .array(childrenData)),
            ("cases", casesData), ("candidates", candidatesData), ("queries", strings(queries)),
        ]
        return Document(blocks, data: .record(fields))
    }

    /// "crowdfunding — Crowdfunding · 互联网众筹", the id as a name.
    func title(_ id: String, _ labels: LocalizedText) -> Block {
        let text = bilingual(labels)
        return .heading(level: 1, text.isEmpty || text == id ? [.name(id, id: id)] : [.name(id, id: id), .plain(" — " + text)])
    }

    /// The queries a document suggests, under "Try".
    func tryThese(_ queries: [String]) -> Block {
        .section(Section([.plain("Try")], [.queries(queries)]))
    }

    /// A paraphrase says so, lest a reader take the coder's words for the source's.
    static func definitionHeading(_ source: DefinitionSource) -> String {
        source == .paraphrase ? "Definition (a paraphrase, not the source's words)" : "Definition"
    }

    /// A heading and the text in both languages, the output language first.
    func paragraphs(_ text: LocalizedText, heading: String) -> [Block] {
        guard !text.isEmpty else { return [] }
        let first = language == .zh ? text.zh : text.en
        let second = language == .zh ? text.en : text.zh
        let paragraphs = (first == second ? [first] : [first, second]).filter { !$0.isEmpty }
        return [.section(Section([.plain(heading)], paragraphs.map { .paragraph([.plain($0)]) }))]
    }

    /// The cases coded for the node or a descendant, each with a one-line quote per code.
    func codedCases(_ node: Int) -> (Block, DataValue) {
        let members = index.categorySets[node]
        let total = members.cardinality
        guard total > 0 else {
            return (.section(Section([], [.paragraph([.plain("The paper names no \(caseSingular) for this category.")])])),
                    .record([("count", .integer(0)), ("of", .integer(index.count)), ("listed", .array([]))]))
        }
        let subtree = taxonomy.subtree(of: node)
        var items: [ListItem] = []
        var listed: [DataValue] = []
        var withoutEvidence = false
        for i in members.first(Interpreter.listedCases) {
            let codes = subtree.filter { index.directSets[$0][i] }
            var head: [Inline] = [.name(nameWithBrief(i), id: index.names[i])]
            if codes != [node] {
                head.append(.plain(" — via " + codes.map { taxonomy.nodes[$0].category.id }.joined(separator: ", ")))
            }
            var quotes: [Block] = []
            var codesData: [DataValue] = []
            let record = record(ofCase: i)
            if record == nil { withoutEvidence = true }
            for code in codes {
                let id = taxonomy.nodes[code].category.id
                let evidence = record?.codes.first(where: { $0.category == id })?.evidence ?? []
                codesData.append(.record([("category", .string(id)), ("evidence", data(evidence))]))
                guard record != nil else { continue }
                guard let first = evidence.first else {
                    withoutEvidence = true
                    continue
                }
                quotes.append(quote(first, brief: true, label: codes.count > 1 ? "[\(id)]" : ""))
            }
            items.append(ListItem(head, blocks: quotes))
            listed.append(.record([("name", .string(index.names[i])), ("codes", .array(codesData))]))
        }
        var body: [Block] = [.list(List(items))]
        if total > items.count {
            body.append(.paragraph([.plain("… and \(total - items.count) more: "),
                                    .code("select \(study.caseNoun) where \(pathQuery(node))")]))
        }
        if withoutEvidence {
            body.append(.paragraph([.plain("(this study records no evidence text for some of these codes)")]))
        }
        let title = "\(study.caseNoun.capitalizedFirst) coded for it: \(total) of \(index.count)"
        return (.section(Section([.plain(title)], body)),
                .record([("count", .integer(total)), ("of", .integer(index.count)), ("listed", .array(listed))]))
    }

    /// `DIM includes CAT` for a node.
    func pathQuery(_ node: Int) -> String {
        "\(taxonomy.dimensions[taxonomy.nodes[node].dimension].id) includes \(taxonomy.nodes[node].category.id)"
    }

    func firstCode(ofCase i: Int, inSubtreeOf node: Int) -> Int? {
        taxonomy.subtree(of: node).first { index.directSets[$0][i] }
    }

    /// Cases that fit the node (or a descendant) without being named for it: shown, never counted.
    func candidates(inSubtreeOf node: Int) -> ([Block], DataValue) {
        let ids = Set(taxonomy.subtree(of: node).map { taxonomy.nodes[$0].category.id })
        var found: [(kase: Int, candidate: Candidate)] = []
        for (i, kase) in study.cases.enumerated() where record(ofCase: i) != nil {
            for candidate in kase.candidates where ids.contains(candidate.category) {
                found.append((i, candidate))
            }
        }
        let listedData = DataValue.array(found.prefix(Interpreter.listedCases).map { i, candidate in
            .record([("case", .string(index.names[i])), ("category", .string(candidate.category)),
                     ("reason", .string(candidate.reason)), ("evidence", self.data(candidate.evidence))])
        })
        guard !found.isEmpty else {
            return (study.cases.isEmpty ? [] : [.paragraph([.plain("Candidates: none recorded.")])], listedData)
        }
        var items = found.prefix(Interpreter.listedCases).map { i, candidate in
            let via = candidate.category == taxonomy.nodes[node].category.id ? "" : " [\(candidate.category)]"
            return ListItem([.name(index.names[i], id: index.names[i]), .plain(via)],
                            blocks: [.paragraph([.plain(candidate.reason)])] + candidate.evidence.prefix(1).map { quote($0, brief: true) })
        }
        if found.count > Interpreter.listedCases {
            items.append(ListItem([.plain("… and \(found.count - Interpreter.listedCases) more")]))
        }
        return ([.section(Section([.plain("Candidates — they fit the definition, but the paper does not name them for it (not counted)")],
                                  [.list(List(items))]))], listedData)
    }
}

extension String {
    var capitalizedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
