import Foundation
import Testing
import TestSupport

/// Every example in README.md runs through the real binary (issue 11): a `$ caseql …` line of a code
/// block runs as a shell command and a `caseql> …` transcript runs as a script; an example that
/// errors where the README shows none fails, and the output the README shows must appear, in order.
@Suite struct ReadmeExamplesTests {
    struct Example: CustomStringConvertible {
        /// A command line (`caseql …`), or the statements of a prompt transcript.
        var command: String?
        var statements: [String] = []
        /// What the README shows after it, line by line.
        var shown: [String] = []
        var line: Int
        var description: String { "README.md:\(line): " + (command ?? statements.joined(separator: "; ")) }
    }

    static let examples: [Example] = {
        let readme = (try? String(contentsOf: PackagePaths.rootURL.appendingPathComponent("README.md"), encoding: .utf8)) ?? ""
        var examples: [Example] = []
        var inBlock = false
        var current: Example?
        func flush() {
            if let c = current { examples.append(c) }
            current = nil
        }
        for (number, line) in readme.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).enumerated() {
            if line.hasPrefix("```") {
                if inBlock { flush() }
                inBlock.toggle()
                continue
            }
            guard inBlock else { continue }
            if line.hasPrefix("$ caseql ") {
                flush()
                current = Example(command: String(line.dropFirst(2)), line: number + 1)
            } else if line.hasPrefix("caseql> ") {
                if current == nil || current?.command != nil {
                    flush()
                    current = Example(line: number + 1)
                }
                current?.statements.append(String(line.dropFirst(8)))
            } else if line.hasPrefix("   ...> "), current?.statements.isEmpty == false {
                current!.statements[current!.statements.count - 1] += "\n" + line.dropFirst(8)
            } else if line.hasPrefix("$ ") {
                // `$ make run` starts the shell: its transcript follows.
                flush()
            } else if current != nil {
                current?.shown.append(line)
            }
        }
        return examples
    }()

    @Test func theReadmeHasExamples() {
        #expect(Self.examples.filter { $0.command != nil }.count >= 2)
        #expect(Self.examples.contains { $0.statements.count >= 5 })
    }

    @Test(arguments: ReadmeExamplesTests.examples)
    func example(_ example: Example) throws {
        let result: CaseQLBinary.Result
        if let command = example.command {
            // The README's command line, as a shell reads it, with this build's caseql.
            let quotedBinary = "'" + CaseQLBinary.path.replacing("'", with: "'\\''") + "'"
            result = try CaseQLBinary.run(executable: "/bin/sh",
                                          ["-c", quotedBinary + String(command.dropFirst("caseql".count))])
        } else {
            result = try CaseQLBinary.run(["-"], stdin: Data(example.statements.joined(separator: "\n").utf8))
        }
        let showsError = example.shown.contains { $0.contains("error:") }
        if showsError {
            #expect(result.status == 1, "\(example)")
        } else {
            #expect(result.status == 0, "\(example): \(result.stderr)")
            #expect(!result.stderr.contains("error:"), "\(example): \(result.stderr)")
        }
        // The lines the README shows come out in that order (results on stdout, notes and errors on stderr).
        let output = (result.stdout + result.stderr).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var position = 0
        for shown in example.shown where !shown.hasPrefix("caseql ") && !shown.hasPrefix("Study:") && !shown.hasPrefix("Enter \"") {
            guard let found = output[position...].firstIndex(where: { $0.trimmingTrailingSpaces == shown.trimmingTrailingSpaces }) else {
                Issue.record("\(example): the README shows '\(shown)', the binary does not print it (in order)")
                break
            }
            position = found + 1
        }
    }
}

extension String {
    fileprivate var trimmingTrailingSpaces: Substring {
        self[..<(lastIndex { $0 != " " }.map { index(after: $0) } ?? startIndex)]
    }
}
