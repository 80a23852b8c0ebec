import CaseModel
import StudyIO
import LineEditor
import CaseQL
import CaseRender
import QueryResult
#if canImport(Glibc)
import Glibc
#endif

/// The shell's own commands, one line each, no `;`: settings, files, help.
public enum DotCommand: String, CaseIterable, Sendable {
    case help, mode, read, open, output, timer, bail, lang, maxrows, history, show, quit, exit, sql

    public var usage: String {
        switch self {
        case .help: return ".help [TOPIC]           help on statements and dot-commands"
        case .mode: return ".mode [FORMAT]          output format: table, csv, json or markdown"
        case .read: return ".read FILE              run the statements in FILE"
        case .open: return ".open [STUDY]           load a study (JSON or CSV); no argument: the built-in study"
        case .output: return ".output [FILE]          write results to FILE; no argument: back to the screen"
        case .timer: return ".timer on|off           print how long each statement took"
        case .bail: return ".bail on|off            stop a script at its first error"
        case .lang: return ".lang en|zh             language of labels in output"
        case .maxrows: return ".maxrows [N|off]        rows shown per result in tables (the rest are counted)"
        case .history: return ".history [N]            the last N statements (default 20)"
        case .show: return ".show                   the current settings"
        case .quit: return ".quit                   leave the shell"
        case .exit: return ".exit                   leave the shell"
        case .sql: return Session.sqlDotCommandUsage
        }
    }
}

extension Session {
    /// Splits a dot-command line into words; single or double quotes group words with spaces.
    static func words(_ line: String) -> [String] {
        var words: [String] = []
        var current = ""
        var quote: Character?
        var inWord = false
        for c in line {
            if let q = quote {
                if c == q { quote = nil } else { current.append(c) }
            } else if c == "\"" || c == "'" {
                quote = c
                inWord = true
            } else if c == " " || c == "\t" {
                if inWord { words.append(current); current = ""; inWord = false }
            } else {
                current.append(c)
                inWord = true
            }
        }
        if inWord { words.append(current) }
        return words
    }

    func runDotCommand(_ line: String, origin: String, line lineNumber: Int) -> Bool {
        let words = Session.words(line)
        guard let first = words.first else { return true }
        let name = String(first.dropFirst()).lowercased()
        let args = Array(words.dropFirst())
        guard let command = DotCommand(rawValue: name) else {
            var message = "unknown command '\(first)'"
            if let guess = Suggestions.closest(to: name, among: DotCommand.allCases.map(\.rawValue)) {
                message += " (did you mean '.\(guess)'?)"
            }
            return error(message + "; enter \".help\" for the list", origin: origin, line: lineNumber)
        }
        switch command {
        case .sql:
            return runSQLDotCommand(line, origin: origin, line: lineNumber)
        case .quit, .exit:
            requestQuit()
            return true
        case .help:
            let topic = args.first.map { $0.hasPrefix(".") ? $0 : $0 }
            return runStatements(topic.map { "help \"\($0)\"" } ?? "help", origin: origin, lineOffset: lineNumber - 1)
        case .mode:
            guard let arg = args.first else {
                emitText("mode: \(settings.format.rawValue)\n")
                return true
            }
            do {
                settings.format = try OutputFormat(parsing: arg)
                return true
            } catch {
                return self.error(error.description, origin: origin, line: lineNumber)
            }
        case .lang:
            guard let arg = args.first else {
                emitText("lang: \(settings.language.rawValue)\n")
                return true
            }
            guard let language = LocalizedText.Language(rawValue: arg.lowercased()) else {
                return error("unknown language '\(arg)'; expected en or zh", origin: origin, line: lineNumber)
            }
            setLanguage(language)
            return true
        case .maxrows:
            guard let arg = args.first?.lowercased() else {
                emitText("maxrows: \(settings.maxRows.map(String.init) ?? "off")\n")
                return true
            }
            if arg == "off" || arg == "0" {
                settings.maxRows = nil
            } else if let n = Int(arg), n > 0, n <= 1_000_000_000 {
                settings.maxRows = n
            } else {
                return error(".maxrows takes a positive number or off", origin: origin, line: lineNumber)
            }
            return true
        case .timer, .bail:
            guard let arg = args.first?.lowercased(), arg == "on" || arg == "off" else {
                return error(".\(command.rawValue) takes on or off", origin: origin, line: lineNumber)
            }
            if command == .timer { settings.timer = arg == "on" } else { settings.bail = arg == "on" }
            return true
        case .read:
            guard let path = args.first else { return error(".read needs a file name", origin: origin, line: lineNumber) }
            return readScript(path, origin: origin, line: lineNumber)
        case .open:
            guard let path = args.first else {
                replaceStudy(StudyLoader.builtin())
                return true
            }
            do {
                // Ctrl-C while a big file loads cancels the load; the study in use stays.
                let options = StudyLoader.Options(taxonomyPath: args.count > 1 ? args[1] : nil)
                let loaded = try StudyLoader.load(path: path, options: options, interrupted: { Interrupt.wasRequested })
                loaded.notes.forEach { Diagnostics.print("note: \($0)") }
                replaceStudy(loaded)
                return true
            } catch {
                failed = true
                // The loader's diagnostics already read `file:line:col: error: …`.
                Diagnostics.print(error.rendered + "note: \(origin):\(lineNumber): .open failed; the previous study stays loaded")
                return false
            }
        case .output:
            guard let path = args.first else {
                output.reset()
                return true
            }
            if let problem = output.redirect(to: path) {
                return error(problem, origin: origin, line: lineNumber)
            }
            return true
        case .history:
            let entries = historyProvider?() ?? []
            let n = args.first.flatMap { Int($0) }.map { max(0, $0) } ?? 20
            let shown = entries.suffix(n)
            var text = ""
            for (i, entry) in zip((entries.count - shown.count + 1)..., shown) {
                text += "\(String(i).leftPadded(5))  \(entry.replacingNewlines)\n"
            }
            emitText(text)
            return true
        case .show:
            emitText("""
                   mode: \(settings.format.rawValue)
                   lang: \(settings.language.rawValue)
                  timer: \(settings.timer ? "on" : "off")
                maxrows: \(settings.maxRows.map(String.init) ?? "off")
                   bail: \(settings.bail ? "on" : "off")
                 output: \(output.path ?? "stdout")
                  study: \(loaded.study.title.text(in: settings.language)) (\(loaded.index.count) \(loaded.study.caseNoun))

                """)
            return true
        }
    }

    func readScript(_ path: String, origin: String, line: Int) -> Bool {
        if readStack.contains(path) || readStack.count >= 16 {
            return error("'\(path)' is already being read (.read cannot recurse)", origin: origin, line: line)
        }
        let text: String
        switch SourceFile.read(path) {
        case .success(let t): text = t
        case .failure(let problem):
            // The file's own diagnostic: its name, and for bad bytes the line and column in it.
            failed = true
            Diagnostics.print(problem.description)
            return false
        }
        readStack.append(path)
        defer { readStack.removeLast() }
        return run(script: text, origin: path)
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }

    var replacingNewlines: String {
        split(separator: "\n", omittingEmptySubsequences: false).joined(separator: " ")
    }
}
