import CaseModel

/// A `<Project>` as a study (the mapping of docs/refi-qda.md).
struct ProjectImport {
    let context: ImportContext
    let files: SourceFiles

    func study(_ root: XMLElement) -> Study? {
        let path = ElementPath.root.appending("Project")
        guard root.name == "Project" else {
            context.report("the root element is <\(root.name)>, not <Project>", at: root, path: ElementPath.root.appending(root.name))
            return nil
        }
        let users = self.users(root.child("Users"), path: path.appending("Users"))
        var codebook = ImportedCodebook.read(root.child("CodeBook"), path: path.appending("CodeBook"), context: context)
        var variables = ImportedVariables.read(root.child("Variables"), path: path.appending("Variables"), context: context)
        let notes = self.notes(root.child("Notes"), path: path.appending("Notes"))
        let origin = root.attribute("origin") ?? ""
        let reader = SourceReader(context: context, files: files, codes: codebook.codes,
                                  crlfIsOneCharacter: origin.uppercased().contains("ATLAS.TI"))
        let sources = root.child("Sources").map { reader.read($0, path: path.appending("Sources")) } ?? []
        var sourceIndex: [String: Int] = [:]
        var selectionIndex: [String: (source: Int, selection: Int)] = [:]
        for (s, source) in sources.enumerated() {
            for guid in [source.guid] + source.innerGUIDs { sourceIndex[guid] = s }
            for (i, selection) in source.selections.enumerated() { selectionIndex[selection.guid] = (s, i) }
        }

        var studyNotes: [Note] = []
        var builders: [CaseBuilder] = []
        var caseNames = NameSpace()
        if let cases = root.child("Cases") {
            for (element, casePath) in cases.children("Case", under: path.appending("Cases")) {
                guard let guid = context.guid(of: element, path: casePath) else { continue }
                let sourceRefs = element.children("SourceRef", under: casePath).compactMap { ref, refPath in
                    reference(ref, path: refPath, in: sourceIndex, what: "source")
                }
                let fallback = sourceRefs.count == 1 ? sources[sourceRefs[0]].name : guid
                let name = caseNames.label(element.attribute("name").flatMap { $0.isEmpty ? nil : $0 } ?? fallback,
                                           qualifier: guid)
                var builder = CaseBuilder(name: name, aliases: caseNames.claim(guid) ? [guid] : [])
                for s in sourceRefs { include(source: s, sources: sources, into: &builder, codebook: &codebook) }
                for (ref, refPath) in element.children("SelectionRef", under: casePath) {
                    guard let key = context.guid(of: ref, path: refPath, attribute: "targetGUID") else { continue }
                    guard let (s, i) = selectionIndex[key] else {
                        context.report("no selection has the GUID \(ref.attribute("targetGUID") ?? key)", at: ref, path: refPath)
                        continue
                    }
                    builder.sources.insert(s)
                    for coding in sources[s].codings[sources[s].selections[i].codings] {
                        builder.add(category: codebook.category(for: coding.code), evidence: coding.evidence)
                    }
                }
                for (ref, refPath) in element.children("CodeRef", under: casePath) {
                    guard let key = context.guid(of: ref, path: refPath, attribute: "targetGUID") else { continue }
                    guard let target = codebook.codes[key] else {
                        context.report("no code has the GUID \(ref.attribute("targetGUID") ?? key)", at: ref, path: refPath)
                        continue
                    }
                    builder.add(category: codebook.category(for: target), evidence: nil)
                }
                for (value, valuePath) in element.children("VariableValue", under: casePath) {
                    if let (id, v) = variables.value(value, path: valuePath, context: context) { builder.attributes[id] = v }
                }
                if let description = element.child("Description")?.text, !description.isEmpty {
                    builder.notes.append(Note(kind: .editorial, text: Language.localized(description), evidence: []))
                }
                for child in element.children
                where !["Description", "CodeRef", "VariableValue", "SourceRef", "SelectionRef"].contains(child.name) {
                    context.ignore("Case/" + child.name)
                }
                builders.append(builder)
            }
            let covered = builders.reduce(into: Set<Int>()) { $0.formUnion($1.sources) }
            let loose = sources.indices.filter { !covered.contains($0) && !sources[$0].codings.isEmpty }
            if !loose.isEmpty {
                studyNotes.append(Note(kind: .editorial, text: LocalizedText(
                    en: "\(loose.count) coded source(s) belong to no case, so their codings count for no case: "
                        + loose.prefix(10).map { sources[$0].name }.joined(separator: ", ")
                        + (loose.count > 10 ? ", …" : "") + "."), evidence: []))
            }
        } else {
            for s in sources.indices {
                var builder = CaseBuilder(name: caseNames.label(sources[s].name, qualifier: sources[s].guid),
                                          aliases: caseNames.claim(sources[s].guid) ? [sources[s].guid] : [])
                include(source: s, sources: sources, into: &builder, codebook: &codebook)
                builders.append(builder)
            }
            if !sources.isEmpty {
                studyNotes.append(Note(kind: .editorial, text: LocalizedText(
                    en: "The project has no <Cases>: each of its \(sources.count) sources is a case."), evidence: []))
            }
        }

        var casesOfSource: [Int: [Int]] = [:]
        for (c, builder) in builders.enumerated() {
            for s in builder.sources { casesOfSource[s, default: []].append(c) }
        }
        // Values a source carries apply to its cases, unless the case gives its own.
        for (s, source) in sources.enumerated() {
            for (element, valuePath) in source.variableValues {
                guard let (id, value) = variables.value(element, path: valuePath, context: context) else { continue }
                for c in casesOfSource[s] ?? [] where builders[c].attributes[id] == nil { builders[c].attributes[id] = value }
            }
        }

        var referenced = Set<String>()
        func note(_ key: String, element: XMLElement, path: ElementPath, evidence: Evidence? = nil,
                  about: String? = nil) -> Note? {
            guard let found = notes[key] else {
                context.report("no note has the GUID \(element.attribute("targetGUID") ?? key)", at: element, path: path)
                return nil
            }
            referenced.insert(key)
            var text = found.text
            if let about { text = "\(about): " + text }
            return Note(kind: found.kind, text: Language.localized(text), evidence: evidence.map { [$0] } ?? [])
        }
        for (s, source) in sources.enumerated() {
            for ref in source.noteRefs {
                guard let made = note(ref.note, element: ref.element, path: ref.path, evidence: ref.evidence) else { continue }
                let owners = casesOfSource[s] ?? []
                if owners.isEmpty { studyNotes.append(made) }
                for c in owners { builders[c].notes.append(made) }
            }
        }
        for ref in codebook.noteRefs {
            if let made = note(ref.note, element: ref.element, path: ref.path, about: "Code '\(ref.code)'") { studyNotes.append(made) }
        }
        for (ref, refPath) in root.children("NoteRef", under: path) {
            guard let key = context.guid(of: ref, path: refPath, attribute: "targetGUID") else { continue }
            if let made = note(key, element: ref, path: refPath) { studyNotes.append(made) }
        }
        for (key, found) in notes.ordered where !referenced.contains(key) {
            studyNotes.append(Note(kind: found.kind, text: Language.localized(found.text), evidence: []))
        }

        if let sets = root.child("Sets") {
            studyNotes += self.sets(sets, path: path.appending("Sets"), sourceIndex: sourceIndex,
                                    casesOfSource: casesOfSource, builders: &builders, variables: &variables,
                                    codebook: codebook, notes: notes)
        }
        if let provenance = provenance(root, users: users, sources: sources) { studyNotes.append(provenance) }
        for name in ["Links", "Graphs"] where root.child(name) != nil { context.ignore(name) }
        for child in root.children where !Self.known.contains(child.name) { context.ignore(child.name) }
        if !context.ignored.isEmpty {
            studyNotes.append(Note(kind: .editorial, text: LocalizedText(
                en: "caseql does not read these parts of the project, which were left out: "
                    + context.ignored.map { "<\($0.name)> (\($0.count))" }.joined(separator: ", ") + "."), evidence: []))
        }
        guard !context.failed else { return nil }
        let name = root.attribute("name") ?? ""
        let description = root.child("Description")?.text ?? ""
        return Study(title: Language.localized(name.isEmpty ? "REFI-QDA project" : name),
                     source: description.isEmpty ? origin : description, caseNoun: "cases",
                     attributes: variables.attributes, taxonomy: codebook.taxonomy,
                     cases: builders.map(\.value), notes: studyNotes)
    }

    private static let known: Set<String> = [
        "Users", "CodeBook", "Variables", "Cases", "Sources", "Notes", "Sets", "Description", "NoteRef", "Links", "Graphs",
    ]

    private func include(source s: Int, sources: [ImportedSource], into builder: inout CaseBuilder,
                         codebook: inout ImportedCodebook) {
        builder.sources.insert(s)
        for coding in sources[s].codings {
            builder.add(category: codebook.category(for: coding.code), evidence: coding.evidence)
        }
    }

    private func reference(_ ref: XMLElement, path: ElementPath, in index: [String: Int], what: String) -> Int? {
        guard let key = context.guid(of: ref, path: path, attribute: "targetGUID") else { return nil }
        guard let found = index[key] else {
            context.report("no \(what) has the GUID \(ref.attribute("targetGUID") ?? key)", at: ref, path: path)
            return nil
        }
        return found
    }

    private func users(_ element: XMLElement?, path: ElementPath) -> [String: String] {
        var result: [String: String] = [:]
        for (user, userPath) in element?.children("User", under: path) ?? [] {
            guard let key = context.guid(of: user, path: userPath) else { continue }
            result[key] = user.attribute("name") ?? user.attribute("id") ?? key
        }
        return result
    }
}
