import Testing
@testable import CaseModel
import CaseRender
@testable import StudyIO
import SystemIO
import QueryResult
@testable import CaseQL
import TestSupport

@Suite struct HelpTests {
    let it = Paper.interpreter

    @Test func everyHelpExampleRunsOnTheBuiltInStudy() throws {
        let book = it.helpBook
        #expect(book.examples.count >= 25)
        for example in book.examples {
            #expect(it.diagnostic(example) == nil, "help example fails: \(example)")
        }
    }

    @Test func everyStatementHasSyntaxAndARunnableExample() throws {
        let book = it.helpBook
        #expect(book.statements.map(\.topic) == StatementRegistry.keywords)
        for entry in book.statements {
            #expect(!entry.syntax.isEmpty)
            #expect(!entry.examples.isEmpty, "\(entry.topic) has no example")
        }
        let overview = try it.text("help")
        for entry in book.statements {
            #expect(overview.contains(entry.syntax[0]))
            #expect(overview.contains("e.g. " + entry.examples[0]))
        }
    }

    @Test func topicsAndDotCommandsHaveHelp() throws {
        for topic in ["conditions", "operators", "negation", "formats", "languages", "names", "dot_commands",
                      "'dot-commands'", "'.mode'", "mode", "quit", "not", "group", "select", "crosstab"] {
            #expect(it.diagnostic("help \(topic)") == nil, "help \(topic)")
        }
        let dot = try it.text("help 'dot-commands'")
        for command in ["help", "mode", "read", "open", "output", "timer", "bail", "lang", "history", "show", "quit", "exit"] {
            #expect(dot.contains("." + command), "missing .\(command)")
        }
    }

    @Test func unknownTopicsSuggestTheClosest() throws {
        let d = try #require(it.diagnostic("help selct"))
        #expect(d.message == "no help on 'selct'")
        #expect(d.notes.contains("help: did you mean 'select'?"))
        let study = try #require(it.diagnostic("help crowdfunding"))
        #expect(study.notes.contains("help: 'crowdfunding' is part of the study: explain crowdfunding"))
    }

    @Test func examplesComeFromTheLoadedStudy() throws {
        // A different study gets examples in its own names, and they run there too.
        let other = Interpreter(study: MiniStudy.study)
        for example in other.helpBook.examples {
            #expect(other.diagnostic(example) == nil, "help example fails on the mini study: \(example)")
        }
    }
}

@Suite struct TourTests {
    let it = Paper.interpreter

    @Test func oneStepPerDimensionBetweenIntroductionAndNextSteps() throws {
        let steps = Tour.steps(for: it).map { it.render($0) }
        #expect(steps.count == it.index.taxonomy.dimensions.count + 2)
        #expect(steps[3].contains("financing — Financing channels · 融资渠道"))
        for (n, step) in steps.enumerated() {
            #expect(step.hasPrefix("── \(n + 1) of \(steps.count) "))
        }
        #expect(try it.text("tour") == steps.joined(separator: "\n\n"))
    }

    @Test func everyTourExampleRuns() throws {
        for step in Tour.tourSteps(for: it) {
            #expect(!step.examples.isEmpty)
            for example in step.examples {
                #expect(it.diagnostic(example) == nil, "tour example fails: \(example)")
            }
        }
    }
}

@Suite struct ShowTests {
    let it = Paper.interpreter

    @Test func taxonomyIsATreeWithLabelsAndCounts() throws {
        let text = try it.text("show taxonomy")
        #expect(text.contains(" 5  financing  Financing channels · 融资渠道"))
        #expect(text.contains(" 1     └─ crowdfunding  Crowdfunding · 互联网众筹"))
        #expect(text.contains(" 0  │  │  ├─ direct_grant  Direct grant · 直接拨款"))
    }

    /// Issue 11, item 12: with_academia lost its Chinese label to fit a fixed width.
    @Test(arguments: [40, 60, 80, 200])
    func taxonomyNeverDropsALabel(_ columns: Int) throws {
        for interpreter in [it, Paper.chinese] {
            // Wrapped lines continue under the label, so without blanks every label reads whole.
            let text = try interpreter.text("show taxonomy", width: columns).filter { !$0.isWhitespace && $0 != "│" }
            for node in it.index.taxonomy.nodes {
                for label in [node.category.labels.en, node.category.labels.zh] {
                    #expect(text.contains(label.filter { !$0.isWhitespace }), "\(label) missing at \(columns) columns")
                }
            }
        }
    }

    @Test func categoriesOfOneDimensionAreIndented() throws {
        let table = try it.table("show categories financing")
        #expect(table.rows.count == 13)
        let category = try #require(table.columns.firstIndex { $0.name == "category" })
        #expect(table.rows.map { $0[category] }.contains(.text("    strategic_equity")))
        #expect(it.diagnostic("show categories financng")?.notes.contains("help: did you mean 'financing'?") == true)
    }

    @Test func firmsCarryTheirNumberOfCodes() throws {
        let table = try it.table("show firms")
        #expect(table.rows.count == 20)
        #expect(table.columns.last?.name == "codes")
        let nova = try #require(table.rows.first { $0.first == .text("NOVA INNOVATION") })
        #expect(nova.last == .integer(4))
    }

    @Test func dimensionsAndAttributesAreTables() throws {
        #expect(try it.table("show dimensions").rows.count == 5)
        let attributes = try it.table("show attributes")
        #expect(attributes.rows.map(\.first) == [.text("name"), .text("country"), .text("founded"), .text("employees"), .text("field")])
        let d = try #require(it.diagnostic("show taxonomi"))
        #expect(d.notes.contains("help: did you mean 'taxonomy'?"))
    }
}

@Suite struct TextOutputTests {
    let it = Paper.interpreter

    /// Columns a line takes on a terminal, Chinese counting two.
    func width(_ line: Substring) -> Int { displayWidth(String(line)) }

    @Test(arguments: [80, 60])
    func documentsAreWrappedToTheTerminal(_ columns: Int) throws {
        var outputs = [try it.text("show taxonomy", width: columns), try it.text("tour", width: columns),
                       try Paper.chinese.text("show taxonomy", width: columns)]
        for node in it.index.taxonomy.nodes { outputs.append(try it.text("explain \(node.category.id)", width: columns)) }
        for name in it.index.names { outputs.append(try it.text("describe \(Interpreter.quotedName(name))", width: columns)) }
        for text in outputs {
            #expect(!text.contains("\u{1B}"))
            // A query stays on one line, to be copied whole.
            let queries = Set(text.suggestedQueries)
            for line in text.split(separator: "\n") where !queries.contains(line.trimmingCharacters(in: " ")) {
                // Closing punctuation stays on the line it closes: one wide character over at most.
                #expect(width(line) <= columns + 2, "too wide: \(line)")
            }
        }
    }

    @Test func helpFitsATerminal() throws {
        for line in try it.text("help").split(separator: "\n") {
            #expect(width(line) <= 100, "too wide: \(line)")
        }
    }
}

@Suite struct SampleScriptTests {
    @Test(arguments: ["paper-findings.cql", "teaching-tour.cql"])
    func sampleRunsWithoutErrorsAndNamesItsSections(_ file: String) throws {
        let bytes = try FileReading.contents(of: PackagePaths.sample(file))
        let source = String(decoding: bytes, as: UTF8.self)
        let outputs = try Paper.interpreter.run(source)
        #expect(outputs.count >= 15)
        if file == "paper-findings.cql" {
            for section in ["§3.1", "§3.2", "§3.3", "§4.1", "§4.2", "§4.3", "§5.1", "§5.2", "§5.3", "§5.4", "§6"] {
                #expect(source.contains("-- \(section)"), "no comment for \(section)")
            }
        }
    }
}
