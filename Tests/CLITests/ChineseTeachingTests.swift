import CaseModel
import Foundation
import Testing
import CaseQL
import StudyIO
import TestSupport

/// Under `--lang zh` the teaching statements (explain, describe, why, show, tour) read in Chinese:
/// what is left in English is the study's data — names, English labels beside the Chinese ones,
/// verbatim quotes, and text the study records only in English, which Chinese output marks
/// (英文：…, 英译：…).
@Suite struct ChineseTeachingTests {
    static let study = BuiltinStudy.load()

    /// English the study itself holds: case names and aliases, labels, aliases and values of the
    /// taxonomy and attributes. Longest first, so a label is removed before a word inside it.
    static let englishData: [String] = {
        var data: Set<String> = []
        func add(_ labels: LocalizedText) { if !labels.en.isEmpty { data.insert(labels.en) } }
        for dimension in study.taxonomy.dimensions {
            add(dimension.labels)
            data.formUnion(dimension.aliases)
        }
        var categories = study.taxonomy.dimensions.flatMap(\.categories)
        while let category = categories.popLast() {
            add(category.labels)
            data.formUnion(category.aliases)
            categories += category.children
        }
        for attribute in study.attributes {
            add(attribute.labels)
            data.formUnion(attribute.aliases)
            for value in attribute.values { add(value.labels) }
        }
        for kase in study.cases {
            data.insert(kase.name)
            data.formUnion(kase.aliases)
            for case .text(let text) in kase.attributes.values { add(text) }
            for fact in kase.facts { add(fact.label) }
        }
        add(study.title)
        return data.sorted { $0.count > $1.count }
    }()

    /// The output with the study's data taken out: what is left is the interface's prose.
    static func prose(_ output: String) -> String {
        output.split(separator: "\n", omittingEmptySubsequences: false).map { raw -> String in
            var line = String(raw)
            // Marked English data runs to the end of its line.
            for marker in ["英文", "英译"] {
                if let r = line.range(of: marker) { line = String(line[..<r.lowerBound]) }
            }
            // Verbatim quotes, closed or cut short with "…".
            while let open = line.firstIndex(of: "“") {
                let close = line[open...].firstIndex(of: "”").map { line.index(after: $0) } ?? line.endIndex
                line.replaceSubrange(open..<close, with: "‹›")
            }
            // Most lines have no English left: only those are searched for the study's data.
            guard !ChineseHelpTests.englishProse(in: line).isEmpty else { return line }
            for data in englishData where line.contains(data) {
                line = line.replacingOccurrences(of: data, with: "·")
            }
            return line
        }.joined(separator: "\n")
    }

    /// Every teaching statement, on every dimension, category, attribute and case of the study.
    static var statements: [String] {
        let taxonomy = FlatTaxonomy(study.taxonomy)
        let names = study.cases.map { "'" + $0.name.replacingOccurrences(of: "'", with: "''") + "'" }
        var statements = ["tour", "show taxonomy", "show dimensions", "show categories", "show firms", "show attributes",
                          "show notes", "show study", "explain name"]
        statements += (1...taxonomy.dimensions.count + 2).map { "tour \($0)" }
        statements += taxonomy.dimensions.map { "explain \($0.id)" }
        statements += taxonomy.dimensions.map { "show categories \($0.id)" }
        statements += taxonomy.nodes.map { "explain \($0.category.id)" }
        statements += study.attributes.map { "explain \($0.id)" }
        statements += names.map { "describe \($0)" }
        // Every case on every dimension; every category on a few cases (coded, through a sub-category,
        // not coded, with a candidate: the built-in study has each kind among them).
        for name in names { statements += taxonomy.dimensions.map { "why \(name) \($0.id)" } }
        for name in names.prefix(6) { statements += taxonomy.nodes.map { "why \(name) \($0.category.id)" } }
        return statements
    }

    @Test func teachingStatementsAreChinese() throws {
        // One line per paragraph: the check reads whole sentences, not wrapped halves.
        let result = try CaseQLBinary.run(["--lang", "zh", "-c", Self.statements.joined(separator: "\n")],
                                          environment: ["COLUMNS": "100000"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.count > 100_000)
        let english = ChineseHelpTests.englishProse(in: Self.prose(result.stdout))
        #expect(english.isEmpty, "untranslated: \(english.prefix(20))")
    }

    @Test func theDoneWhenStatementsAreChinese() throws {
        for statement in ["explain crowdfunding", "tour"] {
            let result = try CaseQLBinary.run(["--lang", "zh", "-c", statement], environment: ["COLUMNS": "100000"])
            #expect(result.status == 0)
            let english = ChineseHelpTests.englishProse(in: Self.prose(result.stdout))
            #expect(english.isEmpty, "\(statement): \(english)")
        }
    }

    /// The check finds English where there is some: the same statements in English fail it.
    @Test func theCheckFindsEnglish() throws {
        let result = try CaseQLBinary.run(["-c", "explain crowdfunding\ntour 1\nshow study"], environment: ["COLUMNS": "100000"])
        #expect(ChineseHelpTests.englishProse(in: Self.prose(result.stdout)).count >= 3)
    }

    @Test func errorsOfTeachingStatementsAreChinese() throws {
        let result = try CaseQLBinary.run(["--lang", "zh", "-c", "explain NAVYA", "-c", "show nothing", "-c", "explain Germany"])
        #expect(result.status != 0)
        let english = ChineseHelpTests.englishProse(in: Self.prose(result.stderr))
        #expect(english.isEmpty, "untranslated: \(english)")
    }
}
