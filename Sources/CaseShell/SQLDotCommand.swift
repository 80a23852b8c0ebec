import CaseQL
import CaseSQL

extension Session {
    /// `.sql [--dialect D] STATEMENT`: the SQL the statement compiles to, for the dialect given or
    /// the session's (duckdb until set). `.sql --dialect D` alone sets the session's dialect;
    /// `.sql` alone says which it is. The statement is taken from the raw line, so quotes in it
    /// stay as written.
    func runSQLDotCommand(_ line: String, origin: String, line lineNumber: Int) -> Bool {
        var rest = Substring(line.drop { $0 == " " || $0 == "\t" }.drop { $0 != " " && $0 != "\t" })
        func skipBlanks() { rest = rest.drop { $0 == " " || $0 == "\t" } }
        skipBlanks()
        var dialect = SQLDialect.named(settings.sqlDialect) ?? .duckdb
        if rest.hasPrefix("--dialect") {
            rest = rest.dropFirst("--dialect".count)
            if rest.first == "=" { rest = rest.dropFirst() }
            skipBlanks()
            let name = rest.prefix { $0 != " " && $0 != "\t" }
            rest = rest.dropFirst(name.count)
            skipBlanks()
            guard let chosen = SQLDialect.named(String(name)) else {
                let message = name.isEmpty ? "--dialect needs a dialect" : "unknown dialect '\(name)'"
                return error(message + "; expected " + SQLDialect.all.map(\.name).joined(separator: ", "),
                             origin: origin, line: lineNumber)
            }
            dialect = chosen
            if rest.isEmpty {
                settings.sqlDialect = chosen.name
                return true
            }
        }
        let statement = String(rest)
        guard !statement.isEmpty else {
            emitText("sql dialect: \(dialect.name)\n")
            return true
        }
        do {
            let compiled = try StatementCompiler(loaded, dialect: dialect).compile(statement)
            emitText(compiled.map { $0 + ";\n" }.joined())
            return true
        } catch {
            // Positions are within the statement: the renderer shows it under the message.
            report(error, source: statement, origin: origin, lineOffset: lineNumber - 1)
            return false
        }
    }
}
