import CaseModel
extension GeneratedStudy {
    /// Streams the study in the JSON study format (docs/study-format.md), one case per line. A
    /// generated case has no evidence: its codes carry an empty list.
    public func writeJSON(to output: inout ByteOutput) {
        var json = JSONText()
        json.object { o in
            o.field("format") { $0.number(Study.formatVersion) }
            o.field("title") { $0.localized(title) }
            o.field("source") { $0.string(source) }
            o.field("caseNoun") { $0.string(caseNoun) }
            o.field("attributes") { $0.array(attributes) { $0.attribute($1) } }
            o.field("taxonomy") { t in
                t.object { $0.field("dimensions") { $0.array(taxonomy.dimensions) { $0.dimension($1) } } }
            }
        }
        // Reopen the object for the cases, which are streamed rather than built.
        json.text.removeLast()
        output.append(json.text + ",\n\"cases\": [")
        // Every repeated piece is encoded once; a case is then a run of byte copies.
        let leafCodes = leaves.map { Array(("{\"category\": " + JSONText.quoted(flat.nodes[$0].category.id) + ", \"evidence\": []}").utf8) }
        let keys = attributes.map { Array((JSONText.quoted($0.id) + ": ").utf8) }
        let values = plans.enumerated().map { a, plan in
            (0..<plan.valueCount).map { Array(JSONText.quoted(plan.text($0, attributes[a])).utf8) }
        }
        let namePrefix = Array(("{\"name\": \"" + self.namePrefix).utf8)
        let attributesOpen = Array("\", \"attributes\": {".utf8), codesOpen = Array("}, \"codes\": [".utf8)
        let separator = Array(", ".utf8)
        var stream = CaseStream(self)
        var first = true
        while !output.failed, stream.advance() {
            let kase = stream.current
            output.append(bytes: first ? [ASCII.lf] : [ASCII.comma, ASCII.lf])
            first = false
            output.append(bytes: namePrefix)
            output.append(integer: kase.index + 1, width: nameWidth)
            output.append(bytes: attributesOpen)
            var needsSeparator = false
            for (a, choice) in kase.choices.enumerated() where choice >= 0 {
                if needsSeparator { output.append(bytes: separator) }
                needsSeparator = true
                output.append(bytes: keys[a])
                if case .year = plans[a].values { output.append(integer: choice) } else { output.append(bytes: values[a][choice]) }
            }
            output.append(bytes: codesOpen)
            needsSeparator = false
            for (l, coded) in kase.coded.enumerated() where coded {
                if needsSeparator { output.append(bytes: separator) }
                needsSeparator = true
                output.append(bytes: leafCodes[l])
            }
            output.append(bytes: [UInt8(ascii: "]"), UInt8(ascii: "}")])
            output.flushIfFull()
        }
        output.append("\n]}\n")
        output.flush()
    }
}
