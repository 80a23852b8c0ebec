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
            return Diagnostic(say(.explainIsCase, name.text, caseSingular), at: name.range,
                              notes: ["help: " + say(.explainIsCaseHelp, "describe \(Interpreter.quotedName(index.names[k]))")])
        }
        for a in index.attributes.indices where index.attributes[a].kind == .enumeration {
            if vocabulary.value(named: name.text, ofAttribute: a) != nil {
                let attribute = index.attributes[a].id
                return Diagnostic(say(.explainIsValue, name.text, attribute), at: name.range,
                                  notes: ["help: explain \(attribute)",
                                          "help: select \(study.caseNoun) where \(attribute) = \(Interpreter.quotedName(name.text))"])
            }
        }
        return resolver.unknown(say(.nameExplainable), name,
                                among: vocabulary.dimensionNames + vocabulary.categoryNames() + vocabulary.attributeNames,
                                listing: false)
            .withNote("note: " + say(.explainUnknownNote))
    }

    // MARK: categories

    func explainCategory(_ node: Int) -> Document {
        let category = taxonomy.nodes[node].category
        let dimension = taxonomy.dimensions[taxonomy.nodes[node].dimension]
        var blocks: [Block] = [title(category.id, category.labels)]
        let parent = taxonomy.nodes[node].parent
        if let parent {
            let p = taxonomy.nodes[parent].category
            blocks.append(.paragraph(phrase(.explainSubCategoryOf, .name(mention(p.id, p.labels), id: p.id),
                                         .name(mention(dimension.id, dimension.labels), id: dimension.id))))
        } else {
            blocks.append(.paragraph(phrase(.explainTopLevelOf, .name(mention(dimension.id, dimension.labels), id: dimension.id))))
        }
        var definitions = [Definition(say(.termPath), pathText(node))]
        if let section = category.section { definitions.append(Definition(say(.termSection), section.display)) }
        if !category.aliases.isEmpty { definitions.append(Definition(say(.termAlso), category.aliases.joined(separator: ", "))) }
        blocks.append(.definitions(definitions))
        blocks += paragraphs(category.definition, heading: definitionHeading(category.definitionSource))

        let children = taxonomy.children(of: node)
        if !children.isEmpty {
            let items = children.map { child in
                let c = taxonomy.nodes[child].category
                return ListItem([name(ofNode: child), .plain("  " + bilingual(c.labels))], count: index.categorySets[child].cardinality)
            }
            blocks.append(.section(Section([.plain(say(.explainSubCategories, study.caseNoun))],
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
        .section(Section([.plain(say(.teachTry))], [.queries(queries)]))
    }

    /// A paraphrase says so, lest a reader take the coder's words for the source's.
    func definitionHeading(_ source: DefinitionSource) -> String {
        say(source == .paraphrase ? .teachDefinitionParaphrase : .teachDefinition)
    }

    /// A heading and the text in both languages, the output language first; in Chinese output the
    /// English is marked as such, since the reader may take it for untranslated interface.
    func paragraphs(_ text: LocalizedText, heading: String) -> [Block] {
        guard !text.isEmpty else { return [] }
        let first = language == .zh ? text.zh : text.en
        let second = language == .zh ? text.en : text.zh
        let paragraphs = (first == second ? [first] : [first, language == .zh ? englishData(second) : second]).filter { !$0.isEmpty }
        return [.section(Section([.plain(heading)], paragraphs.map { .paragraph([.plain($0)]) }))]
    }

    /// The cases coded for the node or a descendant, each with a one-line quote per code.
    func codedCases(_ node: Int) -> (Block, DataValue) {
        let members = index.categorySets[node]
        let total = members.cardinality
        guard total > 0 else {
            return (.section(Section([], [.paragraph([.plain(say(.explainNoCase, caseSingular))])])),
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
                head.append(.plain(say(.explainVia, codes.map { taxonomy.nodes[$0].category.id }.joined(separator: ", "))))
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
            body.append(.paragraph(phrase(.teachAndMoreQuery, .plain(String(total - items.count)),
                                       .code("select \(study.caseNoun) where \(pathQuery(node))"))))
        }
        if withoutEvidence {
            body.append(.paragraph([.plain(say(.explainSomeWithoutEvidence))]))
        }
        let title = say(.explainCodedCases, study.caseNoun.capitalizedFirst, String(total), String(index.count))
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
            return (study.cases.isEmpty ? [] : [.paragraph([.plain(say(.explainNoCandidates))])], listedData)
        }
        var items = found.prefix(Interpreter.listedCases).map { i, candidate in
            let via = candidate.category == taxonomy.nodes[node].category.id ? "" : " [\(candidate.category)]"
            return ListItem([.name(index.names[i], id: index.names[i]), .plain(via)],
                            blocks: [.paragraph([.plain(englishData(candidate.reason))])] + candidate.evidence.prefix(1).map { quote($0, brief: true) })
        }
        if found.count > Interpreter.listedCases {
            items.append(ListItem([.plain(say(.teachAndMore, String(found.count - Interpreter.listedCases)))]))
        }
        return ([.section(Section([.plain(say(.explainCandidates))],
                                  [.list(List(items))]))], listedData)
    }
}

extension String {
    var capitalizedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
