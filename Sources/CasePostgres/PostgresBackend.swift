import CaseModel
import CaseQL
import CaseSQL

/// The live PostgreSQL mode's engine: `select`, `count` and `crosstab` are compiled for PostgreSQL
/// (CaseSQL) and run on the server; caseql lays out the answers (see `QueryBackend`).
public final class PostgresBackend: QueryBackend {
    let link: PostgresLink
    /// The study as read at connect: the positions `case_no` maps to.
    let compiler: StatementCompiler

    init(link: PostgresLink, loaded: LoadedStudy) {
        self.link = link
        self.compiler = StatementCompiler(loaded, dialect: .postgres)
    }

    public var location: String { link.url.display }

    func compiler(_ language: LocalizedText.Language) -> StatementCompiler {
        var compiler = self.compiler
        compiler.language = language
        return compiler
    }

    public func answer(_ plan: QueryPlan, study: Study, index: CaseIndex, language: LocalizedText.Language,
                       at range: SourceRange) throws(Diagnostic) -> QueryAnswer? {
        guard let sql = compiler(language).liveSQL(plan) else { return nil }
        let rows = try run(sql, at: range)
        if plan.grouping != nil {
            return .groups(rows.map { row in
                (label: row[0] ?? "", count: row.count > 1 ? Int(row[1] ?? "") ?? 0 : 0,
                 members: row.count > 2 ? (row[2].map { $0.split(separator: "; ").map(String.init) } ?? []) : [])
            })
        }
        if plan.kind == .count {
            return .count(rows.first?.first.flatMap { $0.flatMap { Int($0) } } ?? 0)
        }
        var cases: [Int] = []
        cases.reserveCapacity(rows.count)
        for row in rows {
            // The export numbers cases by their study position; a row the study read at connect
            // does not have means the database changed since.
            guard let n = row.first.flatMap({ $0.flatMap { Int($0) } }), n >= 0, n < index.count else {
                throw Diagnostic("\(location): the server answered with a case the study read at connect lacks "
                    + "(case_no \(row.first.flatMap { $0 } ?? "NULL")); reopen it with .open", at: range)
            }
            cases.append(n)
        }
        return .cases(cases)
    }

    public func crosstabCells(_ crosstab: Crosstab, study: Study, index: CaseIndex, language: LocalizedText.Language,
                              at range: SourceRange) throws(Diagnostic) -> [(row: String, column: String, value: String)]? {
        // What has no SQL form (the compiler says why to `caseql sql`) is answered in memory.
        guard let sql = try? compiler(language).sql(crosstab) else { return nil }
        let rows = try run(sql, at: range)
        return rows.map { (row: $0[0] ?? "", column: $0.count > 1 ? $0[1] ?? "" : "", value: $0.count > 2 ? $0[2] ?? "" : "") }
    }

    func run(_ sql: String, at range: SourceRange) throws(Diagnostic) -> [[String?]] {
        do {
            return try link.rows(sql)
        } catch {
            throw Diagnostic(error.description, at: range)
        }
    }
}

/// Opening a study that lives in PostgreSQL: connect, read it, and hand back the engine that
/// answers its queries there.
public enum LiveStudy {
    public static func isURL(_ location: String) -> Bool { PostgresURL.isURL(location) }

    public static func open(_ location: String, environment: [String: String]) throws(LiveStudyError) -> (LoadedStudy, any QueryBackend) {
        let url = try PostgresURL(location, environment: environment)
        let link = try PostgresLink.connect(url)
        let loaded = try PostgresStudyReader(link: link).read()
        return (loaded, PostgresBackend(link: link, loaded: loaded))
    }
}
