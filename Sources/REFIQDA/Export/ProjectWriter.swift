import CaseModel
import Foundation

/// A study as a REFI-QDA project: the codebook from the taxonomy, a variable per attribute, a case
/// per case with its attribute values, and per case one text source holding its evidence quotes one
/// paragraph each, with a coding at the exact position of every quote. The selection's name is the
/// evidence's section (`§3.3 社会融资渠道`), its description the gloss, so a caseql import gets both back.
struct ProjectWriter {
    /// Inline `<PlainTextContent>` (a bare `.qde`) or `internal://GUID.txt` files (a `.qdpx`).
    var inlineText: Bool
    /// Entry path → text, the files a `.qdpx` holds beside its project.
    private(set) var files: [(path: String, text: String)] = []

    init(inlineText: Bool) {
        self.inlineText = inlineText
    }

    mutating func write(_ study: Study) -> String {
        var xml = XMLText()
        let title = study.title.text(in: .en)
        xml.start("Project", [("xmlns", "urn:QDA-XML:project:1.0"), ("name", title.isEmpty ? "caseql study" : title),
                              ("origin", "caseql")])
        var codebook = CodebookWriter()
        if !study.taxonomy.dimensions.isEmpty {
            xml.start("CodeBook")
            codebook.write(study.taxonomy, into: &xml)
            xml.end()
        }
        let variables = self.variables(study, into: &xml)
        let caseGUIDs = study.cases.map { CodebookWriter.guid(aliases: $0.aliases, seed: "case:" + $0.name) }
        if !study.cases.isEmpty {
            xml.start("Cases")
            for (kase, guid) in zip(study.cases, caseGUIDs) {
                xml.start("Case", [("guid", guid), ("name", kase.name)])
                for code in kase.codes where code.evidence.isEmpty {
                    if let target = codebook.guids[code.category] { xml.start("CodeRef", [("targetGUID", target)], empty: true) }
                }
                for attribute in study.attributes {
                    guard let value = kase.attributes[attribute.id], let variable = variables[attribute.id] else { continue }
                    writeValue(value, variable: variable, attribute: attribute, into: &xml)
                }
                xml.start("SourceRef", [("targetGUID", GUID.derived(from: "source:" + guid))], empty: true)
                xml.end()
            }
            xml.end()
        }
        var notes: [(guid: String, note: Note)] = []
        if !study.cases.isEmpty {
            xml.start("Sources")
            for (kase, guid) in zip(study.cases, caseGUIDs) {
                let caseNotes = kase.notes.enumerated().map { (GUID.derived(from: "note:\(guid):\($0.offset)"), $0.element) }
                source(kase, guid: GUID.derived(from: "source:" + guid), codebook: codebook, notes: caseNotes, into: &xml)
                notes += caseNotes
            }
            xml.end()
        }
        let studyNotes = study.notes.enumerated().map { (GUID.derived(from: "study-note:\($0.offset)"), $0.element) }
        notes += studyNotes
        if !notes.isEmpty {
            xml.start("Notes")
            for (guid, note) in notes {
                xml.start("Note", [("guid", guid), ("name", note.kind.rawValue)])
                xml.leaf("PlainTextContent", note.text.text(in: .en))
                xml.end()
            }
            xml.end()
        }
        if !study.source.isEmpty { xml.leaf("Description", study.source) }
        for (guid, _) in studyNotes { xml.start("NoteRef", [("targetGUID", guid)], empty: true) }
        xml.end()
        return xml.text
    }

    /// Attribute id → (GUID, REFI-QDA type) of its variable.
    private func variables(_ study: Study, into xml: inout XMLText) -> [String: (guid: String, type: String)] {
        guard !study.attributes.isEmpty else { return [:] }
        var result: [String: (String, String)] = [:]
        xml.start("Variables")
        for attribute in study.attributes {
            let guid = CodebookWriter.guid(aliases: attribute.aliases, seed: "attribute:" + attribute.id)
            let type: String
            switch attribute.kind {
            case .number:
                let integral = study.cases.allSatisfy { kase in
                    guard case .number(let n)? = kase.attributes[attribute.id] else { return true }
                    return n == n.rounded() && abs(n) < 9e15
                }
                type = integral ? "Integer" : "Float"
            case .enumeration where Set(attribute.values.map(\.id)) == ["true", "false"]: type = "Boolean"
            case .text, .range, .enumeration: type = "Text"
            }
            result[attribute.id] = (guid, type)
            let label = attribute.labels.text(in: .en)
            xml.start("Variable", [("guid", guid), ("name", label.isEmpty ? attribute.id : label), ("typeOfVariable", type)],
                      empty: attribute.description.isEmpty)
            if !attribute.description.isEmpty {
                xml.leaf("Description", attribute.description.text(in: .en))
                xml.end()
            }
        }
        xml.end()
        return result
    }

    private func writeValue(_ value: AttributeValue, variable: (guid: String, type: String), attribute: AttributeDefinition,
                            into xml: inout XMLText) {
        let text: String
        switch value {
        case .text(let t): text = t.text(in: .en)
        case .number(let n): text = variable.type == "Integer" ? String(Int64(n)) : Self.decimal(n)
        case .range(_, _, let printed): text = printed
        case .value(let id): text = id
        }
        xml.start("VariableValue")
        xml.start("VariableRef", [("targetGUID", variable.guid)], empty: true)
        xml.leaf(variable.type + "Value", text)
        xml.end()
    }

    /// An xsd:decimal: whole numbers without a fraction, others in the shortest form that reads back
    /// as the same Double, and never an exponent (`1e-05` is written `0.00001`).
    static func decimal(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 9_007_199_254_740_992 { return String(Int64(number)) }
        let shortest = number.description
        guard shortest.contains("e") else { return shortest }
        var fixed = String(format: "%.17f", number)
        while fixed.hasSuffix("0") { fixed.removeLast() }
        if fixed.hasSuffix(".") { fixed.removeLast() }
        return fixed
    }

    /// The case's evidence as one text: each distinct passage a paragraph, coded for every code it
    /// is evidence of.
    private mutating func source(_ kase: Case, guid: String, codebook: CodebookWriter, notes: [(String, Note)],
                                 into xml: inout XMLText) {
        var passages: [Evidence] = []
        var codesOf: [Evidence: [String]] = [:]
        for code in kase.codes {
            for evidence in code.evidence {
                if codesOf[evidence] == nil { passages.append(evidence) }
                codesOf[evidence, default: []].append(code.category)
            }
        }
        var text = ""
        var position = 0
        var ranges: [Range<Int>] = []
        for evidence in passages {
            if !text.isEmpty {
                text += "\n\n"
                position += 2
            }
            let quote = XMLText.representable(evidence.quote)
            let length = quote.unicodeScalars.count
            ranges.append(position..<(position + length))
            text += quote
            position += length
        }
        var attributes: [(String, String?)] = [("guid", guid), ("name", kase.name)]
        if !inlineText {
            let textGUID = GUID.derived(from: "text:" + guid)
            attributes.append(("plainTextPath", "internal://\(textGUID).txt"))
            files.append(("sources/\(textGUID).txt", text))
        }
        xml.start("TextSource", attributes)
        if inlineText { xml.leaf("PlainTextContent", text) }
        for (n, (evidence, range)) in zip(passages, ranges).enumerated() {
            let selection = GUID.derived(from: "selection:\(guid):\(n)")
            xml.start("PlainTextSelection", [("guid", selection), ("name", Self.sectionName(evidence.section)),
                                             ("startPosition", String(range.lowerBound)),
                                             ("endPosition", String(range.upperBound))])
            if !evidence.gloss.isEmpty { xml.leaf("Description", evidence.gloss) }
            for (c, category) in codesOf[evidence, default: []].enumerated() {
                guard let target = codebook.guids[category] else { continue }
                xml.start("Coding", [("guid", GUID.derived(from: "coding:\(selection):\(c)"))])
                xml.start("CodeRef", [("targetGUID", target)], empty: true)
                xml.end()
            }
            xml.end()
        }
        for (noteGUID, _) in notes { xml.start("NoteRef", [("targetGUID", noteGUID)], empty: true) }
        xml.end()
    }
}

extension ProjectWriter {
    /// `§NUMBER TITLE`, with any space inside the number written as U+00A0, so the reader can tell
    /// where the number ends (`§p.\u{A0}3 (10,20)–(300,400) report.pdf` comes back as it went out).
    static func sectionName(_ section: SectionRef) -> String {
        let number = section.number.replacingOccurrences(of: " ", with: "\u{A0}")
        return section.title.isEmpty ? "§\(number)" : "§\(number) \(section.title)"
    }
}
