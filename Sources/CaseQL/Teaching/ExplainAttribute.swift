import CaseModel
import QueryResult

/// `explain ATTRIBUTE`: its labels, kind and description, and the values the cases take.
extension Interpreter {
    func explainAttribute(_ ref: Resolver.AttributeRef) -> Document {
        guard case .attribute(let a) = ref else {
            let example = Interpreter.quotedName(index.names.first ?? "NAME")
            var queries = ["select \(study.caseNoun) order by name"]
            if let name = index.names.first {
                let word = name.split(separator: " ").first.map(String.init) ?? name
                queries.append("select \(study.caseNoun) where name contains \(Interpreter.quotedString(word.lowercased()))")
            }
            let blocks: [Block] = [
                .heading(level: 1, [.name(Vocabulary.nameAttribute, id: Vocabulary.nameAttribute), .plain(say(.explainNameTitle, caseSingular))]),
                .definitions([Definition(say(.termKind), say(.explainNameKind))]),
                .paragraph(phrase(.explainNameHow, .code("describe \(example)"))),
                tryThese(queries),
            ]
            return Document(blocks, data: .record([("kind", .string("attribute")), ("id", .string(Vocabulary.nameAttribute)),
                                                   ("type", .string("text")), ("queries", strings(queries))]))
        }
        let attribute = index.attributes[a]
        var blocks: [Block] = [title(attribute.id, attribute.labels)]
        var definitions = [Definition(say(.termKind), kindDescription(attribute.kind))]
        if !attribute.aliases.isEmpty { definitions.append(Definition(say(.termAlso), attribute.aliases.joined(separator: ", "))) }
        blocks.append(.definitions(definitions))
        blocks += paragraphs(attribute.description, heading: say(.teachDescription))
        let runner = QueryRunner(index: index, caseNoun: study.caseNoun, language: language)
        var items: [ListItem] = []
        var values: [DataValue] = []
        if case .enumeration(let codes) = index.columns[a] {
            var counts = [Int](repeating: 0, count: attribute.values.count)
            var missing = 0
            for code in codes {
                if code >= 0, Int(code) < counts.count { counts[Int(code)] += 1 } else { missing += 1 }
            }
            for (v, value) in attribute.values.enumerated() {
                items.append(ListItem([.name(value.id, id: value.id), .plain("  " + bilingual(value.labels))], count: counts[v]))
                values.append(.record([("id", .string(value.id)), ("labels", data(value.labels)), ("cases", .integer(counts[v]))]))
            }
            if missing > 0 {
                items.append(ListItem([.plain(say(.teachNotGiven))], count: missing))
                values.append(.record([("id", .null), ("cases", .integer(missing))]))
            }
        } else {
            let groups = runner.groups(of: .all(index.count), by: .attribute(a))
            for group in groups.prefix(Interpreter.listedCases) {
                items.append(ListItem([.plain(group.label)], count: group.members.count))
                values.append(.record([("value", .string(group.label)), ("cases", .integer(group.members.count))]))
            }
            if groups.count > Interpreter.listedCases {
                items.append(ListItem([.plain(say(.explainMoreValues, String(groups.count - Interpreter.listedCases)))]))
            }
        }
        blocks.append(.section(Section([.plain(say(.explainValues, study.caseNoun))], [.list(List(items))])))
        var queries = ["count \(study.caseNoun) group by \(attribute.id)"]
        if let example = exampleCondition(attribute: a) {
            queries.append("select \(study.caseNoun) where \(example)")
        }
        blocks.append(tryThese(queries))
        let payload = DataValue.record([
            ("kind", .string("attribute")), ("id", .string(attribute.id)), ("labels", data(attribute.labels)),
            ("type", .string(attribute.kind.rawValue)), ("aliases", strings(attribute.aliases)),
            ("description", data(attribute.description)), ("values", .array(values)), ("queries", strings(queries)),
        ])
        return Document(blocks, data: payload)
    }

    func kindDescription(_ kind: AttributeKind) -> String {
        switch kind {
        case .text: return say(.kindText)
        case .number: return say(.kindNumber)
        case .range: return say(.kindRange)
        case .enumeration: return say(.kindEnumeration)
        }
    }

    /// A condition on the attribute that holds for at least one case, for examples: the most
    /// common value or band, the median number, a word of some case's text. One pass over the
    /// column (and a sorted sample for the median), so help stays instant on a million cases.
    func exampleCondition(attribute a: Int) -> String? {
        let attribute = index.attributes[a]
        switch index.columns[a] {
        case .enumeration(let codes):
            guard let v = Interpreter.mostCommon(codes, below: attribute.values.count) else { return nil }
            return "\(attribute.id) = \(Interpreter.quotedName(attribute.values[v].id))"
        case .number(let column):
            let sample = column.lazy.filter { !$0.isNaN }.prefix(10_001).sorted()
            guard !sample.isEmpty else { return nil }
            return "\(attribute.id) >= \(Cell.format(sample[sample.count / 2]))"
        case .range(_, _, let codes, let dictionary):
            guard let band = Interpreter.mostCommon(codes, below: dictionary.count) else { return nil }
            return "\(attribute.id) = \(Interpreter.quotedString(dictionary[band]))"
        case .text(let codes, let dictionary):
            guard let code = codes.first(where: { $0 >= 0 && Int($0) < dictionary.count }) else { return nil }
            let value = dictionary[Int(code)]
            let text = value.en.isEmpty ? value.zh : value.en
            let words: [Substring] = text.split(separator: " " as Character)
            let word = words.max { $0.count < $1.count }.map { String($0) } ?? text
            return word.isEmpty ? nil : "\(attribute.id) contains \(Interpreter.quotedString(word))"
        }
    }

    /// The most frequent code in `0..<limit`, the first on ties; nil when no code is in range.
    static func mostCommon(_ codes: [Int32], below limit: Int) -> Int? {
        var counts = [Int](repeating: 0, count: max(0, limit))
        for code in codes where code >= 0 && Int(code) < limit { counts[Int(code)] += 1 }
        guard let best = counts.indices.max(by: { (counts[$0], -$0) < (counts[$1], -$1) }), counts[best] > 0 else { return nil }
        return best
    }
}

extension Interpreter {
    /// A string literal for a query: single quotes, doubled inside.
    static func quotedString(_ s: String) -> String {
        "'" + s.replacingAll("'", with: "''") + "'"
    }
}
