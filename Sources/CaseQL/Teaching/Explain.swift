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
        if let d = dimensions.first, dimensions.count == 1 { return .text(explainDimension(d)) }
        if !vocabulary.category(named: name.text).isEmpty {
            return .text(explainCategory(try resolver.category(name, inDimension: nil)))
        }
        if Vocabulary.key(name.text) == Vocabulary.nameAttribute || vocabulary.attribute(named: name.text) != nil {
            return .text(explainAttribute(try resolver.attribute(name)))
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

    func explainCategory(_ node: Int) -> String {
        let category = taxonomy.nodes[node].category
        let dimension = taxonomy.dimensions[taxonomy.nodes[node].dimension]
        var block = TextBlock()
        block.line(heading(category.id, category.labels))
        if let parent = taxonomy.nodes[node].parent {
            let p = taxonomy.nodes[parent].category
            block.wrapped("A sub-category of \(mention(p.id, p.labels)), in the dimension \(mention(dimension.id, dimension.labels)).")
        } else {
            block.wrapped("A top-level category of the dimension \(mention(dimension.id, dimension.labels)).")
        }
        block.field("path", pathText(node))
        if let section = category.section { block.field("section", section.display) }
        if !category.aliases.isEmpty {
            block.field("also", category.aliases.joined(separator: ", "))
        }
        paragraphs(category.definition, heading: Interpreter.definitionHeading(category.definitionSource), into: &block)

        let children = taxonomy.children(of: node)
        if !children.isEmpty {
            block.gap()
            block.line("Sub-categories (\(study.caseNoun) coded for each, sub-categories included)")
            for child in children {
                let c = taxonomy.nodes[child].category
                block.line("  \(c.id)  \(bilingual(c.labels))  — \(index.categorySets[child].cardinality)")
            }
        }

        block.gap()
        block.append(codedCases(node))
        block.gap()
        block.append(candidates(inSubtreeOf: node))
        block.gap()
        block.line("Try")
        let query = "\(study.caseNoun) where \(dimension.id) includes \(category.id)"
        block.line("  select \(query)")
        if !children.isEmpty {
            block.line("  count \(query) group by \(category.id)")
        }
        if let first = index.categorySets[node].first(1).first, let code = firstCode(ofCase: first, inSubtreeOf: node) {
            block.line("  why \(Interpreter.quotedName(index.names[first])) \(taxonomy.nodes[code].category.id)")
        }
        return block.text
    }

    /// A paraphrase says so, lest a reader take the coder's words for the source's.
    static func definitionHeading(_ source: DefinitionSource) -> String {
        source == .paraphrase ? "Definition (a paraphrase, not the source's words)" : "Definition"
    }

    /// A heading and the text in both languages, the output language first.
    func paragraphs(_ text: LocalizedText, heading: String, into block: inout TextBlock) {
        guard !text.isEmpty else { return }
        block.gap()
        block.line(heading)
        let first = language == .zh ? text.zh : text.en
        let second = language == .zh ? text.en : text.zh
        for paragraph in [first, second] where !paragraph.isEmpty {
            block.wrapped(paragraph, indent: "  ")
            if first == second { break }
        }
    }

    /// The cases coded for the node or a descendant, each with a one-line quote per code.
    func codedCases(_ node: Int) -> TextBlock {
        var block = TextBlock()
        let members = index.categorySets[node]
        let total = members.cardinality
        guard total > 0 else {
            block.line("The paper names no \(caseSingular) for this category.")
            return block
        }
        block.line("\(study.caseNoun.capitalizedFirst) coded for it: \(total) of \(index.count)")
        let subtree = taxonomy.subtree(of: node)
        var listed = 0
        var withoutEvidence = false
        for i in members.first(Interpreter.listedCases) {
            listed += 1
            let codes = subtree.filter { index.directSets[$0][i] }
            var head = "  " + nameWithBrief(i)
            if codes != [node] {
                head += " — via " + codes.map { taxonomy.nodes[$0].category.id }.joined(separator: ", ")
            }
            block.line(head)
            guard let record = record(ofCase: i) else {
                withoutEvidence = true
                continue
            }
            for code in codes {
                let id = taxonomy.nodes[code].category.id
                guard let evidence = record.codes.first(where: { $0.category == id })?.evidence.first else {
                    withoutEvidence = true
                    continue
                }
                block.lines(evidenceLines(evidence, indent: "    ", full: false, lead: codes.count > 1 ? "[\(id)] " : ""))
            }
        }
        if total > listed {
            block.line("  … and \(total - listed) more: select \(study.caseNoun) where \(pathQuery(node))")
        }
        if withoutEvidence {
            block.line("  (this study records no evidence text for some of these codes)")
        }
        return block
    }

    /// `DIM includes CAT` for a node.
    func pathQuery(_ node: Int) -> String {
        "\(taxonomy.dimensions[taxonomy.nodes[node].dimension].id) includes \(taxonomy.nodes[node].category.id)"
    }

    func firstCode(ofCase i: Int, inSubtreeOf node: Int) -> Int? {
        taxonomy.subtree(of: node).first { index.directSets[$0][i] }
    }

    /// Cases that fit the node (or a descendant) without being named for it: shown, never counted.
    func candidates(inSubtreeOf node: Int) -> TextBlock {
        var block = TextBlock()
        let ids = Set(taxonomy.subtree(of: node).map { taxonomy.nodes[$0].category.id })
        var found: [(kase: Int, candidate: Candidate)] = []
        for (i, kase) in study.cases.enumerated() where record(ofCase: i) != nil {
            for candidate in kase.candidates where ids.contains(candidate.category) {
                found.append((i, candidate))
            }
        }
        guard !found.isEmpty else {
            if !study.cases.isEmpty { block.line("Candidates: none recorded.") }
            return block
        }
        block.line("Candidates — they fit the definition, but the paper does not name them for it (not counted)")
        for (i, candidate) in found.prefix(Interpreter.listedCases) {
            let via = candidate.category == taxonomy.nodes[node].category.id ? "" : " [\(candidate.category)]"
            block.line("  " + index.names[i] + via)
            block.wrapped(candidate.reason, indent: "    ")
            if let evidence = candidate.evidence.first {
                block.lines(evidenceLines(evidence, indent: "    ", full: false))
            }
        }
        if found.count > Interpreter.listedCases {
            block.line("  … and \(found.count - Interpreter.listedCases) more")
        }
        return block
    }
}

extension TextBlock {
    mutating func lines(_ more: [String]) {
        for l in more { line(l) }
    }
}

extension String {
    var capitalizedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
