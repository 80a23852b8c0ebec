import CaseModel

/// A coding found in a source: the code it applies and the passage it applies to.
struct SourceCoding {
    var code: CodeTarget
    var evidence: Evidence
    var user: String?
    var date: String?
}

/// A `<TextSource>`, `<PDFSource>`, `<PictureSource>`, `<AudioSource>` or `<VideoSource>` with its
/// codings: on selections (the selected text as the quote) and on the source as a whole.
struct ImportedSource {
    var guid: String
    var name: String
    var codings: [SourceCoding] = []
    /// Selection GUID key → its codings, as a range of `codings`.
    var selections: [(guid: String, codings: Range<Int>, evidence: Evidence)] = []
    var noteRefs: [(note: String, evidence: Evidence?, element: XMLElement, path: ElementPath)] = []
    var variableValues: [(element: XMLElement, path: ElementPath)] = []
    /// GUIDs of representations and transcripts, which references may name instead of the source.
    var innerGUIDs: [String] = []
}

/// Reads the sources of `<Sources>`.
struct SourceReader {
    let context: ImportContext
    let files: SourceFiles
    let codes: [String: CodeTarget]
    /// ATLAS.ti counts a CR LF as one position though its text files hold both (QualCoder's importer
    /// makes the same allowance); the spec and everyone else count code points.
    let crlfIsOneCharacter: Bool

    func read(_ sources: XMLElement, path: ElementPath) -> [ImportedSource] {
        var result: [ImportedSource] = []
        var counts: [String: Int] = [:]
        for element in sources.children {
            let index = counts[element.name, default: 0]
            counts[element.name] = index + 1
            let elementPath = path.appending(element.name, index: index)
            guard ["TextSource", "PDFSource", "PictureSource", "AudioSource", "VideoSource"].contains(element.name) else {
                context.ignore(element.name)
                continue
            }
            if let source = source(element, path: elementPath) { result.append(source) }
        }
        return result
    }

    private func source(_ element: XMLElement, path: ElementPath) -> ImportedSource? {
        guard let guid = context.guid(of: element, path: path) else { return nil }
        let name = element.attribute("name").flatMap { $0.isEmpty ? nil : $0 } ?? guid
        var source = ImportedSource(guid: guid, name: name)
        var counts: [String: Int] = [:]
        for child in element.children {
            let index = counts[child.name, default: 0]
            counts[child.name] = index + 1
            let childPath = path.appending(child.name, index: index)
            switch (element.name, child.name) {
            case (_, "Description"), ("TextSource", "PlainTextContent"):
                break
            case ("TextSource", "PlainTextSelection"):
                break  // cut together below, in one pass over the text
            case (_, "Coding"):
                coding(child, path: childPath, evidence: wholeSource(name), into: &source)
            case (_, "NoteRef"):
                if let note = context.guid(of: child, path: childPath, attribute: "targetGUID") {
                    source.noteRefs.append((note, nil, child, childPath))
                }
            case (_, "VariableValue"):
                source.variableValues.append((child, childPath))
            case ("PDFSource", "Representation"):
                if let inner = context.guid(of: child, path: childPath) { source.innerGUIDs.append(inner) }
                textSelections(of: child, path: childPath, into: &source)
                for grandchild in child.children where !["PlainTextSelection", "PlainTextContent", "Description"].contains(grandchild.name) {
                    context.ignore("Representation/" + grandchild.name)
                }
            case ("PDFSource", "PDFSelection"):
                region(child, path: childPath, into: &source) { e, p in
                    guard let page = context.integer("page", of: e, path: p), let box = box(e, p) else { return nil }
                    return "p. \(page) \(box)"
                }
            case ("PictureSource", "PictureSelection"):
                region(child, path: childPath, into: &source) { e, p in box(e, p) }
            case ("AudioSource", "AudioSelection"), ("VideoSource", "VideoSelection"):
                region(child, path: childPath, into: &source) { e, p in
                    guard let begin = context.integer("begin", of: e, path: p),
                          let end = context.integer("end", of: e, path: p) else { return nil }
                    return "\(begin)–\(end) ms"
                }
            case ("AudioSource", "Transcript"), ("VideoSource", "Transcript"):
                if let inner = context.guid(of: child, path: childPath) { source.innerGUIDs.append(inner) }
                for (selection, selectionPath) in child.children("TranscriptSelection", under: childPath) {
                    region(selection, path: selectionPath, into: &source) { _, _ in "transcript" }
                }
                for grandchild in child.children where grandchild.name != "TranscriptSelection" {
                    context.ignore("Transcript/" + grandchild.name)
                }
            default:
                context.ignore(child.name)
            }
        }
        if element.name == "TextSource" {
            textSelections(of: element, path: path, into: &source)
        }
        return source
    }

    private func box(_ element: XMLElement, _ path: ElementPath) -> String? {
        guard let x1 = context.integer("firstX", of: element, path: path),
              let y1 = context.integer("firstY", of: element, path: path),
              let x2 = context.integer("secondX", of: element, path: path),
              let y2 = context.integer("secondY", of: element, path: path) else { return nil }
        return "(\(x1),\(y1))–(\(x2),\(y2))"
    }

    private func wholeSource(_ name: String) -> Evidence {
        Evidence(quote: "", gloss: "", section: SectionRef(number: "all", title: name))
    }

    /// A selection that is not text (a PDF or picture region, a stretch of audio or video): evidence
    /// with its position and no quote.
    private func region(_ element: XMLElement, path: ElementPath, into source: inout ImportedSource,
                        position: (XMLElement, ElementPath) -> String?) {
        guard let guid = context.guid(of: element, path: path), let place = position(element, path) else { return }
        let evidence = Evidence(quote: "", gloss: memo(of: element),
                                section: SectionRef(number: place, title: source.name))
        selection(element, guid: guid, path: path, evidence: evidence, into: &source)
    }

    /// The `<PlainTextSelection>`s of a text source (or a PDF's text representation), cut from its text.
    private func textSelections(of element: XMLElement, path: ElementPath, into source: inout ImportedSource) {
        let selections = element.children("PlainTextSelection", under: path)
        guard !selections.isEmpty else { return }
        guard let text = plainText(of: element, path: path) else { return }
        var ranges: [Range<Int>] = []
        var valid: [(element: XMLElement, path: ElementPath, guid: String, range: Range<Int>)] = []
        for (selection, selectionPath) in selections {
            guard let guid = context.guid(of: selection, path: selectionPath),
                  let start = context.integer("startPosition", of: selection, path: selectionPath),
                  let end = context.integer("endPosition", of: selection, path: selectionPath) else { continue }
            guard start >= 0, start <= end, end <= text.length else {
                context.report("the selection \(start)–\(end) lies outside its text (\(text.length) characters)",
                               at: selection, path: selectionPath)
                // Known all the same, so references to it do not add errors of their own.
                source.selections.append((guid, source.codings.count..<source.codings.count, wholeSource(source.name)))
                continue
            }
            ranges.append(start..<end)
            valid.append((selection, selectionPath, guid, start..<end))
        }
        for (quote, item) in zip(text.cut(ranges), valid) {
            let evidence = Evidence(quote: quote, gloss: memo(of: item.element),
                                    section: section(of: item.element, range: item.range, source: source.name))
            selection(item.element, guid: item.guid, path: item.path, evidence: evidence, into: &source)
        }
    }

    /// A selection's name written as `§NUMBER TITLE` (as caseql exports it) is the evidence's section;
    /// otherwise the section is the source and the position.
    private func section(of selection: XMLElement, range: Range<Int>, source: String) -> SectionRef {
        if let name = selection.attribute("name"), name.hasPrefix("§") {
            let body = name.dropFirst()
            let number = body.prefix { $0 != " " }
            // The writer keeps a number's own spaces as U+00A0 (ProjectWriter.sectionName).
            return SectionRef(number: String(number.map { $0 == "\u{A0}" ? " " : $0 }),
                              title: String(body.dropFirst(number.count + 1)))
        }
        return SectionRef(number: "\(range.lowerBound)–\(range.upperBound)", title: source)
    }

    private func memo(of selection: XMLElement) -> String {
        selection.child("Description")?.text ?? ""
    }

    private func selection(_ element: XMLElement, guid: String, path: ElementPath, evidence: Evidence,
                           into source: inout ImportedSource) {
        let first = source.codings.count
        for (child, childPath) in element.children("Coding", under: path) {
            coding(child, path: childPath, evidence: evidence, into: &source, selection: element)
        }
        source.selections.append((guid, first..<source.codings.count, evidence))
        for (ref, refPath) in element.children("NoteRef", under: path) {
            if let note = context.guid(of: ref, path: refPath, attribute: "targetGUID") {
                source.noteRefs.append((note, evidence, ref, refPath))
            }
        }
        for child in element.children where !["Coding", "NoteRef", "Description", "Representation"].contains(child.name) {
            context.ignore(element.name + "/" + child.name)
        }
    }

    private func coding(_ element: XMLElement, path: ElementPath, evidence: Evidence, into source: inout ImportedSource,
                        selection: XMLElement? = nil) {
        guard let ref = element.child("CodeRef") else {
            context.report("<Coding> has no <CodeRef>", at: element, path: path)
            return
        }
        let refPath = path.appending("CodeRef")
        guard let key = context.guid(of: ref, path: refPath, attribute: "targetGUID") else { return }
        guard let target = codes[key] else {
            context.report("no code has the GUID \(ref.attribute("targetGUID") ?? key)", at: ref, path: refPath)
            return
        }
        let user = element.attribute("creatingUser") ?? selection?.attribute("creatingUser")
        let date = element.attribute("creationDateTime") ?? selection?.attribute("creationDateTime")
        source.codings.append(SourceCoding(code: target, evidence: evidence, user: user.flatMap(GUID.key), date: date))
    }

    /// The plain text of a text source: inline `<PlainTextContent>` or the file `plainTextPath` names
    /// (UTF-8, a byte-order mark dropped: it is not part of the text).
    private func plainText(of element: XMLElement, path: ElementPath) -> PlainText? {
        if let content = element.child("PlainTextContent") {
            return PlainText(utf8: Array(content.text.utf8))
        }
        guard let reference = element.attribute("plainTextPath") else {
            context.report("<\(element.name)> has selections but no plain text (no plainTextPath or <PlainTextContent>)",
                           at: element, path: path)
            return nil
        }
        var bytes: [UInt8]
        do {
            bytes = try files.contents(of: reference)
        } catch {
            switch error {
            case .missing(let file):
                context.report("the source file \(file) (plainTextPath \(reference)) is missing", at: element, path: path)
            case .unreadable(let file, let why):
                context.report("the source file \(file) \(why)", at: element, path: path)
            }
            return nil
        }
        if bytes.starts(with: XMLParser.byteOrderMark) { bytes.removeFirst(XMLParser.byteOrderMark.count) }
        guard String(validating: bytes, as: UTF8.self) != nil else {
            context.report("the source file \(reference) is not UTF-8 text", at: element, path: path)
            return nil
        }
        if crlfIsOneCharacter { bytes = Self.joiningCRLF(bytes) }
        return PlainText(utf8: bytes)
    }

    private static func joiningCRLF(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        for (i, b) in bytes.enumerated() where !(b == 0x0D && i + 1 < bytes.count && bytes[i + 1] == 0x0A) {
            result.append(b)
        }
        return result
    }
}
