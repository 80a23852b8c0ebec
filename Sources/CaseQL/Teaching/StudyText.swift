import CaseModel
import QueryResult

/// Names, labels and evidence of the loaded study as the teaching statements print them.
extension Interpreter {
    var taxonomy: FlatTaxonomy { index.taxonomy }

    /// "firm", for sentences about one case.
    var caseSingular: String { String(study.caseNoun.dropLastS) }

    /// The full record of case `i` (codes with evidence, candidates, facts, notes), when the study
    /// carries one. Studies loaded from CSV have only the index.
    func record(ofCase i: Int) -> Case? {
        guard i >= 0, i < study.cases.count, i < index.count, study.cases[i].name == index.names[i] else { return nil }
        return study.cases[i]
    }

    /// Labels with the output language first: "Crowdfunding · 互联网众筹" or "互联网众筹 · Crowdfunding".
    func bilingual(_ labels: LocalizedText) -> String {
        let first = language == .zh ? labels.zh : labels.en
        let second = language == .zh ? labels.en : labels.zh
        return uniqued([first, second].filter { !$0.isEmpty }).joined(separator: " · ")
    }

    /// "crowdfunding — Crowdfunding · 互联网众筹", or just the id when the labels add nothing.
    func heading(_ id: String, _ labels: LocalizedText) -> String {
        let text = bilingual(labels)
        return text.isEmpty || text == id ? id : "\(id) — \(text)"
    }

    /// "society (Society · 社会大众)", or just the id when the labels add nothing.
    func mention(_ id: String, _ labels: LocalizedText) -> String {
        let text = bilingual(labels)
        return text.isEmpty || text == id ? id : "\(id) (\(text))"
    }

    func label(_ labels: LocalizedText, or id: String) -> String {
        let text = labels.text(in: language)
        return text.isEmpty ? id : text
    }

    /// How a category is named in rows and headings: its id in English output, its label in Chinese.
    func rowName(ofNode node: Int) -> String {
        let category = taxonomy.nodes[node].category
        return language == .zh ? label(category.labels, or: category.id) : category.id
    }

    func rowName(ofDimension d: Int) -> String {
        let dimension = taxonomy.dimensions[d]
        return language == .zh ? label(dimension.labels, or: dimension.id) : dimension.id
    }

    /// "financing › society › crowdfunding"
    func pathText(_ node: Int) -> String {
        taxonomy.path(of: node).joined(separator: " › ")
    }

    /// The node of a code's category, if the study's taxonomy has it.
    func node(ofCategory id: String) -> Int? {
        taxonomy.index(of: id)
    }

    /// A case's name as a query must write it: bare when it is a plain name, quoted otherwise.
    static func quotedName(_ name: String) -> String {
        let scalars = Array(name.unicodeScalars)
        if let first = scalars.first, Lexer.isNameStart(first), scalars.allSatisfy(Lexer.isNamePart),
           Keyword(rawValue: name.lowercased()) == nil {
            return name
        }
        return "'" + name.replacingAll("'", with: "''") + "'"
    }

    /// "United Kingdom, 2010": the first two attributes that have a value, for a one-line mention.
    func briefAttributes(ofCase i: Int) -> String {
        let runner = QueryRunner(index: index, caseNoun: study.caseNoun, language: language)
        let values = index.attributes.indices.map { runner.cell(attribute: $0, case: i).plainText }.filter { !$0.isEmpty }
        return values.prefix(2).joined(separator: ", ")
    }

    func nameWithBrief(_ i: Int) -> String {
        let brief = briefAttributes(ofCase: i)
        return brief.isEmpty ? index.names[i] : "\(index.names[i]) (\(brief))"
    }

    /// Quote, gloss and section of one piece of evidence; `full` prints the quote whole, wrapped,
    /// otherwise one line led by the section number and shortened with "…" (and the gloss, in
    /// English output, likewise).
    func evidenceLines(_ evidence: Evidence, indent: String, full: Bool, lead: String = "") -> [String] {
        var block = TextBlock()
        let quote = "“" + evidence.quote + "”"
        let section = evidence.section.display
        if full {
            block.wrapped(quote, indent: indent, hanging: indent + " ")
            if !evidence.gloss.isEmpty { block.wrapped("= " + evidence.gloss, indent: indent, hanging: indent + "  ") }
            if !section.isEmpty && section != "§" { block.line(indent + section) }
        } else {
            let room = TextLayout.lineWidth - TextLayout.columns(indent)
            let number = evidence.section.number.isEmpty ? "" : "§\(evidence.section.number) "
            block.line(indent + TextLayout.shortened(lead + number + quote, to: room))
            if language == .en, !evidence.gloss.isEmpty {
                block.line(indent + TextLayout.shortened("= " + evidence.gloss, to: room))
            }
        }
        return block.lines
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for c in self {
            if c == target { out += replacement } else { out.append(c) }
        }
        return out
    }
}

extension Bitset {
    /// The first `k` members in increasing order, without listing the rest.
    func first(_ k: Int) -> [Int] {
        var result: [Int] = []
        guard k > 0 else { return result }
        for (wi, word) in words.enumerated() {
            var w = word
            while w != 0 {
                result.append(wi << 6 | w.trailingZeroBitCount)
                if result.count == k { return result }
                w &= w &- 1
            }
        }
        return result
    }

    /// |a ∩ b| without building the intersection.
    func intersectionCount(_ other: Bitset) -> Int {
        var n = 0
        for (a, b) in zip(words, other.words) { n &+= (a & b).nonzeroBitCount }
        return n
    }
}
