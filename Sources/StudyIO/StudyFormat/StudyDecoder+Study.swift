import CaseModel
extension StudyDecoder {
    static let studyKeys = ["format", "title", "caseNoun", "attributes", "taxonomy", "cases"]

    func decodeStudy(_ root: JSONNode) -> Study? {
        // A newer format may mean anything; its other "errors" would only be noise.
        if case .object(let members) = root.content, let format = members.first(where: { $0.key == "format" }),
           !checkFormat(format.value) {
            return nil
        }
        guard let fields = object(root, required: Self.studyKeys, optional: ["source", "notes"]) else { return nil }
        let title = field(fields, "title", localizedText)
        let source = field(fields, "source", string)
        let caseNoun = field(fields, "caseNoun", caseNoun)
        // Declarations first: the cases are checked against them.
        let attributes = field(fields, "attributes") { node in
            array(node, attributeDefinition)
        }
        let taxonomy = field(fields, "taxonomy", taxonomy)
        let cases = field(fields, "cases", cases)
        let notes = field(fields, "notes") { node in array(node, note) }
        guard let title, let caseNoun, let attributes, let taxonomy, let cases,
              fields["source"] == nil || source != nil, fields["notes"] == nil || notes != nil else { return nil }
        return Study(title: title, source: source ?? "", caseNoun: caseNoun, attributes: attributes,
                     taxonomy: taxonomy, cases: cases, notes: notes ?? [])
    }

    /// True when the version is one this code reads.
    private func checkFormat(_ node: JSONNode) -> Bool {
        at(.key("format")) {
            guard let version = number(node) else { return true }
            if version == Double(Study.formatVersion) { return true }
            if version > Double(Study.formatVersion), version == version.rounded() {
                report("format \(JSONWriter.format(version)) was written by a newer caseql; this one reads format \(Study.formatVersion)",
                       at: node.position)
                return false
            }
            report("unsupported format \(JSONWriter.format(version)) (this caseql reads format \(Study.formatVersion))",
                   at: node.position)
            return true
        }
    }

    /// The plural noun of queries (`firms`): one word, since queries use it unquoted.
    private func caseNoun(_ node: JSONNode) -> String? {
        guard let noun = nonEmptyString(node) else { return nil }
        let isWordCharacter = { (c: Unicode.Scalar) in c == "_" || c.properties.isAlphabetic || ("0"..."9").contains(c) }
        guard noun.unicodeScalars.allSatisfy(isWordCharacter),
              let first = noun.unicodeScalars.first, !("0"..."9").contains(first) else {
            report("caseNoun '\(noun)' must be a single word (letters, digits and '_')", at: node.position)
            return nil
        }
        return noun
    }

    // MARK: Shared pieces

    /// `{"number": "3.3", "title": "社会融资渠道"}`.
    func section(_ node: JSONNode) -> SectionRef? {
        guard let fields = object(node, required: ["number", "title"]) else { return nil }
        guard let number = field(fields, "number", string), let title = field(fields, "title", string) else { return nil }
        return SectionRef(number: number, title: title)
    }

    /// `{"quote": …, "gloss": …, "section": …}`.
    func evidence(_ node: JSONNode) -> Evidence? {
        guard let fields = object(node, required: ["quote", "section"], optional: ["gloss"]) else { return nil }
        let quote = field(fields, "quote", nonEmptyString)
        let gloss = field(fields, "gloss", string)
        let section = field(fields, "section", section)
        guard let quote, let section, fields["gloss"] == nil || gloss != nil else { return nil }
        return Evidence(quote: quote, gloss: gloss ?? "", section: section)
    }

    func evidenceList(_ node: JSONNode) -> [Evidence]? {
        array(node, evidence)
    }

    /// `{"kind": …, "text": …, "evidence": […]}`.
    func note(_ node: JSONNode) -> Note? {
        guard let fields = object(node, required: ["kind", "text", "evidence"]) else { return nil }
        let kind = field(fields, "kind", noteKind)
        let text = field(fields, "text", localizedText)
        let evidence = field(fields, "evidence", evidenceList)
        guard let kind, let text, let evidence else { return nil }
        return Note(kind: kind, text: text, evidence: evidence)
    }

    private func noteKind(_ node: JSONNode) -> Note.Kind? {
        guard let name = string(node) else { return nil }
        if let kind = Note.Kind(rawValue: name) { return kind }
        let kinds = Note.Kind.allCases.map(\.rawValue)
        report("unknown note kind '\(name)'" + didYouMean(name, among: kinds, otherwise: kinds), at: node.position)
        return nil
    }

    /// " (did you mean 'x'?)", or failing a close match the list of choices when it is short.
    func didYouMean(_ name: String, among candidates: [String], otherwise choices: [String] = []) -> String {
        if let suggestion = Suggestions.closest(to: name, among: candidates) { return " (did you mean '\(suggestion)'?)" }
        if !choices.isEmpty { return " (expected " + choices.map { "'\($0)'" }.joined(separator: ", ") + ")" }
        return ""
    }

    /// Claims a thing's id, labels and aliases in `registry`, reporting each name another thing has.
    func claimNames(kind: String, id: String, idPosition: JSONPosition, labels: LocalizedText?,
                    labelsPosition: JSONPosition?, aliases: [(name: String, position: JSONPosition)]?,
                    in registry: inout NameRegistry) {
        func claim(_ name: String, at position: JSONPosition, _ components: [JSONPath.Component]) {
            guard !name.isEmpty, let other = registry.claim(name, kind: kind, id: id) else { return }
            report("'\(name)' names both \(other) and \(NameRegistry.owner(kind, id))", at: position, components: components)
        }
        claim(id, at: idPosition, [.key("id")])
        if let labels, let labelsPosition {
            claim(labels.en, at: labelsPosition, [.key("labels")])
            claim(labels.zh, at: labelsPosition, [.key("labels")])
        }
        for (i, alias) in (aliases ?? []).enumerated() {
            claim(alias.name, at: alias.position, [.key("aliases"), .index(i)])
        }
    }
}
