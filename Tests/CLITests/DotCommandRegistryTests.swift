import CaseQL
import CaseShell
import Foundation
import Testing
import TestSupport

/// The dot-commands have one registry (`DotCommand`): help, completion and the README are checked
/// against it, so a command added there is complete everywhere or a test here fails.
@Suite struct DotCommandRegistryTests {
    static let readme: String = {
        (try? String(contentsOf: PackagePaths.rootURL.appendingPathComponent("README.md"), encoding: .utf8)) ?? ""
    }()

    /// The `.name`s in the first cell of the README's dot-command table.
    static func readmeDotCommands() throws -> Set<String> {
        let readme = Self.readme
        let start = try #require(readme.range(of: "### Dot-commands"))
        let rest = readme[start.upperBound...]
        let end = rest.range(of: "\n### ")?.lowerBound ?? rest.endIndex
        var names: Set<String> = []
        for line in rest[..<end].split(separator: "\n") where line.hasPrefix("| `.") {
            // Cells escape `|` as `\|`: take the cell up to the first unescaped bar.
            var cell = ""
            var previous: Character = " "
            for c in line.dropFirst(2) {
                if c == "|", previous != "\\" { break }
                cell.append(c)
                previous = c
            }
            for word in cell.split(whereSeparator: { $0 == "`" || $0 == " " || $0 == "," }) where word.hasPrefix(".") {
                names.insert(String(word))
            }
        }
        return names
    }

    @Test func theReadmesDotCommandTableIsTheRegistry() throws {
        #expect(try Self.readmeDotCommands() == Set(DotCommand.allCases.map(\.name)))
    }

    @Test func helpListsEveryCommandInBothLanguages() throws {
        for lang in ["en", "zh"] {
            let result = try CaseQLBinary.run(["--lang", lang, "-c", ".help dot-commands"])
            #expect(result.status == 0, "\(result.stderr)")
            for command in DotCommand.allCases {
                #expect(result.stdout.contains(command.usage), "\(lang): .help dot-commands lacks \(command.usage)")
                let single = try CaseQLBinary.run(["--lang", lang, "-c", "help '\(command.name)'"])
                #expect(single.status == 0 && single.stdout.contains(command.usage), "\(lang): help '\(command.name)'")
            }
            let overview = try CaseQLBinary.run(["--lang", lang, "-c", ".help"]).stdout
            for command in DotCommand.allCases {
                #expect(overview.contains(command.name), "\(lang): .help's overview lacks \(command.name)")
            }
        }
    }

    @Test func everyCommandRunsAndCompletes() throws {
        let completer = CompleterTests.completer
        let names = Set(completer.complete(line: ".").candidates)
        #expect(names == Set(DotCommand.allCases.map(\.name)))
        for command in DotCommand.allCases {
            if case .choices(let choices) = command.spec.completion, let first = choices.first {
                let line = command.name + " "
                #expect(completer.complete(line: line).candidates.contains(first), "\(command.name)")
            }
        }
        #expect(completer.complete(line: ".once -").candidates == ["-x"])
        #expect(completer.complete(line: ".ec").candidates == [".echo"])
    }
}
