import CaseModel

/// The `<Notes>` of a project, by GUID key, in document order.
struct NoteTable {
    struct Entry {
        var kind: Note.Kind
        var text: String
    }

    private(set) var ordered: [(key: String, entry: Entry)] = []
    private var index: [String: Int] = [:]

    subscript(key: String) -> Entry? { index[key].map { ordered[$0].entry } }

    mutating func add(_ key: String, _ entry: Entry) {
        index[key] = ordered.count
        ordered.append((key, entry))
    }
}

extension ProjectImport {
    /// Each `<Note>` is a text source: inline `<PlainTextContent>` or a `plainTextPath` file. A note
    /// named `ambiguity`, `inconsistency` or `editorial` (as caseql exports them) keeps that kind;
    /// any other name starts the note's text.
    func notes(_ element: XMLElement?, path: ElementPath) -> NoteTable {
        var table = NoteTable()
        for (note, notePath) in element?.children("Note", under: path) ?? [] {
            guard let key = context.guid(of: note, path: notePath) else { continue }
            var text = note.child("PlainTextContent")?.text ?? ""
            if text.isEmpty, let reference = note.attribute("plainTextPath") {
                do {
                    var bytes = try files.contents(of: reference)
                    if bytes.starts(with: XMLParser.byteOrderMark) { bytes.removeFirst(3) }
                    text = String(decoding: bytes, as: UTF8.self)
                } catch {
                    context.report("the note's file \(reference) is missing or unreadable", at: note, path: notePath)
                }
            }
            let name = note.attribute("name") ?? ""
            if let kind = Note.Kind(rawValue: name) {
                table.add(key, .init(kind: kind, text: text))
            } else {
                table.add(key, .init(kind: .editorial, text: name.isEmpty || name == text ? text : "\(name): \(text)"))
            }
        }
        return table
    }

    /// Sets of sources become a text attribute `sets` (the names of the sets holding one of the case's
    /// sources, so `sets contains 'X'` selects them); sets of codes and notes become a study note.
    func sets(_ element: XMLElement, path: ElementPath, sourceIndex: [String: Int], casesOfSource: [Int: [Int]],
              builders: inout [CaseBuilder], variables: inout ImportedVariables, codebook: ImportedCodebook,
              notes: NoteTable) -> [Note] {
        var result: [Note] = []
        var namesByCase: [Int: [String]] = [:]
        let flat = FlatTaxonomy(codebook.taxonomy)
        for (set, setPath) in element.children("Set", under: path) {
            guard context.guid(of: set, path: setPath) != nil,
                  let name = context.required("name", of: set, path: setPath) else { continue }
            for (ref, refPath) in set.children("MemberSource", under: setPath) {
                guard let key = context.guid(of: ref, path: refPath, attribute: "targetGUID") else { continue }
                guard let s = sourceIndex[key] else {
                    context.report("no source has the GUID \(key)", at: ref, path: refPath)
                    continue
                }
                for c in casesOfSource[s] ?? [] where !(namesByCase[c]?.contains(name) ?? false) {
                    namesByCase[c, default: []].append(name)
                }
            }
            var members: [String] = []
            for (ref, refPath) in set.children("MemberCode", under: setPath) {
                guard let key = context.guid(of: ref, path: refPath, attribute: "targetGUID") else { continue }
                guard let target = codebook.codes[key] else {
                    context.report("no code has the GUID \(key)", at: ref, path: refPath)
                    continue
                }
                members.append(target.category.flatMap { flat.index(of: $0) }.map { flat.nodes[$0].category.id }
                               ?? codebook.taxonomy.dimensions[target.dimension].id)
            }
            for (ref, refPath) in set.children("MemberNote", under: setPath) {
                guard let key = context.guid(of: ref, path: refPath, attribute: "targetGUID") else { continue }
                guard let found = notes[key] else {
                    context.report("no note has the GUID \(key)", at: ref, path: refPath)
                    continue
                }
                members.append("note “\(found.text.prefix(40))”")
            }
            if !members.isEmpty {
                result.append(Note(kind: .editorial, text: LocalizedText(
                    en: "Set '\(name)' groups " + members.joined(separator: ", ") + "."), evidence: []))
            }
        }
        guard !namesByCase.isEmpty else { return result }
        let id = variables.names.id(for: "sets", guid: nil, fallbackPrefix: "sets")
        variables.attributes.append(AttributeDefinition(
            id: id, labels: LocalizedText(en: variables.names.label("Sets", qualifier: "REFI-QDA", ownID: id)), kind: .text,
            description: LocalizedText(en: "The REFI-QDA sets that hold one of the case's sources.")))
        for (c, names) in namesByCase {
            builders[c].attributes[id] = .text(LocalizedText(en: names.joined(separator: ", ")))
        }
        return result
    }

    /// Who coded and when, kept as one study note: REFI-QDA records a user and a time on every
    /// coding, caseql's evidence has no place for them.
    func provenance(_ root: XMLElement, users: [String: String], sources: [ImportedSource]) -> Note? {
        var counts: [String: Int] = [:]
        var order: [String] = []
        var first: String?
        var last: String?
        for source in sources {
            for coding in source.codings {
                let user = coding.user.map { users[$0] ?? $0 } ?? "an unnamed user"
                if counts[user] == nil { order.append(user) }
                counts[user, default: 0] += 1
                if let date = coding.date {
                    if first.map({ date < $0 }) ?? true { first = date }
                    if last.map({ date > $0 }) ?? true { last = date }
                }
            }
        }
        var parts: [String] = []
        if let origin = root.attribute("origin") { parts.append("Exported by \(origin)") }
        if let created = root.attribute("creationDateTime") { parts.append("created \(created)") }
        if !order.isEmpty {
            parts.append("coded by " + order.map { "\($0) (\(counts[$0]!))" }.joined(separator: ", "))
        }
        if let first, let last { parts.append(first == last ? "on \(first)" : "from \(first) to \(last)") }
        guard !parts.isEmpty else { return nil }
        return Note(kind: .editorial, text: LocalizedText(en: parts.joined(separator: "; ") + "."), evidence: [])
    }
}
