import CaseModel

extension Interpreter {
    /// `show notes`: every ambiguity and inconsistency of the source recorded in the study, those of
    /// the study as a whole first, then each case's — what a careful reader must know before trusting
    /// a count.
    func notesText() -> String {
        var block = TextBlock()
        let caseNotes = study.cases.filter { !$0.notes.isEmpty }
        let total = study.notes.count + caseNotes.reduce(0) { $0 + $1.notes.count }
        guard total > 0 else {
            block.line("This study records no ambiguities or inconsistencies of its source.")
            return block.text
        }
        block.line("Notes on the source: \(total) (\(study.notes.count) on the study, the rest on \(caseNotes.count) \(study.caseNoun))")
        if !study.notes.isEmpty {
            block.gap()
            block.line("The study as a whole")
            for note in study.notes { block.append(noteBlock(note)) }
        }
        for record in caseNotes {
            block.gap()
            block.line(record.name)
            for note in record.notes { block.append(noteBlock(note)) }
        }
        return block.text
    }

    /// One note: its kind and text, then each piece of evidence on a line.
    func noteBlock(_ note: Note) -> TextBlock {
        var block = TextBlock()
        block.wrapped("\(note.kind.rawValue): " + note.text.text(in: language), indent: "  ", hanging: "    ")
        for evidence in note.evidence {
            block.lines(evidenceLines(evidence, indent: "      ", full: false))
        }
        return block
    }

    /// `show study`: what is loaded — title, source, size, and where to start.
    func studyText() -> String {
        var block = TextBlock()
        let title = study.title.text(in: language)
        block.line(title.isEmpty ? "(untitled study)" : title)
        let other = study.title.text(in: language == .en ? .zh : .en)
        if !other.isEmpty, other != title { block.line(other) }
        if !study.source.isEmpty {
            block.gap()
            block.wrapped(study.source)
        }
        block.gap()
        let codes = study.cases.reduce(0) { $0 + $1.codes.count }
        let candidates = study.cases.reduce(0) { $0 + $1.candidates.count }
        let facts = study.cases.reduce(0) { $0 + $1.facts.count }
        let notes = study.notes.count + study.cases.reduce(0) { $0 + $1.notes.count }
        block.field(study.caseNoun, "\(index.count)")
        block.field("taxonomy", "\(taxonomy.dimensions.count) dimensions, \(taxonomy.nodes.count) categories")
        block.field("attributes", ([Vocabulary.nameAttribute] + index.attributes.map(\.id)).joined(separator: ", "))
        if !study.cases.isEmpty {
            block.field("codes", "\(codes), with evidence; \(candidates) candidates (not counted)")
            block.field("facts", "\(facts)")
            block.field("notes", "\(notes) (show notes)")
        }
        block.gap()
        block.line("Start with: show taxonomy · explain DIMENSION · tour · help")
        return block.text
    }
}
