import CaseModel
import QueryResult

/// `explain ATTRIBUTE`: its labels, kind and description, and the values the cases take.
extension Interpreter {
    func explainAttribute(_ ref: Resolver.AttributeRef) -> String {
        var block = TextBlock()
        guard case .attribute(let a) = ref else {
            block.line("\(Vocabulary.nameAttribute) — the \(caseSingular)'s name")
            block.field("kind", "text; every study has it")
            block.wrapped("Names are written bare when they are plain words, quoted otherwise: "
                          + "describe \(Interpreter.quotedName(index.names.first ?? "NAME")). Spelling variants "
                          + "(aliases) resolve to the canonical name.", indent: "")
            block.gap()
            block.line("Try")
            block.line("  select \(study.caseNoun) order by name")
            if let name = index.names.first {
                let word = name.split(separator: " ").first.map(String.init) ?? name
                block.line("  select \(study.caseNoun) where name contains \(Interpreter.quotedString(word.lowercased()))")
            }
            return block.text
        }
        let attribute = index.attributes[a]
        block.line(heading(attribute.id, attribute.labels))
        block.field("kind", kindDescription(attribute.kind))
        if !attribute.aliases.isEmpty { block.field("also", attribute.aliases.joined(separator: ", ")) }
        paragraphs(attribute.description, heading: "Description", into: &block)
        block.gap()
        block.line("Values (\(study.caseNoun) with each)")
        let runner = QueryRunner(index: index, caseNoun: study.caseNoun, language: language)
        let groups = runner.groups(of: .all(index.count), by: .attribute(a))
        if case .enumeration(let codes) = index.columns[a] {
            var counts = [Int](repeating: 0, count: attribute.values.count)
            var missing = 0
            for code in codes {
                if code >= 0, Int(code) < counts.count { counts[Int(code)] += 1 } else { missing += 1 }
            }
            let names = attribute.values.map { "\($0.id)  \(bilingual($0.labels))" }
            let width = names.map(TextLayout.columns).max() ?? 0
            for (v, name) in names.enumerated() {
                block.line("  " + name.padding(toColumns: width + 2) + String(counts[v]))
            }
            if missing > 0 { block.line("  " + QueryRunner.noValue.padding(toColumns: width + 2) + String(missing)) }
        } else {
            let shown = groups.prefix(Interpreter.listedCases)
            let width = shown.map { TextLayout.columns($0.label) }.max() ?? 0
            for group in shown {
                block.line("  " + group.label.padding(toColumns: width + 2) + String(group.members.count))
            }
            if groups.count > Interpreter.listedCases {
                block.line("  … and \(groups.count - Interpreter.listedCases) more values")
            }
        }
        block.gap()
        block.line("Try")
        block.line("  count \(study.caseNoun) group by \(attribute.id)")
        if let example = exampleCondition(attribute: a) {
            block.line("  select \(study.caseNoun) where \(example)")
        }
        return block.text
    }

    func kindDescription(_ kind: AttributeKind) -> String {
        switch kind {
        case .text: return "text (= compares whole values, 'contains' searches both languages)"
        case .number: return "number (=, !=, <, <=, >, >=, between)"
        case .range: return "band of numbers such as '11~50' (= matches the band; < and > hold for every value in it)"
        case .enumeration: return "one of a list of values (=, !=, in; English, Chinese and codes all work)"
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
