import Testing
@testable import CaseModel
@testable import StudyIO
import SystemIO
import QueryResult
@testable import CaseQL

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
        let steps = Tour.steps(for: it)
        #expect(steps.count == it.index.taxonomy.dimensions.count + 2)
        #expect(steps[3].contains("financing — Financing channels · 融资渠道"))
        for (n, step) in steps.enumerated() {
            #expect(step.hasPrefix("── \(n + 1) of \(steps.count) "))
        }
        #expect(try it.text("tour") == steps.joined(separator: "\n"))
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

    @Test func categoriesOfOneDimensionAreIndented() throws {
        let table = try it.table("show categories financing")
        #expect(table.rows.count == 13)
        #expect(table.rows.map(\.first).contains(.text("    strategic_equity")))
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
    func width(_ line: Substring) -> Int { TextLayout.columns(String(line)) }

    @Test func textOutputIsPlainAndFitsATerminal() throws {
        var outputs = [try it.text("show taxonomy"), try it.text("help"), try it.text("tour")]
        for node in it.index.taxonomy.nodes { outputs.append(try it.text("explain \(node.category.id)")) }
        for name in it.index.names { outputs.append(try it.text("describe \(Interpreter.quotedName(name))")) }
        for text in outputs {
            #expect(!text.contains("\u{1B}"))
            for line in text.split(separator: "\n") {
                #expect(width(line) <= 100, "too wide: \(line)")
            }
        }
    }
}

@Suite struct SampleScriptTests {
    @Test(arguments: ["paper-findings.cql", "teaching-tour.cql"])
    func sampleRunsWithoutErrorsAndNamesItsSections(_ file: String) throws {
        let bytes = try FileReading.contents(of: Paper.root + "/Samples/" + file)
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
