import Foundation
import Testing
@testable import CaseQL
import TestSupport

/// Keeps `Grammar/caseql.ebnf` and the parser in agreement: the grammar's keywords are the lexer's,
/// every statement form of the grammar has a sample that parses to that form, and every form the
/// parser produces is in the grammar.
@Suite struct GrammarTests {
    static let grammar: String = {
        (try? String(contentsOfFile: PackagePaths.file("Grammar/caseql.ebnf"), encoding: .utf8)) ?? ""
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
        let contextual = Set(ShowTarget.words + ["cutoff", "codes", "for", "with", "candidates", "percent", "row", "column", "total",
                                                 "questions", "seed", "run",
                                                 "complete", "sort", "incl", "n", "pri", "include", "remainders", "expect",
                                                 "evidence", "sweep", "to", "cov", "ron", "as", "thresholds", "threshold"])
        let rules = ["script", "statement", "query", "sortkey", "truthtable", "explain", "describe", "why", "show", "crosstab", "help", "tour",
                     "evidence", "matrix", "minimize", "fit", "necessity", "calibrate", "outcome", "qcasettings", "expectation",
                     "expression", "product", "literal", "item", "codes", "condition", "conjunction", "negation", "primary", "comparison", "value", "noun", "name"]
        let words = rules.flatMap { GrammarTests.terminals(GrammarTests.rule($0)) }.filter { $0.first?.isLetter == true }
        #expect(words.count > 20)
        for word in words {
            #expect(Keyword(rawValue: word) != nil || contextual.contains(word), "'\(word)' in the grammar is no keyword")
        }
    }

    /// One sample per registered statement, with the rule name of the kind it must parse to.
    static let samples: [String: String] = [
        "query": "select firms where has org order by founded desc limit 2",
        "explain": "explain crowdfunding",
        "describe": "describe 'NOVA INNOVATION'",
        "why": "why TESVOLT inventor_executive",
        "show": "show categories financing",
        "crosstab": "crosstab financing by country where has org show firms",
        "matrix": "matrix financing, outcome where has org",
        "evidence": "evidence for financing where country = DE with candidates",
        "help": "help select",
        "tour": "tour",
        "quiz": "quiz financing questions 3 seed 7",
        "truthtable": "truthtable crowdfunding by has_org, rnd_department where founded > 2000 cutoff 0.8",
        "minimize": "minimize ~patents by with_academia, rnd_department cutoff 0.8, 0.6 n 2 include remainders expect with_academia, -",
        "fit": "fit with_academia*~rnd_department + research_funding -> patents where founded > 2000",
        "necessity": "necessity patents by with_academia, rnd_department cutoff 0.9 cov 0.5 ron 0.5",
        "calibrate": "calibrate founded as recent thresholds (1990, 2005, 2012)",
    ]

    /// Comments dropped and spacing normalised, so a rule compares by its content.
    static func normalised(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }

    @Test func theGrammarsStatementRuleListsEveryRegisteredStatement() {
        let forms = GrammarTests.rule("statement").split(separator: "|").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        #expect(forms == StatementRegistry.all.map { StatementRegistry.ruleName($0.definition) })
    }

    @Test func everyRegisteredRuleIsTheGrammarFilesRule() {
        for kind in StatementRegistry.all {
            let definition = kind.definition
            let name = StatementRegistry.ruleName(definition)
            let declared = definition.grammar.drop { $0 != "=" }.dropFirst()
            let body = declared.hasSuffix(";") ? String(declared.dropLast()) : String(declared)
            #expect(GrammarTests.normalised(GrammarTests.rule(name)) == GrammarTests.normalised(body),
                    "Grammar/caseql.ebnf's '\(name)' differs from the registry's")
        }
    }

    @Test func everyRegisteredStatementHasASampleThatParsesToIt() throws {
        #expect(Set(GrammarTests.samples.keys) == Set(StatementRegistry.all.map { StatementRegistry.ruleName($0.definition) }))
        for kind in StatementRegistry.all {
            let name = StatementRegistry.ruleName(kind.definition)
            let source = try #require(GrammarTests.samples[name], "no sample for '\(name)'")
            let parsed = try Parser.parse(source)
            #expect(parsed.count == 1)
            #expect(parsed.first.map { type(of: $0.statement.node) == kind } == true, "'\(source)' does not parse to \(kind)")
            // The statement prints back to text that parses to the same kind.
            let again = try Parser.parse(parsed[0].statement.printed)
            #expect(again.first.map { type(of: $0.statement.node) == kind } == true)
        }
    }

    @Test func everyStatementKeywordIsAKeywordHelpAndCompletionKnow() throws {
        let it = TestStudy.interpreter
        let topics = Set(it.helpBook.statements.map(\.topic))
        for word in StatementRegistry.keywords {
            #expect(Keyword(rawValue: word) != nil, "'\(word)' does not lex as a keyword")
            #expect(topics.contains(word), "help has no entry for '\(word)'")
            #expect(CompletionSlot.statementKeywords.contains(word))
            let tokens = try Lexer.tokenize(word).filter { $0.kind != .end }
            #expect(CompletionSlot(statement: tokens, vocabulary: it.vocabulary) != .nothing || StatementRegistry.definition(for: Keyword(rawValue: word)!)!.standsAlone,
                    "'\(word) ' completes nothing")
        }
        // The words that complete at the start of a line are exactly the statements'.
        #expect(CompletionSlot(statement: [], vocabulary: it.vocabulary) == .statementStart)
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

/// The README's language section lists every registered statement (the registry is the source of
/// truth; the README is checked against it).
@Suite struct ReadmeAgreementTests {
    static let readme: String = {
        (try? String(contentsOfFile: PackagePaths.file("README.md"), encoding: .utf8)) ?? ""
    }()

    @Test func everyRegisteredStatementIsInTheReadmesLanguageSection() throws {
        let readme = ReadmeAgreementTests.readme
        let start = try #require(readme.range(of: "## The language"))
        let end = try #require(readme.range(of: "### The command line"))
        let section = readme[start.upperBound..<end.lowerBound]
        let lines = section.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        for keyword in StatementRegistry.keywords {
            #expect(lines.contains { $0.hasPrefix(keyword + " ") || $0 == keyword || $0.contains("  \(keyword) ") || $0.hasSuffix("  \(keyword)") },
                    "README's language section does not show '\(keyword)'")
        }
    }
}
