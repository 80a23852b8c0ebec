import CaseModel
import QueryResult

/// Names, labels and evidence of the loaded study as the teaching statements print them.
extension Interpreter {
    var taxonomy: FlatTaxonomy { index.taxonomy }

    /// "firm", for sentences about one case.
    var caseSingular: String { String(study.caseNoun.dropLastS) }

    /// The message `key` in the output language. Teaching prose passes the study's case noun as an
    /// argument; Chinese says 案例 and leaves it out.
    func say(_ key: Message, _ arguments: String...) -> String {
        Localized.fill(Localized.template(key, language), arguments)
    }

    /// The message `key` as runs, its placeholders filled with names, queries or text.
    func phrase(_ key: Message, _ arguments: Inline...) -> [Inline] {
        Localized.inlines(key, language, arguments)
    }

    /// Text the study records in English only (a source, a candidate's reason) marked as such in
    /// Chinese output, so a reader knows it is the data and not an untranslated interface.
    func englishData(_ text: String, _ key: Message = .teachEnglishData) -> String {
        language == .zh && !text.isEmpty && text.unicodeScalars.contains(where: { $0.isASCII && $0.properties.isAlphabetic })
            ? say(key, text) : text
    }

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

    /// One piece of evidence as a quote; `brief` for a reminder on one line rather than the
    /// evidence in full, which in Chinese output leaves the English gloss out.
    func quote(_ evidence: Evidence, brief: Bool = false, label: String = "") -> Block {
        .quote(Quote(evidence.quote, gloss: brief && language == .zh ? "" : englishData(evidence.gloss, .teachGloss),
                     sectionNumber: evidence.section.number, section: evidence.section.display,
                     label: label, isBrief: brief))
    }

    /// A category as a name the reader sees and the id it stands for.
    func name(ofNode node: Int) -> Inline {
        let category = taxonomy.nodes[node].category
        return .name(category.id, id: category.id)
    }

    // MARK: data, for JSON

    func data(_ text: LocalizedText) -> DataValue {
        .record([("en", .string(text.en)), ("zh", .string(text.zh))])
    }

    func data(_ section: SectionRef?) -> DataValue? {
        section.map { .record([("number", .string($0.number)), ("title", .string($0.title))]) }
    }

    func data(_ evidence: Evidence) -> DataValue {
        .record([("quote", .string(evidence.quote)), ("gloss", .string(evidence.gloss)), ("section", data(evidence.section))])
    }

    func data(_ evidence: [Evidence]) -> DataValue {
        .array(evidence.map(data))
    }

    /// id, labels and path of a category: how JSON refers to one.
    func reference(ofNode node: Int) -> DataValue {
        let category = taxonomy.nodes[node].category
        return .record([("id", .string(category.id)), ("labels", data(category.labels)),
                        ("path", .array(taxonomy.path(of: node).map(DataValue.string)))])
    }

    func strings(_ items: [String]) -> DataValue {
        .array(items.map(DataValue.string))
    }

    func data(_ candidate: Candidate) -> DataValue {
        .record([("category", .string(candidate.category)), ("reason", .string(candidate.reason)),
                 ("evidence", data(candidate.evidence))])
    }

    func data(_ note: Note) -> DataValue {
        .record([("kind", .string(note.kind.rawValue)), ("text", data(note.text)), ("evidence", data(note.evidence))])
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
