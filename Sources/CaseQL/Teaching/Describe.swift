import CaseModel
import QueryResult

/// `describe CASE`: everything the study records about one case, with the paper's own words.
extension Interpreter {
    func describe(_ name: Name) throws(Diagnostic) -> StatementOutput {
        let i = try resolver.kase(name)
        var blocks: [Block] = [.heading(level: 1, [.name(index.names[i], id: index.names[i])])]
        let record = record(ofCase: i)
        if let record, !record.aliases.isEmpty {
            blocks.append(.definitions([Definition(say(.termAlsoWritten), record.aliases.joined(separator: ", "))]))
        }
        let (attributes, attributesData) = attributeSection(ofCase: i, record: record)
        blocks += attributes
        let (codes, codesData) = codeSection(ofCase: i, record: record)
        blocks.append(codes)
        if let record {
            blocks += factSection(record)
            blocks += candidateSection(record)
            if !record.notes.isEmpty {
                blocks.append(noteSection(say(.describeNotes, record.name), record.notes))
            }
        }
        var queries: [String] = []
        if let code = taxonomy.nodes.indices.first(where: { index.directSets[$0][i] }) {
            queries.append("why \(Interpreter.quotedName(index.names[i])) \(taxonomy.nodes[code].category.id)")
        }
        queries.append("show \(study.caseNoun)")
        blocks.append(tryThese(queries))
        let payload = DataValue.record([
            ("kind", .string("case")), ("name", .string(index.names[i])), ("aliases", strings(record?.aliases ?? [])),
            ("attributes", attributesData), ("codes", codesData),
            ("facts", .array((record?.facts ?? []).map(data))),
            ("candidates", .array((record?.candidates ?? []).map(data))),
            ("notes", .array((record?.notes ?? []).map(data))), ("queries", strings(queries)),
        ])
        return .document(Document(blocks, data: payload))
    }

    func attributeSection(ofCase i: Int, record: Case?) -> ([Block], DataValue) {
        guard !index.attributes.isEmpty else { return ([], .object([])) }
        let runner = QueryRunner(index: index, caseNoun: study.caseNoun, language: language)
        var definitions: [Definition] = []
        var fields: [DataField] = []
        for (a, attribute) in index.attributes.enumerated() {
            let cell = runner.cell(attribute: a, case: i)
            var value = cell.plainText
            if case .text(let text)? = record?.attributes[attribute.id] {
                value = bilingual(text)
                fields.append(DataField(attribute.id, data(text)))
            } else {
                fields.append(DataField(attribute.id, cell.dataValue))
            }
            definitions.append(Definition(attribute.id, value.isEmpty ? say(.teachNotGiven) : value))
        }
        return ([.section(Section([.plain(say(.describeAttributes))], [.definitions(definitions)]))], .object(fields))
    }

    /// Codes grouped by dimension, each with its evidence in full; from the index alone when the
    /// study has no evidence.
    func codeSection(ofCase i: Int, record: Case?) -> (Block, DataValue) {
        let coded = taxonomy.nodes.indices.filter { index.directSets[$0][i] }
        let dimensions = Set(coded.map { taxonomy.nodes[$0].dimension })
        var body: [Block] = []
        var items: [ListItem] = []
        var codesData: [DataValue] = []
        for (d, dimension) in taxonomy.dimensions.enumerated() where dimensions.contains(d) {
            var categories: [ListItem] = []
            for node in coded where taxonomy.nodes[node].dimension == d {
                let category = taxonomy.nodes[node].category
                let code = record?.codes.first(where: { $0.category == category.id })
                var under: [Block] = []
                if let code, code.membership != 1 {
                    under.append(.paragraph([.plain(say(.teachMembership, Cell.format(code.membership)))]))
                }
                under += (code?.evidence ?? []).map { quote($0) }
                categories.append(ListItem(headline(node), blocks: under))
                codesData.append(.record([("category", reference(ofNode: node)), ("dimension", .string(dimension.id)),
                                          ("membership", .number(code?.membership ?? 1)),
                                          ("evidence", data(code?.evidence ?? []))]))
            }
            items.append(ListItem([.name(heading(dimension.id, dimension.labels), id: dimension.id)],
                                  blocks: [.list(List(categories))]))
        }
        if !items.isEmpty { body.append(.list(List(items))) }
        // Codes the index does not count: fuzzy memberships at or below the crossover.
        for code in record?.codes.filter({ $0.membership <= CaseIndex.crossover }) ?? [] {
            body.append(.paragraph([.plain(say(.describeBelowCrossover, code.category, Cell.format(code.membership),
                                               Cell.format(CaseIndex.crossover)))]))
        }
        if record == nil, !coded.isEmpty {
            body.append(.paragraph([.plain(say(.describeNoEvidence))]))
        }
        let uncoded = taxonomy.dimensions.indices.filter { !dimensions.contains($0) }.map { taxonomy.dimensions[$0].id }
        if !uncoded.isEmpty {
            body.append(.note(ResultNote(.closedWorld, say(.describeUncoded, uncoded.joined(separator: ", "), caseSingular))))
        }
        let title = say(.describeCodes, String(coded.count), String(dimensions.count), String(taxonomy.dimensions.count))
        return (.section(Section([.plain(title)], body)), .array(codesData))
    }

    /// "customization — Customization · 个性化定制   (management › customer › customization)"
    func headline(_ node: Int) -> [Inline] {
        let category = taxonomy.nodes[node].category
        return [.name(heading(category.id, category.labels), id: category.id), .plain("   (\(pathText(node)))")]
    }

    func factSection(_ record: Case) -> [Block] {
        guard !record.facts.isEmpty else { return [] }
        let items = record.facts.map { fact in
            var line = label(fact.label, or: fact.id) + (language == .zh ? "：" : ": ") + fact.text
            if let value = fact.value {
                var plain = Cell.format(value) + " " + fact.unit
                while plain.last == " " { plain.removeLast() }
                if plain != fact.text { line += "  (= \(plain))" }
            }
            if fact.sourceRequested { line += say(.describeSourceRequested) }
            return ListItem([.plain(line)], blocks: [quote(fact.evidence, brief: true)])
        }
        return [.section(Section([.plain(say(.describeFacts))], [.list(List(items))]))]
    }

    func candidateSection(_ record: Case) -> [Block] {
        guard !record.candidates.isEmpty else { return [] }
        let items = record.candidates.map { candidate in
            let head: [Inline] = node(ofCategory: candidate.category).map(headline)
                ?? [.name(candidate.category, id: candidate.category)]
            return ListItem(head, blocks: [.paragraph([.plain(englishData(candidate.reason))])] + candidate.evidence.map { quote($0, brief: true) })
        }
        return [.section(Section([.plain(say(.describeCandidates))],
                                 [.list(List(items))]))]
    }

    func data(_ fact: Fact) -> DataValue {
        .record([("id", .string(fact.id)), ("label", data(fact.label)), ("text", .string(fact.text)),
                 ("value", fact.value.map(DataValue.number) ?? .null), ("unit", .string(fact.unit)),
                 ("source_requested", .bool(fact.sourceRequested)), ("evidence", data(fact.evidence))])
    }
}
