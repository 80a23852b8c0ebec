import CaseModel
import StudyIO
import LineEditor
import CaseQL
import CaseRender
import QueryResult
#if canImport(Glibc)
import Glibc
#endif

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
        guard let command = DotCommand(named: first) else {
            var message = "unknown command '\(first)'"
            if let instead = DotCommand.otherShells[name] {
                // sqlite3's and DuckDB's habits: say what caseql does instead.
                message += "; caseql's way: use `\(instead)`"
            } else if let guess = Suggestions.closest(to: name, among: DotCommand.allCases.map(\.rawValue)) {
                message += " (did you mean '.\(guess)'?)"
            }
            return error(message + "; enter \".help\" for the list", origin: origin, line: lineNumber)
        }
        return run(command, Array(words.dropFirst()), rawLine: line, origin: origin, line: lineNumber)
    }

    /// Each registered command's action; the switch is exhaustive, so none lacks one. `rawLine` is
    /// for `.sql`, whose statement keeps its quotes as typed.
    private func run(_ command: DotCommand, _ args: [String], rawLine: String, origin: String, line lineNumber: Int) -> Bool {
        switch command {
        case .sql:
            return runSQLDotCommand(rawLine, origin: origin, line: lineNumber)
        case .quit, .exit:
            requestQuit()
            return true
        case .help:
            return runStatements(args.first.map { "help \"\($0)\"" } ?? "help", origin: origin, lineOffset: lineNumber - 1)
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
            // 0 means no cap, as in DuckDB's `.maxrows 0`.
            if arg == "off" || arg == "0" {
                settings.maxRows = nil
            } else if let n = Int(arg), n > 0, n <= 1_000_000_000 {
                settings.maxRows = n
            } else {
                return error(".maxrows takes a number of rows (0 or off: every row), found '\(arg)'", origin: origin, line: lineNumber)
            }
            return true
        case .timer, .bail, .echo, .headers:
            guard args.count == 1, let arg = args.first?.lowercased(), arg == "on" || arg == "off" else {
                return error("\(command.name) takes on or off", origin: origin, line: lineNumber)
            }
            let on = arg == "on"
            switch command {
            case .timer: settings.timer = on
            case .bail: settings.bail = on
            case .echo: settings.echo = on
            default: settings.headers = on
            }
            return true
        case .print:
            emitText(args.joined(separator: " ") + "\n")
            return true
        case .once:
            return once(args, origin: origin, line: lineNumber)
        case .last:
            guard let lastResult else {
                return error(".last: no result yet", origin: origin, line: lineNumber)
            }
            emit(lastResult, capped: false)
            return true
        case .version:
            emitText("caseql \(CaseQLVersion.string)\n")
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
                let opened = try StudySource.open(path, options: options, interrupted: { Interrupt.wasRequested })
                opened.loaded.notes.forEach { Diagnostics.print("note: \($0)") }
                replaceStudy(opened.loaded, backend: opened.backend)
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
                headers: \(settings.headers ? "on" : "off")
                   lang: \(settings.language.rawValue)
                   echo: \(settings.echo ? "on" : "off")
                  timer: \(settings.timer ? "on" : "off")
                maxrows: \(settings.maxRows.map(String.init) ?? "off")
                   bail: \(settings.bail ? "on" : "off")
                 output: \(output.path ?? "stdout")
                  study: \(loaded.study.title.text(in: settings.language)) (\(loaded.index.count) \(loaded.study.caseNoun))

                """)
            if let backend = interpreter.backend {
                emitText(" engine: \(backend.location) (select, count and crosstab run there)\n")
            }
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
