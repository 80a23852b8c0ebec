import CaseModel
import SystemIO

/// The formats a study file may be in.
public enum StudyFileFormat: String, Sendable, CaseIterable {
    /// The JSON study format (docs/study-format.md).
    case json
    /// A case matrix (docs/csv-format.md): comma, semicolon, tab or bar separated.
    case csv

    /// The format a file name says, if any.
    static func byExtension(_ path: String) -> StudyFileFormat? {
        let name = path.lowercased()
        if name.hasSuffix(".json") { return .json }
        if name.hasSuffix(".csv") || name.hasSuffix(".tsv") || name.hasSuffix(".txt") { return .csv }
        return nil
    }

    /// The format the first bytes show, where they decide: a JSON study starts with `{`.
    static func byContent(_ prefix: [UInt8]) -> StudyFileFormat? {
        var bytes = prefix[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let first = bytes.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) else { return nil }
        if first == UInt8(ascii: "{") { return .json }
        return nil
    }
}

/// The one way a study file becomes a loaded study, for `--data`, `.open`, `export-study` and the
/// tests: the reader is chosen by the file's first bytes where they decide, else by its extension,
/// else it is read as a case matrix. Every failure is a `StudyLoadError` whose diagnostics name
/// the file, line and column (and the JSON path for JSON).
public enum StudyLoader {
    public struct Options: Sendable {
        /// A taxonomy or whole study (JSON) giving a case matrix its categories and attributes.
        public var taxonomyPath: String?
        /// A case matrix's field separator; nil: sniffed from the file.
        public var separator: UInt8?

        public init(taxonomyPath: String? = nil, separator: UInt8? = nil) {
            self.taxonomyPath = taxonomyPath
            self.separator = separator
        }
    }

    public static func builtin() -> LoadedStudy {
        LoadedStudy(study: BuiltinStudy.load())
    }

    /// Whether a file named on the command line is a study to open (as `sqlite3 file.db` opens its
    /// file) rather than a script to run: a study's extension, or JSON content.
    public static func looksLikeStudy(_ path: String) -> Bool {
        if StudyFileFormat.byContent(FileReading.prefix(of: path, count: 64)) != nil { return true }
        let name = path.lowercased()
        return [".json", ".csv", ".tsv"].contains { name.hasSuffix($0) }
    }

    public static func format(of path: String) -> StudyFileFormat {
        StudyFileFormat.byContent(FileReading.prefix(of: path, count: 64)) ?? StudyFileFormat.byExtension(path) ?? .csv
    }

    public static func load(path: String, options: Options = Options(),
                            interrupted: () -> Bool = { false }) throws(StudyLoadError) -> LoadedStudy {
        switch format(of: path) {
        case .json:
            if options.taxonomyPath != nil {
                throw StudyLoadError(file: path, "--taxonomy applies to case matrices; '\(path)' is a JSON study with its own taxonomy")
            }
            return LoadedStudy(study: try StudyFormat.load(path: path))
        case .csv:
            var schema: StudySchema?
            if let taxonomyPath = options.taxonomyPath { schema = try StudyFormat.loadSchema(path: taxonomyPath) }
            do {
                return try CSVStudy.load(path: path, taxonomy: schema?.taxonomy, attributes: schema?.attributes ?? [],
                                         separator: options.separator, interrupted: interrupted)
            } catch {
                throw StudyLoadError(error)
            }
        }
    }
}

extension StudyLoadError {
    /// A problem with the file as a whole.
    public init(file: String, _ message: String) {
        self.init(diagnostics: [StudyDiagnostic(file: file, position: nil, message: message)])
    }

    /// A case matrix's error, in the shape every study error takes.
    public init(_ error: CSVLoadError) {
        let position = error.line == 0 ? nil : JSONPosition(line: error.line, column: error.column)
        var diagnostic = StudyDiagnostic(file: error.file, position: position, message: error.message)
        diagnostic.lineText = error.lineText.isEmpty ? nil : error.lineText
        self.init(diagnostics: [diagnostic])
    }
}
