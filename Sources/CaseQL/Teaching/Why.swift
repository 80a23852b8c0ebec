import CaseModel
import QueryResult

/// `why CASE CATEGORY`: the paper's words behind one code, or why there is none.
extension Interpreter {
    func why(_ kaseName: Name, _ categoryName: Name) throws(Diagnostic) -> StatementOutput {
        let i = try resolver.kase(kaseName)
        let dimensions = vocabulary.dimension(named: categoryName.text)
        if vocabulary.category(named: categoryName.text).isEmpty, let d = dimensions.first, dimensions.count == 1 {
            return .text(whyDimension(i, d))
        }
        let node = try resolver.category(categoryName, inDimension: nil)
        return .text(whyCategory(i, node))
    }

    func categoryMention(_ node: Int) -> String {
        let category = taxonomy.nodes[node].category
        return mention(category.id, category.labels)
    }

    func whyCategory(_ i: Int, _ node: Int) -> String {
        var block = TextBlock()
        let name = index.names[i]
        let record = record(ofCase: i)
        if index.directSets[node][i] {
            block.wrapped("\(name) is coded for \(categoryMention(node)): \(pathText(node)).")
            block.append(evidence(ofCase: i, node: node, record: record))
        } else if index.categorySets[node][i] {
            let codes = taxonomy.subtree(of: node).filter { index.directSets[$0][i] }
            let which = codes.map { taxonomy.nodes[$0].category.id }.joined(separator: ", ")
            block.wrapped("\(name) is coded for \(categoryMention(node)) through its sub-category "
                          + "\(which): the paper names it for \(codes.count == 1 ? "that" : "those"), which "
                          + "\(taxonomy.nodes[node].category.id) includes.")
            for code in codes {
                block.gap()
                block.wrapped(heading(taxonomy.nodes[code].category.id, taxonomy.nodes[code].category.labels) + "   (\(pathText(code)))",
                              indent: "", hanging: "    ")
                block.append(evidence(ofCase: i, node: code, record: record))
            }
        } else {
            block.wrapped("not coded: the paper does not name \(name) for \(categoryMention(node)).")
            block.wrapped("Not coded means not reported in the paper, not that the \(caseSingular) does not do it.")
            if let ancestor = taxonomy.lineage(of: node).dropFirst().first(where: { index.directSets[$0][i] }) {
                block.wrapped("It is coded for the broader category \(taxonomy.nodes[ancestor].category.id): "
                              + "why \(Interpreter.quotedName(name)) \(taxonomy.nodes[ancestor].category.id)")
            }
            block.append(candidateSentences(ofCase: i, node: node, record: record))
        }
        return block.text
    }

    /// The evidence of a direct code, in full.
    func evidence(ofCase i: Int, node: Int, record: Case?) -> TextBlock {
        var block = TextBlock()
        let id = taxonomy.nodes[node].category.id
        guard let code = record?.codes.first(where: { $0.category == id }), !code.evidence.isEmpty else {
            block.line("  (this study records no evidence text for this code)")
            return block
        }
        if code.membership != 1 { block.line("  membership \(Cell.format(code.membership))") }
        for (n, evidence) in code.evidence.enumerated() {
            if n > 0 { block.line("") }
            block.lines(evidenceLines(evidence, indent: "  ", full: true))
        }
        return block
    }

    func candidateSentences(ofCase i: Int, node: Int, record: Case?) -> TextBlock {
        var block = TextBlock()
        guard let record else { return block }
        let ids = Set(taxonomy.subtree(of: node).map { taxonomy.nodes[$0].category.id })
        let candidates = record.candidates.filter { ids.contains($0.category) }
        guard !candidates.isEmpty else { return block }
        block.gap()
        block.line("Candidate — it fits, but the paper does not name it for this category (not counted):")
        for candidate in candidates {
            if candidate.category != taxonomy.nodes[node].category.id { block.line("  [\(candidate.category)]") }
            block.wrapped(candidate.reason, indent: "  ")
            for evidence in candidate.evidence {
                block.lines(evidenceLines(evidence, indent: "  ", full: true))
            }
        }
        return block
    }

    /// `why CASE DIMENSION`: every code of the case in the dimension.
    func whyDimension(_ i: Int, _ d: Int) -> String {
        var block = TextBlock()
        let name = index.names[i]
        let dimension = taxonomy.dimensions[d]
        let codes = taxonomy.nodes.indices.filter { taxonomy.nodes[$0].dimension == d && index.directSets[$0][i] }
        guard !codes.isEmpty else {
            block.wrapped("not coded: the paper names \(name) for no category of \(dimension.id) "
                          + "(\(bilingual(dimension.labels))). Not coded means not reported, not \"does not\".")
            return block.text
        }
        block.wrapped("\(name) has \(codes.count) code\(codes.count == 1 ? "" : "s") in \(mention(dimension.id, dimension.labels)):")
        let record = record(ofCase: i)
        for code in codes {
            block.gap()
            block.wrapped(heading(taxonomy.nodes[code].category.id, taxonomy.nodes[code].category.labels) + "   (\(pathText(code)))",
                              indent: "", hanging: "    ")
            block.append(evidence(ofCase: i, node: code, record: record))
        }
        return block.text
    }
}
