import CaseModel
@testable import StudyIO
import CaseQL
import LineEditor
import Testing
@testable import CaseShell

/// Tab completion as a pure function: the line up to the cursor in, the word to replace and its
/// candidates out, against the built-in study.
@Suite struct CompleterTests {
    static let interpreter = Interpreter(study: BuiltinStudy.load())
    static let completer = Completer(vocabulary: interpreter.vocabulary, helpTopics: interpreter.helpBook.topicNames)

    /// The candidates for `line`, checking that the replaced word is exactly `word`.
    func candidates(_ line: String, preceding: String = "", replacing word: String? = nil,
                    sourceLocation: SourceLocation = #_sourceLocation) -> [String] {
        let completion = Self.completer.complete(line: line, preceding: preceding)
        if let word {
            let replaced = String(decoding: line.utf8.dropFirst(completion.replaceFrom), as: UTF8.self)
            #expect(replaced == word, "replaces '\(replaced)' in '\(line)'", sourceLocation: sourceLocation)
        }
        return completion.candidates
    }

    // MARK: statement start and dot-commands

    @Test func statementKeywordsAtTheStart() {
        #expect(candidates("sel", replacing: "sel") == ["select"])
        #expect(candidates("c") == ["count", "crosstab", "calibrate"])
        #expect(candidates("  de", replacing: "de") == ["describe"])
        #expect(candidates("").count == CompletionSlot.statementKeywords.count)
        #expect(candidates("SEL") == ["SELECT"])
    }

    @Test func dotCommandsAtTheStartOnly() {
        #expect(candidates(".re", replacing: ".re") == [".read"])
        #expect(candidates("  .mo", replacing: ".mo") == [".mode"])
        #expect(Set(candidates(".")) == Set(DotCommand.allCases.map { "." + $0.rawValue }))
        // A continuation line is never a dot-command.
        #expect(candidates(".re", preceding: "select firms where").isEmpty)
    }

    @Test func dotCommandArguments() {
        #expect(candidates(".mode ") == ["table", "csv", "json", "markdown"])
        #expect(candidates(".mode j", replacing: "j") == ["json"])
        #expect(candidates(".lang ") == ["en", "zh"])
        #expect(candidates(".timer o") == ["on", "off"])
        #expect(candidates(".BAIL of") == ["off"])
        #expect(candidates(".help sel") == ["select"])
        #expect(candidates(".help .ti") == [".timer"])
        #expect(candidates(".mode csv ").isEmpty)
        #expect(candidates(".quit ").isEmpty)
        #expect(candidates(".nosuch ").isEmpty)
    }

    @Test func fileNamesAfterRead() {
        var completer = Self.completer
        completer.listDirectory = { path in
            path == "scripts/" ? [.init(name: "first.cql", isDirectory: false), .init(name: "fixtures", isDirectory: true),
                                  .init(name: "other.cql", isDirectory: false)] : nil
        }
        #expect(completer.complete(line: ".read scripts/fi").candidates == ["scripts/first.cql", "scripts/fixtures/"])
        #expect(completer.complete(line: ".open scripts/o").candidates == ["scripts/other.cql"])
        #expect(completer.complete(line: ".output 'scripts/o").candidates == ["'scripts/other.cql'"])
        #expect(completer.complete(line: ".read a b").candidates.isEmpty)
    }

    // MARK: queries

    @Test func caseNounThenClauses() {
        #expect(candidates("select ") == ["firms"])
        #expect(candidates("count fi", replacing: "fi") == ["firms"])
        #expect(candidates("select firms ") == ["show", "where", "group", "order", "limit"])
        #expect(candidates("select firms o") == ["order"])
        #expect(candidates("select firms group ") == ["by"])
        #expect(candidates("select firms order by founded ") == ["asc", "desc", "limit"])
        #expect(candidates("select firms order by founded desc ") == ["limit"])
        #expect(candidates("select firms limit ").isEmpty)
    }

    @Test func conditionStartOffersDimensionsAttributesAndCategories() {
        let all = candidates("select firms where ")
        for expected in ["org", "financing", "outcome", "name", "country", "founded", "has", "not", "crowdfunding", "patents"] {
            #expect(all.contains(expected), "\(expected)")
        }
        for keyword in ["and", "or", "not ", "("] {
            let line = keyword == "(" ? "select firms where (" : "select firms where org includes rnd_department \(keyword) "
            #expect(candidates(line).contains("financing"), "after \(keyword)")
        }
        #expect(candidates("select firms where fin").contains("financing"))
        #expect(candidates("select firms where 融资").contains("融资渠道"))
    }

    @Test func includesOffersOnlyThatDimensionsCategories() {
        let financing = candidates("select firms where financing includes ")
        #expect(financing.contains("crowdfunding"))
        #expect(financing.contains("strategic_equity"))
        #expect(financing.contains("any") && financing.contains("all"))
        #expect(!financing.contains("patents"))
        #expect(candidates("select firms where financing includes crowdf", replacing: "crowdf") == ["crowdfunding"])
        #expect(candidates("select firms where 融资渠道 includes 众", replacing: "众") == ["众筹"])
        #expect(candidates("select firms where Financing includes CROWDF") == ["crowdfunding"])
    }

    @Test func listsAfterAnyAllAndIn() {
        let any = candidates("select firms where financing includes any (")
        #expect(any.contains("grant") && !any.contains("any") && !any.contains("patents"))
        #expect(candidates("select firms where financing includes all (grant, crowd") == ["crowdfunding"])
        #expect(candidates("select firms where country in (DE, Fr") == ["FR"])
        #expect(candidates("select firms where country in (DE, fra") == ["France"])
    }

    @Test func valuesAfterComparisons() {
        #expect(candidates("select firms where country = ").contains("DE"))
        #expect(candidates("select firms where country = ger") == ["Germany"])
        #expect(candidates("select firms where country != 德") == ["德国"])
        #expect(Set(candidates("select firms where country = united")) == ["\"United Kingdom\"", "\"United States\""])
        #expect(candidates("select firms where name = nova") == ["\"NOVA INNOVATION\""])
        #expect(candidates("select firms where founded < ").isEmpty)
    }

    @Test func whatFollowsANameInACondition() {
        #expect(candidates("select firms where financing ") == ["includes"])
        #expect(candidates("select firms where country ") == ["in", "between", "contains"])
        #expect(candidates("select firms where financing includes crowdfunding ") == ["and", "or", "group", "order", "limit"])
        #expect(candidates("select firms where has org ").contains("and"))
        #expect(candidates("select firms where founded between 2000 and ").isEmpty)
    }

    @Test func groupAndOrderBy() {
        let group = candidates("count firms group by ")
        #expect(group.contains("country") && group.contains("financing"))
        let order = candidates("select firms order by ")
        #expect(order.contains("founded") && order.contains("count") && !order.contains("financing"))
        #expect(candidates("count firms where has org group by coun") == ["country"])
    }

    // MARK: other statements

    @Test func caseNamesAreQuotedWhenNeeded() {
        #expect(candidates("describe nova", replacing: "nova") == ["\"NOVA INNOVATION\""])
        #expect(candidates("describe \"NOVA IN", replacing: "\"NOVA IN") == ["\"NOVA INNOVATION\""])
        #expect(candidates("describe 'nova", replacing: "'nova") == ["'NOVA INNOVATION'"])
        #expect(candidates("describe tesv") == ["TESVOLT"])
        #expect(candidates("describe ").count == Self.interpreter.vocabulary.caseNames.count)
    }

    @Test func whyExplainShowCrosstabHelp() {
        #expect(candidates("why TESVOLT crowdf") == ["crowdfunding"])
        #expect(candidates("why tesv") == ["TESVOLT"])
        #expect(candidates("explain strategic_e") == ["strategic_equity"])
        let explain = candidates("explain ")
        #expect(explain.contains("patents") && explain.contains("financing") && explain.contains("country"))
        #expect(candidates("show ") == ["taxonomy", "dimensions", "categories", "attributes", "notes", "study", "firms"])
        #expect(candidates("show categories ").contains("financing"))
        // Rows may be a dimension or an attribute (or a category, typed in full).
        #expect(candidates("crosstab ").contains("financing") && candidates("crosstab ").contains("country"))
        #expect(candidates("crosstab financing ") == ["by"])
        #expect(candidates("crosstab financing by coun") == ["country"])
        #expect(candidates("crosstab financing by country ") == ["where", "percent", "show"])
        #expect(candidates("crosstab financing by country percent ") == ["row", "column", "total"])
        #expect(candidates("select firms show fin") == ["financing", "financial_equity"])
        #expect(candidates("matrix ").contains("financing"))
        #expect(candidates("evidence ") == ["for", "where", "with"])
        #expect(candidates("evidence for fin") == ["financing", "financial_equity"])
        #expect(candidates("crosstab financing by country where has ").contains("org"))
        #expect(candidates("crosstab financing by country show ") == ["firms"])
        #expect(candidates("help cross") == ["crosstab"])
        #expect(candidates("help \"cross") == ["\"crosstab\""])
        #expect(candidates("tour ") == ["run"])
        #expect(candidates("tour 2 run ").isEmpty)
    }

    // MARK: context

    @Test func continuationLinesUseTheEarlierLines() {
        #expect(candidates("  financing includes crowdf", preceding: "select firms where", replacing: "crowdf") == ["crowdfunding"])
        #expect(candidates("crowdf", preceding: "select firms where financing includes any (grant,") == ["crowdfunding"])
        // After a finished statement and ';' a new statement starts.
        #expect(candidates("count firms; sel") == ["select"])
    }

    @Test func nothingForTextThatDoesNotLex() {
        #expect(candidates("select firms where @ ").isEmpty)
        #expect(candidates("frobnicate ").isEmpty)
    }

    @Test func writtenNamesReadBackAsOneName() {
        #expect(Completer.written("TESVOLT", quote: nil) == "TESVOLT")
        #expect(Completer.written("select", quote: nil) == "\"select\"")
        #expect(Completer.written("11~50", quote: nil) == "\"11~50\"")
        #expect(Completer.written("it's", quote: "'") == "'it''s'")
        #expect(Completer.written("say \"hi\"", quote: nil) == "'say \"hi\"'")
    }

    @Test func neverCrashesOnOddInput() {
        let pieces = ["select", " ", "firms", "where", "(", ")", ",", "'", "\"", "includes", "any", "=", "众", ".", "\n",
                      "financing", "in", "and", "é", "\u{301}", "--", ";", "by", "group"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let line = (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let completion = Self.completer.complete(line: line, preceding: Bool.random() ? "select firms where" : "")
            #expect(completion.replaceFrom >= 0 && completion.replaceFrom <= line.utf8.count, "\(line)")
        }
    }
}
