import Foundation
import Testing
@testable import CaseQL

/// Keeps `Grammar/caseql.ebnf` and the parser in agreement: the grammar's keywords are the lexer's,
/// every statement form of the grammar has a sample that parses to that form, and every form the
/// parser produces is in the grammar.
@Suite struct GrammarTests {
    static let grammar: String = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Grammar/caseql.ebnf")
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }()

    /// The text of a rule, from `name =` to its closing `;` (comments removed).
    static func rule(_ name: String) -> String {
        var text = grammar
        while let open = text.range(of: "(*"), let close = text.range(of: "*)", range: open.upperBound..<text.endIndex) {
            text.removeSubrange(open.lowerBound..<close.upperBound)
        }
        guard let start = text.range(of: "\n\(name) ") ?? text.range(of: "\n\(name)=") else { return "" }
        let rest = text[start.upperBound...]
        guard let equals = rest.firstIndex(of: "=") else { return "" }
        var end = rest.index(after: equals)
        var quote: Character?
        while end < rest.endIndex {
            let c = rest[end]
            if let q = quote { if c == q { quote = nil } } else if c == "\"" || c == "'" { quote = c } else if c == ";" { break }
            end = rest.index(after: end)
        }
        return String(rest[rest.index(after: equals)..<end])
    }

    static func terminals(_ text: String) -> Set<String> {
        var result = Set<String>()
        var rest = Substring(text)
        while let open = rest.firstIndex(where: { $0 == "\"" || $0 == "'" }) {
            let quote = rest[open]
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: quote) else { break }
            result.insert(String(after[..<close]))
            rest = after[after.index(after: close)...]
        }
        return result
    }

    @Test func grammarFileIsThere() {
        #expect(GrammarTests.grammar.contains("statement"))
    }

    @Test func keywordsAgree() {
        let grammarKeywords = GrammarTests.terminals(GrammarTests.rule("keyword"))
        #expect(grammarKeywords == Set(Keyword.allCases.map(\.rawValue)))
    }

    @Test func everyWordTerminalIsAKeywordOrAContextualWord() {
        let contextual = Set(ShowTarget.words + ["cutoff"])
        let rules = ["script", "statement", "query", "sortkey", "truthtable", "explain", "describe", "why", "show", "crosstab", "help", "tour",
                     "condition", "conjunction", "negation", "primary", "comparison", "value", "noun", "name"]
        let words = rules.flatMap { GrammarTests.terminals(GrammarTests.rule($0)) }.filter { $0.first?.isLetter == true }
        #expect(words.count > 20)
        for word in words {
            #expect(Keyword(rawValue: word) != nil || contextual.contains(word), "'\(word)' in the grammar is no keyword")
        }
    }

    /// One sample per statement form the grammar lists, with the kind the parser must produce.
    static let samples: [String: (String, @Sendable (Statement) -> Bool)] = [
        "query": ("select firms where has org order by founded desc limit 2", { if case .query = $0 { true } else { false } }),
        "explain": ("explain crowdfunding", { if case .explain = $0 { true } else { false } }),
        "describe": ("describe 'NOVA INNOVATION'", { if case .describe = $0 { true } else { false } }),
        "why": ("why TESVOLT inventor_executive", { if case .why = $0 { true } else { false } }),
        "show": ("show categories financing", { if case .show = $0 { true } else { false } }),
        "crosstab": ("crosstab financing by country where has org show firms", { if case .crosstab = $0 { true } else { false } }),
        "help": ("help select", { if case .help = $0 { true } else { false } }),
        "tour": ("tour", { if case .tour = $0 { true } else { false } }),
        "truthtable": ("truthtable crowdfunding by has_org, rnd_department where founded > 2000 cutoff 0.8",
                       { if case .truthTable = $0 { true } else { false } }),
    ]

    @Test func statementFormsAgree() throws {
        let forms = GrammarTests.rule("statement").split(separator: "|").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        #expect(Set(forms) == Set(GrammarTests.samples.keys))
        for (form, (source, isForm)) in GrammarTests.samples {
            let parsed = try Parser.parse(source)
            #expect(parsed.count == 1 && isForm(parsed[0].statement), "sample of '\(form)' does not parse to it")
            // Every keyword of the form's rule is accepted by the parser in the sample or another form.
            #expect(!GrammarTests.rule(form).isEmpty, "no rule for '\(form)' in the grammar")
        }
    }

    @Test func everyQueryClauseOfTheGrammarParses() throws {
        let query = GrammarTests.rule("query") + GrammarTests.rule("sortkey")
        for clause in ["where", "group", "order", "limit", "asc", "desc"] {
            #expect(query.contains("\"\(clause)\""), "'\(clause)' is missing from the grammar's query")
        }
        for source in ["count firms group by country order by count asc limit 3",
                       "select firms order by employees desc, founded, name asc limit 2",
                       "select firms where a or b and not (c) group by country order by founded asc limit 1"] {
            #expect(throws: Never.self) { try Parser.parse(source) }
        }
    }

    @Test func everyConditionFormOfTheGrammarParses() throws {
        let primaries = GrammarTests.rule("primary").split(separator: "|", omittingEmptySubsequences: true).count
        let samples = ["(a)", "has org", "financing includes debt", "financing includes any (a, b)",
                       "founded >= 2000", "country in (DE, GB)", "country not in (DE)", "founded between 1 and 2",
                       "field contains 'x'", "crowdfunding"]
        // The grammar's alternatives of `primary` (comparison operators live in their own rule).
        #expect(primaries >= 9)
        for s in samples {
            #expect(throws: Never.self) { try Parser.parse("count firms where " + s) }
        }
        for op in GrammarTests.terminals(GrammarTests.rule("comparison")) {
            #expect(throws: Never.self) { try Parser.parse("count firms where founded \(op) 2000") }
        }
    }
}
