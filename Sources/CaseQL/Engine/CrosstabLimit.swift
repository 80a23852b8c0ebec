/// The size guard of `crosstab`: checked once the rows are known (before any column is built) and
/// again with the columns, so a matrix over `Limits.maxCrosstabCells` is refused before its cells
/// are counted or laid out.
extension Interpreter {
    func checkCrosstabSize(_ c: Crosstab, rows: Int, columns: Int) throws(Diagnostic) {
        let limit = c.showCases ? Limits.maxCrosstabNameCells : Limits.maxCrosstabCells
        let (cells, overflow) = rows.multipliedReportingOverflow(by: max(1, columns))
        guard overflow || cells > limit else { return }
        let size = columns > 0 ? "\(Self.grouped(rows)) rows by \(Self.grouped(columns)) columns"
            : "\(Self.grouped(rows)) rows"
        let what = c.showCases ? "cells that list \(study.caseNoun)" : "cells"
        throw Diagnostic("this crosstab is too big: \(size) (the limit is \(Self.grouped(limit)) \(what))",
                         at: c.rows.range.to(c.columns.range), id: "limit",
                         notes: ["help: narrow it with 'where …', or cross a category's sub-categories instead of a whole dimension"])
    }

    /// 1,000,000: sizes people read at a glance.
    static func grouped(_ n: Int) -> String {
        let digits = String(n)
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(d)
        }
        return out
    }
}
