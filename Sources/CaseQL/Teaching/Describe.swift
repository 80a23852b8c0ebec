import CaseModel
import QueryResult

/// `describe CASE`: everything the study records about one case, with the paper's own words.
extension Interpreter {
    func describe(_ name: Name) throws(Diagnostic) -> StatementOutput {
        let i = try resolver.kase(name)
        var block = TextBlock()
        block.line(index.names[i])
        let record = record(ofCase: i)
        if let record, !record.aliases.isEmpty {
            block.line("also written: " + record.aliases.joined(separator: ", "))
        }
        block.section(attributeLines(ofCase: i, record: record))
        block.section(codeLines(ofCase: i, record: record))
        if let record {
            block.section(factLines(record))
            block.section(candidateLines(record))
            block.section(noteLines(record))
        }
        block.gap()
        block.line("Try")
        if let code = taxonomy.nodes.indices.first(where: { index.directSets[$0][i] }) {
            block.line("  why \(Interpreter.quotedName(index.names[i])) \(taxonomy.nodes[code].category.id)")
        }
        block.line("  show \(study.caseNoun)")
        return .text(block.text)
    }

    func attributeLines(ofCase i: Int, record: Case?) -> TextBlock {
        var block = TextBlock()
        guard !index.attributes.isEmpty else { return block }
        block.line("Attributes")
        let runner = QueryRunner(index: index, caseNoun: study.caseNoun, language: language)
        let width = index.attributes.map { TextLayout.columns($0.id) }.max() ?? 0
        for (a, attribute) in index.attributes.enumerated() {
            var value = runner.cell(attribute: a, case: i).plainText
            if case .text(let text)? = record?.attributes[attribute.id] { value = bilingual(text) }
            if value.isEmpty { value = "(not given)" }
            let pad = String(repeating: " ", count: max(0, width - TextLayout.columns(attribute.id)))
            block.line("  \(attribute.id)\(pad)  \(value)")
        }
        return block
    }

    /// Codes grouped by dimension, each with its evidence in full; from the index alone when the
    /// study has no evidence.
    func codeLines(ofCase i: Int, record: Case?) -> TextBlock {
        var block = TextBlock()
        let coded = taxonomy.nodes.indices.filter { index.directSets[$0][i] }
        let dimensions = Set(coded.map { taxonomy.nodes[$0].dimension })
        block.line("Codes: \(coded.count), in \(dimensions.count) of \(taxonomy.dimensions.count) dimensions")
        for (d, dimension) in taxonomy.dimensions.enumerated() where dimensions.contains(d) {
            block.line("  " + heading(dimension.id, dimension.labels))
            for node in coded where taxonomy.nodes[node].dimension == d {
                let category = taxonomy.nodes[node].category
                block.wrapped(heading(category.id, category.labels) + "   (\(pathText(node)))",
                              indent: "    ", hanging: "        ")
                guard let code = record?.codes.first(where: { $0.category == category.id }) else { continue }
                if code.membership != 1 { block.line("      membership \(Cell.format(code.membership))") }
                for evidence in code.evidence {
                    block.lines(evidenceLines(evidence, indent: "      ", full: true))
                }
            }
        }
        // Codes the index does not count: fuzzy memberships at or below the crossover.
        if let record {
            let weak = record.codes.filter { $0.membership <= CaseIndex.crossover }
            for code in weak {
                block.line("  \(code.category): membership \(Cell.format(code.membership)), at or below the "
                           + "\(Cell.format(CaseIndex.crossover)) crossover, so not counted as a member")
            }
        }
        if record == nil, !coded.isEmpty {
            block.line("  (this study records no evidence text for its codes)")
        }
        let uncoded = taxonomy.dimensions.indices.filter { !dimensions.contains($0) }.map { taxonomy.dimensions[$0].id }
        if !uncoded.isEmpty {
            block.wrapped("No code in: \(uncoded.joined(separator: ", ")) — the paper reports nothing there "
                          + "about this \(caseSingular), which is not the same as \"does not\".", indent: "  ")
        }
        return block
    }

    func factLines(_ record: Case) -> TextBlock {
        var block = TextBlock()
        guard !record.facts.isEmpty else { return block }
        block.line("Facts (figures the paper gives)")
        for fact in record.facts {
            var line = "  " + label(fact.label, or: fact.id) + ": " + fact.text
            if let value = fact.value {
                let plain = (Cell.format(value) + " " + fact.unit).trimmingTrailingSpaces
                if plain != fact.text { line += "  (= \(plain))" }
            }
            if fact.sourceRequested { line += " — source requested by the editor" }
            block.wrapped(line, indent: "", hanging: "      ")
            block.lines(evidenceLines(fact.evidence, indent: "      ", full: false))
        }
        return block
    }

    func candidateLines(_ record: Case) -> TextBlock {
        var block = TextBlock()
        guard !record.candidates.isEmpty else { return block }
        block.line("Candidates — categories it fits, though the paper does not name it for them (not counted)")
        for candidate in record.candidates {
            var head = "  " + candidate.category
            if let node = node(ofCategory: candidate.category) {
                head += " — \(bilingual(taxonomy.nodes[node].category.labels))   (\(pathText(node)))"
            }
            block.wrapped(head, indent: "", hanging: "      ")
            block.wrapped(candidate.reason, indent: "      ")
            for evidence in candidate.evidence {
                block.lines(evidenceLines(evidence, indent: "      ", full: false))
            }
        }
        return block
    }

    func noteLines(_ record: Case) -> TextBlock {
        var block = TextBlock()
        guard !record.notes.isEmpty else { return block }
        block.line("Notes on the paper (inconsistencies, ambiguities) concerning \(record.name)")
        for note in record.notes { block.append(noteBlock(note)) }
        return block
    }
}
