import CaseModel
#if canImport(Glibc)
import Glibc
#endif

/// A study as one CSV file per table plus `load.sql`, the dialect's loader for them: the way to
/// get a large study into DuckDB (`COPY`, or straight into Parquet from there), PostgreSQL
/// (`\copy` in psql) and Spark (temporary views over the files). Text is always quoted and a
/// missing value is an unquoted empty field, so the loaders tell NULL from an empty text.
public struct CSVExport: Sendable {
    public let rows: StudyRows
    public let dialect: SQLDialect

    public enum Failure: Error, CustomStringConvertible {
        case unsupported(String)
        case cannotWrite(String, String)

        public var description: String {
            switch self {
            case .unsupported(let name):
                return "a CSV export with a loader is for duckdb, postgres and spark; \(name) takes the SQL script (no --output)"
            case .cannotWrite(let path, let reason): return "\(path): \(reason)"
            }
        }
    }

    public init(rows: StudyRows, dialect: SQLDialect) {
        self.rows = rows
        self.dialect = dialect
    }

    /// Writes the files into `directory` (which must exist); returns the loader's path.
    public func write(to directory: String) throws(Failure) -> String {
        guard dialect.bulkLoad != .sqliteImport else { throw .unsupported(dialect.name) }
        let base = CSVExport.absolute(directory)
        var loader = "-- caseql study export (\(dialect.name)): load the CSV files of this folder\n"
        for table in rows.layout.tables {
            let path = base + "/" + table.name + ".csv"
            try writeTable(table, to: path)
            loader += load(table, from: path)
        }
        loader += dialect.createIndexes()
        let loaderPath = base + "/load.sql"
        try CSVExport.writeFile(loaderPath, loader)
        return loaderPath
    }

    private func writeTable(_ table: TableSchema, to path: String) throws(Failure) {
        let file = try OutputFile(path)
        file.write(table.columns.map(\.name).map(CSVExport.quoted).joined(separator: ",") + "\n")
        var chunk = ""
        rows.forEachRow(of: table.name) { row in
            chunk += row.map(CSVExport.field).joined(separator: ",") + "\n"
            if chunk.utf8.count > 1 << 20 { file.write(chunk); chunk = "" }
        }
        file.write(chunk)
        try file.close()
    }

    func load(_ table: TableSchema, from path: String) -> String {
        let name = dialect.identifier(table.name)
        let schema = table.columns.map { "\(dialect.identifier($0.name)) \(dialect.type($0.type))" }.joined(separator: ", ")
        switch dialect.bulkLoad {
        case .copyFrom:
            return "DROP TABLE IF EXISTS \(name);\nCREATE TABLE \(name) (\(schema));\n"
                + "COPY \(name) FROM \(dialect.string(path)) (HEADER, ALLOW_QUOTED_NULLS false);\n"
        case .psqlCopy:
            // psql reads a backslash command to the end of its line: the path must not hold one.
            return "DROP TABLE IF EXISTS \(name);\nCREATE TABLE \(name) (\(schema));\n"
                + "\\copy \(name) FROM \(dialect.string(path)) WITH (FORMAT csv, HEADER true)\n"
        case .csvView:
            return "CREATE OR REPLACE TEMPORARY VIEW \(name) (\(schema)) USING csv OPTIONS "
                + "(path \(dialect.string(path)), header 'true', multiLine 'true', escape '\"');\n"
        case .sqliteImport:
            return ""
        }
    }

    static func field(_ value: SQLValue) -> String {
        switch value {
        case .null: return ""
        case .integer(let i): return String(i)
        case .double(let d): return d.isFinite ? SQLDialect.duckdb.number(d) : ""
        case .text(let s): return quoted(s)
        }
    }

    static func quoted(_ s: String) -> String { "\"" + s.replacing("\"", with: "\"\"") + "\"" }

    static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path }
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getcwd(&buffer, buffer.count) != nil else { return path }
        let cwd = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return cwd + "/" + path
    }

    static func writeFile(_ path: String, _ text: String) throws(Failure) {
        let file = try OutputFile(path)
        file.write(text)
        try file.close()
    }
}

/// A file written in chunks; the first failure is kept and reported at `close`.
private final class OutputFile {
    let path: String
    let handle: UnsafeMutablePointer<FILE>
    var failure: Int32 = 0

    init(_ path: String) throws(CSVExport.Failure) {
        guard let handle = fopen(path, "w") else { throw .cannotWrite(path, String(cString: strerror(errno))) }
        self.path = path
        self.handle = handle
    }

    func write(_ chunk: String) {
        guard failure == 0 else { return }
        var text = chunk
        let n = text.withUTF8 { fwrite($0.baseAddress, 1, $0.count, handle) }
        if n != chunk.utf8.count { failure = errno }
    }

    func close() throws(CSVExport.Failure) {
        if fclose(handle) != 0, failure == 0 { failure = errno }
        if failure != 0 { throw .cannotWrite(path, String(cString: strerror(failure))) }
    }
}
