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
            return Document([.paragraph([.plain("This study records no ambiguities or inconsistencies of its source.")])], data: payload)
        }
        var blocks: [Block] = [.heading(level: 1, [.plain(
            "Notes on the source: \(total) (\(study.notes.count) on the study, the rest on \(caseNotes.count) \(study.caseNoun))")])]
        if !study.notes.isEmpty {
            blocks.append(noteSection("The study as a whole", study.notes))
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
        ListItem([.emphasis(note.kind.rawValue), .plain(": " + note.text.text(in: language))],
                 blocks: note.evidence.map { quote($0, brief: true) })
    }

    /// `show study`: what is loaded — title, source, size, and where to start.
    func studyDocument() -> Document {
        let title = study.title.text(in: language)
        var blocks: [Block] = [.heading(level: 1, [.plain(title.isEmpty ? "(untitled study)" : title)])]
        let other = study.title.text(in: language == .en ? .zh : .en)
        if !other.isEmpty, other != title { blocks.append(.paragraph([.plain(other)])) }
        if !study.source.isEmpty { blocks.append(.section(Section([], [.paragraph([.plain(study.source)])]))) }
        let codes = study.cases.reduce(0) { $0 + $1.codes.count }
        let candidates = study.cases.reduce(0) { $0 + $1.candidates.count }
        let facts = study.cases.reduce(0) { $0 + $1.facts.count }
        let notes = study.notes.count + study.cases.reduce(0) { $0 + $1.notes.count }
        let attributes = [Vocabulary.nameAttribute] + index.attributes.map(\.id)
        var definitions = [Definition(study.caseNoun, "\(index.count)"),
                           Definition("taxonomy", "\(taxonomy.dimensions.count) dimensions, \(taxonomy.nodes.count) categories"),
                           Definition("attributes", attributes.joined(separator: ", "))]
        if !study.cases.isEmpty {
            definitions += [Definition("codes", "\(codes), with evidence; \(candidates) candidates (not counted)"),
                            Definition("facts", "\(facts)"), Definition("notes", "\(notes) (show notes)")]
        }
        blocks.append(.section(Section([], [.definitions(definitions)])))
        blocks.append(.section(Section([], [.paragraph([.plain("Start with: show taxonomy · explain DIMENSION · tour · help")])])))
        let payload = DataValue.record([
            ("kind", .string("study")), ("title", data(study.title)), ("source", .string(study.source)),
            ("case_noun", .string(study.caseNoun)), ("cases", .integer(index.count)),
            ("dimensions", .integer(taxonomy.dimensions.count)), ("categories", .integer(taxonomy.nodes.count)),
            ("attributes", strings(attributes)), ("codes", .integer(codes)), ("candidates", .integer(candidates)),
            ("facts", .integer(facts)), ("notes", .integer(notes)),
        ])
        return Document(blocks, data: payload)
    }
}
