import CaseModel
import QueryResult

/// Where `select`, `count` and `crosstab` are answered when the study lives in a database
/// (`--data postgresql://…`): the backend runs the statement there and returns the answer as data;
/// caseql lays it out exactly as it lays out its own engine's answer, so results read the same
/// whichever engine computed them. Everything else (teaching, QCA) runs on the study in memory.
public protocol QueryBackend: Sendable {
    /// What the session says it is connected to (`.show`, messages).
    var location: String { get }
    /// The answer of a resolved `select`/`count`; nil when the plan has no SQL form (two grouping
    /// keys), which caseql then answers itself.
    func answer(_ plan: QueryPlan, study: Study, index: CaseIndex, language: LocalizedText.Language,
                at range: SourceRange) throws(Diagnostic) -> QueryAnswer?
    /// The cells of a crosstab in long form, in reading order: (row label, column label, value),
    /// the totals included (the layout of `caseql sql`'s crosstab); nil when it has no SQL form
    /// (names in cells, ranges of a number attribute), which caseql then answers itself.
    func crosstabCells(_ crosstab: Crosstab, study: Study, index: CaseIndex, language: LocalizedText.Language,
                       at range: SourceRange) throws(Diagnostic) -> [(row: String, column: String, value: String)]?
}

/// An answer computed elsewhere, before caseql lays it out.
public enum QueryAnswer: Sendable {
    /// The cases a `select` shows, in order, limit applied (study positions).
    case cases([Int])
    case count(Int)
    /// The groups of `… group by`, in order: the label as printed, the size, the members' names
    /// (`select` only).
    /// The errors of `answer` and `crosstabCells` point at `range`, the statement's; labels in
    /// answers are in `language`, as caseql's own.
    case groups([(label: String, count: Int, members: [String])])
}

extension QueryRunner {
    /// Lays out an answer computed elsewhere as `run(plan)` lays out its own.
    public func table(_ plan: QueryPlan, answer: QueryAnswer) -> ResultTable {
        var table: ResultTable
        switch answer {
        case .cases(let members):
            table = caseTable(plan, cases: AnswerCases(members))
        case .count(let n):
            table = ResultTable(columns: [Column("count", isNumeric: true)], rows: [[.integer(n)]])
        case .groups(let groups):
            let binder = Binder(index: index, study: study)
            let grouping = plan.grouping.flatMap { binder.bind($0) } ?? .name
            let keys = groups.map { groupKey($0.label, grouping: grouping) }
            let numericKeys = !keys.isEmpty && zip(keys, groups).allSatisfy { $0.isNumeric || $1.label == Self.noValue }
            var columns = [Column(groupHeader(grouping), isNumeric: numericKeys), Column("count", isNumeric: true)]
            if plan.kind == .select { columns.append(Column(caseNoun)) }
            table = ResultTable(columns: columns, rows: zip(keys, groups).map { key, g in
                plan.kind == .select ? [key, .integer(g.count), .list(g.members)] : [key, .integer(g.count)]
            })
            if Self.overlaps(grouping) { table.notes.append(overlapNote) }
        }
        if plan.negatesCodes, let note = Self.closedWorldNote(study, caseNoun, language) { table.notes.append(note) }
        return table
    }

    /// A group's label typed as caseql's own groups are: numbers for a number attribute and code counts.
    func groupKey(_ label: String, grouping: BoundGrouping) -> Cell {
        let numeric: Bool
        switch grouping {
        case .attribute(let a): numeric = index.attributes[a].kind == .number
        case .codes: numeric = true
        default: numeric = false
        }
        guard numeric, let d = Double(label) else { return .text(label) }
        return d == d.rounded() && abs(d) < 1e15 ? .integer(Int(d)) : .number(d)
    }
}

extension Interpreter {
    /// The crosstab laid out here, its cells taken from the backend: the labels must agree, or the
    /// database has changed since the study was read.
    func crosstab(_ c: Crosstab, cellsFrom backend: any QueryBackend) throws(Diagnostic) -> StatementOutput {
        let local = try crosstab(c)
        guard case .table(var table) = local,
              let cells = try backend.crosstabCells(c, study: study, index: index, language: language, at: c.rows.range)
        else { return local }
        var k = 0
        var rows = table.rows
        for r in rows.indices {
            for j in table.columns.indices.dropFirst() {
                guard k < cells.count, cells[k].row == rows[r][0].plainText, cells[k].column == table.columns[j].name else {
                    throw Diagnostic("\(backend.location): the database's crosstab does not match the study read from it "
                        + "(it changed since it was opened?); reopen it with .open", at: c.rows.range)
                }
                rows[r][j] = Self.cell(cells[k].value, like: rows[r][j])
                k += 1
            }
        }
        table.rows = rows
        return .table(table)
    }

    /// A value from the database in the kind caseql's own cell has.
    static func cell(_ text: String, like local: Cell) -> Cell {
        switch local {
        case .list: return .list(text.split(separator: "; ").map(String.init))
        case .integer, .number:
            guard let d = Double(text) else { return .text(text) }
            return d == d.rounded() && abs(d) < 1e15 ? .integer(Int(d)) : .number(d)
        case .text, .empty: return text.isEmpty ? .empty : .text(text)
        }
    }
}
