import CaseModel
import QueryResult

extension Interpreter {
    /// `show notes`: every ambiguity and inconsistency of the source recorded in the study, those of
    /// the study as a whole first, then each case's — what a careful reader must know before trusting
    /// a count.
    func notesDocument() -> Document {
        let caseNotes = study.cases.filter { !$0.notes.isEmpty }
        let total = study.notes.count + caseNotes.reduce(0) { $0 + $1.notes.count }
        let payload = DataValue.record([
            ("kind", .string("notes")), ("study", .array(study.notes.map { data($0) })),
            ("cases", .array(caseNotes.map { .record([("name", .string($0.name)), ("notes", .array($0.notes.map { note in data(note) }))]) })),
        ])
        guard total > 0 else {
            return Document([.paragraph([.plain(say(.notesNone))])], data: payload)
        }
        var blocks: [Block] = [.heading(level: 1, [.plain(
            say(.notesTitle, String(total), String(study.notes.count), String(caseNotes.count), study.caseNoun))])]
        if !study.notes.isEmpty {
            blocks.append(noteSection(say(.notesStudy), study.notes))
        }
        for record in caseNotes {
            blocks.append(noteSection(record.name, record.notes))
        }
        return Document(blocks, data: payload)
    }

    /// Notes under a heading, each with its kind, text and evidence.
    func noteSection(_ title: String, _ notes: [Note]) -> Block {
        .section(Section([.plain(title)], [.list(List(notes.map(noteItem)))]))
    }

    /// One note: its kind and text, then each piece of evidence on a line.
    func noteItem(_ note: Note) -> ListItem {
        ListItem([.emphasis(noteKind(note.kind)), .plain((language == .zh ? "：" : ": ") + note.text.text(in: language))],
                 blocks: note.evidence.map { quote($0, brief: true) })
    }

    func noteKind(_ kind: Note.Kind) -> String {
        switch kind {
        case .ambiguity: return say(.noteAmbiguity)
        case .inconsistency: return say(.noteInconsistency)
        case .editorial: return say(.noteEditorial)
        }
    }

    /// `show study`: what is loaded — title, source, size, and where to start.
    func studyDocument() -> Document {
        let title = study.title.text(in: language)
        var blocks: [Block] = [.heading(level: 1, [.plain(title.isEmpty ? say(.studyUntitled) : title)])]
        let other = study.title.text(in: language == .en ? .zh : .en)
        if !other.isEmpty, other != title { blocks.append(.paragraph([.plain(englishData(other, .studyEnglishTitle))])) }
        if !study.source.isEmpty { blocks.append(.section(Section([], [.paragraph([.plain(englishData(study.source, .studySource))])]))) }
        let counted = codeCounts()
        let candidates = study.cases.reduce(0) { $0 + $1.candidates.count }
        let facts = study.cases.reduce(0) { $0 + $1.facts.count }
        let notes = study.notes.count + study.cases.reduce(0) { $0 + $1.notes.count }
        let attributes = [Vocabulary.nameAttribute] + index.attributes.map(\.id)
        var definitions = [Definition(language == .zh ? say(.studyCases) : study.caseNoun, "\(index.count)"),
                           Definition(say(.studyTaxonomy), sizeOfTaxonomy),
                           Definition(say(.studyAttributes), attributes.joined(separator: ", "))]
        if !study.cases.isEmpty {
            definitions.append(Definition(say(.studyCodes), codesLine(counted, candidates: candidates)))
            if facts > 0 || counted.evidenced > 0 { definitions.append(Definition(say(.studyFacts), "\(facts)")) }
            definitions.append(Definition(say(.studyNotes), say(.studyNotesCount, String(notes))))
        }
        blocks.append(.section(Section([], [.definitions(definitions)])))
        blocks.append(.section(Section([], [.paragraph([.plain(say(.studyStart))])])))
        let payload = DataValue.record([
            ("kind", .string("study")), ("title", data(study.title)), ("source", .string(study.source)),
            ("case_noun", .string(study.caseNoun)), ("cases", .integer(index.count)),
            ("dimensions", .integer(taxonomy.dimensions.count)), ("categories", .integer(taxonomy.nodes.count)),
            ("attributes", strings(attributes)), ("codes", .integer(counted.members)),
            ("codes_with_evidence", .integer(counted.evidenced)), ("codes_not_counted", .integer(counted.atOrBelowCrossover)),
            ("candidates", .integer(candidates)),
            ("facts", .integer(facts)), ("notes", .integer(notes)),
        ])
        return Document(blocks, data: payload)
    }

    /// Codes as the index counts them: a fuzzy membership is a code above the crossover only (as
    /// in QCA), so a matrix of memberships does not count every cell it has.
    struct CodeCounts {
        var members = 0, evidenced = 0, atOrBelowCrossover = 0, fuzzy = false
    }

    func codeCounts() -> CodeCounts {
        var counts = CodeCounts()
        for kase in study.cases {
            for code in kase.codes {
                if code.membership != 1 { counts.fuzzy = true }
                guard code.membership > CaseIndex.crossover else {
                    counts.atOrBelowCrossover += 1
                    continue
                }
                counts.members += 1
                if !code.evidence.isEmpty { counts.evidenced += 1 }
            }
        }
        return counts
    }

    /// "45, with evidence; 19 candidates (not counted)", or for a fuzzy matrix how it was counted and
    /// that it has no evidence.
    func codesLine(_ counts: CodeCounts, candidates: Int) -> String {
        var parts = [String(counts.members)]
        if counts.fuzzy {
            parts.append(say(.studyFuzzyCounted, Cell.format(CaseIndex.crossover), String(counts.atOrBelowCrossover),
                             Localized.plural(counts.atOrBelowCrossover, "membership")))
        }
        if counts.members > 0 {
            parts.append(counts.evidenced == counts.members ? say(.studyWithEvidence)
                         : counts.evidenced == 0 ? say(.studyNoEvidence) : say(.studySomeEvidence, String(counts.evidenced)))
        }
        // Punctuation, not words: Chinese has its own comma and semicolon.
        var line = parts.joined(separator: language == .zh ? "，" : ", ")
        if candidates > 0 || counts.evidenced > 0 {
            line += (language == .zh ? "；" : "; ") + say(.studyCandidates, String(candidates), Localized.plural(candidates, "candidate"))
        }
        return line
    }
}
