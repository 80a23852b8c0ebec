import CaseModel
import QueryResult

/// `why CASE CATEGORY`: the paper's words behind one code, or why there is none.
extension Interpreter {
    func why(_ kaseName: Name, _ categoryName: Name) throws(Diagnostic) -> StatementOutput {
        let i = try resolver.kase(kaseName)
        let dimensions = vocabulary.dimension(named: categoryName.text)
        if vocabulary.category(named: categoryName.text).isEmpty, let d = dimensions.first, dimensions.count == 1 {
            return .document(whyDimension(i, d))
        }
        let node = try resolver.category(categoryName, inDimension: nil)
        return .document(whyCategory(i, node))
    }

    func categoryMention(_ node: Int) -> Inline {
        let category = taxonomy.nodes[node].category
        return .name(mention(category.id, category.labels), id: category.id)
    }

    func whyCategory(_ i: Int, _ node: Int) -> Document {
        let name = index.names[i]
        let kase = Inline.name(name, id: name)
        let record = record(ofCase: i)
        var blocks: [Block] = []
        let verdict: String
        var codes: [Int] = []
        var candidates: [Candidate] = []
        if index.directSets[node][i] {
            verdict = "coded"
            codes = [node]
            blocks.append(.paragraph(phrase(.whyCoded, kase, categoryMention(node), .plain(pathText(node)))))
            blocks += evidence(ofCase: i, node: node, record: record)
        } else if index.categorySets[node][i] {
            verdict = "coded through a sub-category"
            codes = taxonomy.subtree(of: node).filter { index.directSets[$0][i] }
            let which = codes.map { taxonomy.nodes[$0].category.id }.joined(separator: ", ")
            blocks.append(.paragraph(phrase(codes.count == 1 ? .whyCodedThroughOne : .whyCodedThroughSeveral,
                                         kase, categoryMention(node), .plain(which),
                                         .plain(taxonomy.nodes[node].category.id))))
            for code in codes {
                blocks.append(.section(Section([], [.heading(level: 3, headline(code))] + evidence(ofCase: i, node: code, record: record))))
            }
        } else {
            verdict = "not coded"
            blocks.append(.paragraph(phrase(.whyNotCoded, kase, categoryMention(node))))
            blocks.append(.note(ResultNote(.closedWorld, say(.whyNotCodedNote, caseSingular))))
            if let ancestor = taxonomy.lineage(of: node).dropFirst().first(where: { index.directSets[$0][i] }) {
                let id = taxonomy.nodes[ancestor].category.id
                blocks.append(.paragraph(phrase(.whyBroader, .plain(id), .code("why \(Interpreter.quotedName(name)) \(id)"))))
            }
            let (section, found) = candidateSection(ofCase: i, node: node, record: record)
            blocks += section
            candidates = found
        }
        let payload = DataValue.record([
            ("kind", .string("why")), ("case", .string(name)), ("category", reference(ofNode: node)),
            ("verdict", .string(verdict)),
            ("codes", .array(codes.map { code in
                let id = taxonomy.nodes[code].category.id
                let evidence = record?.codes.first(where: { $0.category == id })
                return .record([("category", reference(ofNode: code)), ("membership", .number(evidence?.membership ?? 1)),
                                ("evidence", data(evidence?.evidence ?? []))])
            })),
            ("candidates", .array(candidates.map(data))),
        ])
        return Document(blocks, data: payload)
    }

    /// The evidence of a direct code, in full.
    func evidence(ofCase i: Int, node: Int, record: Case?) -> [Block] {
        let id = taxonomy.nodes[node].category.id
        guard let code = record?.codes.first(where: { $0.category == id }), !code.evidence.isEmpty else {
            return [.paragraph([.plain(say(.whyNoEvidence))])]
        }
        var blocks: [Block] = []
        if code.membership != 1 { blocks.append(.paragraph([.plain(say(.teachMembership, Cell.format(code.membership)))])) }
        return blocks + code.evidence.map { quote($0) }
    }

    func candidateSection(ofCase i: Int, node: Int, record: Case?) -> ([Block], [Candidate]) {
        guard let record else { return ([], []) }
        let ids = Set(taxonomy.subtree(of: node).map { taxonomy.nodes[$0].category.id })
        let candidates = record.candidates.filter { ids.contains($0.category) }
        guard !candidates.isEmpty else { return ([], []) }
        var body: [Block] = []
        for candidate in candidates {
            if candidate.category != taxonomy.nodes[node].category.id {
                body.append(.paragraph([.plain("["), .name(candidate.category, id: candidate.category), .plain("]")]))
            }
            body.append(.paragraph([.plain(englishData(candidate.reason))]))
            body += candidate.evidence.map { quote($0) }
        }
        return ([.section(Section([.plain(say(.whyCandidate))], body))],
                candidates)
    }

    /// `why CASE DIMENSION`: every code of the case in the dimension.
    func whyDimension(_ i: Int, _ d: Int) -> Document {
        let name = index.names[i]
        let kase = Inline.name(name, id: name)
        let dimension = taxonomy.dimensions[d]
        let codes = taxonomy.nodes.indices.filter { taxonomy.nodes[$0].dimension == d && index.directSets[$0][i] }
        let record = record(ofCase: i)
        let payload = DataValue.record([
            ("kind", .string("why")), ("case", .string(name)),
            ("dimension", .record([("id", .string(dimension.id)), ("labels", data(dimension.labels))])),
            ("verdict", .string(codes.isEmpty ? "not coded" : "coded")),
            ("codes", .array(codes.map { code in
                let evidence = record?.codes.first(where: { $0.category == taxonomy.nodes[code].category.id })
                return .record([("category", reference(ofNode: code)), ("membership", .number(evidence?.membership ?? 1)),
                                ("evidence", data(evidence?.evidence ?? []))])
            })),
        ])
        guard !codes.isEmpty else {
            return Document([.paragraph(phrase(.whyDimensionNotCoded, kase, .name(dimension.id, id: dimension.id),
                                            .plain(bilingual(dimension.labels)))),
                             .note(ResultNote(.closedWorld, say(.whyDimensionNotCodedNote)))], data: payload)
        }
        var blocks: [Block] = [.paragraph(phrase(.whyDimensionCodes, kase, .plain(String(codes.count)),
                                              .plain(Localized.plural(codes.count, "code")),
                                              .name(mention(dimension.id, dimension.labels), id: dimension.id)))]
        for code in codes {
            blocks.append(.section(Section([], [.heading(level: 3, headline(code))] + evidence(ofCase: i, node: code, record: record))))
        }
        return Document(blocks, data: payload)
    }
}
