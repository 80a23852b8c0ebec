import CaseModel
import REFIQDA
import SystemIO

/// The formats a study file may be in.
public enum StudyFileFormat: String, Sendable, CaseIterable {
    /// The JSON study format (docs/study-format.md).
    case json
    /// A case matrix (docs/csv-format.md): comma, semicolon, tab or bar separated.
    case csv
    /// REFI-QDA (docs/refi-qda.md): a project zipped with its sources, a project's XML alone, a codebook.
    case qdpx, qde, qdc

    /// The format a file name says, if any.
    static func byExtension(_ path: String) -> StudyFileFormat? {
        let name = path.lowercased()
        if name.hasSuffix(".json") { return .json }
        if name.hasSuffix(".csv") || name.hasSuffix(".tsv") || name.hasSuffix(".txt") { return .csv }
        return refi(REFIQDA.kind(path: path, firstBytes: []))
    }

    /// The format the first bytes show, where they decide: a JSON study starts with `{`.
    static func byContent(_ prefix: [UInt8]) -> StudyFileFormat? {
        var bytes = prefix[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let first = bytes.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) else { return nil }
        if first == UInt8(ascii: "{") { return .json }
        return refi(REFIQDA.kind(path: "", firstBytes: Array(prefix)))
    }

    private static func refi(_ kind: REFIQDA.FileKind?) -> StudyFileFormat? {
        switch kind {
        case .archive: .qdpx
        case .project: .qde
        case .codebook: .qdc
        case nil: nil
        }
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
        // 512 bytes: an XML declaration (and a BOM) may come before a REFI-QDA root element.
        StudyFileFormat.byContent(FileReading.prefix(of: path, count: 512)) ?? StudyFileFormat.byExtension(path) ?? .csv
    }

    public static func load(path: String, options: Options = Options(),
                            interrupted: () -> Bool = { false }) throws(StudyLoadError) -> LoadedStudy {
        switch format(of: path) {
        case .json:
            if options.taxonomyPath != nil {
                throw StudyLoadError(file: path, "--taxonomy applies to case matrices; '\(path)' is a JSON study with its own taxonomy")
            }
            // A large study of plain cases goes straight to columns; anything else, and every error,
            // through the full decoder.
            if let columnar = ColumnarJSONStudy.load(path: path) { return columnar }
            return LoadedStudy(study: try StudyFormat.load(path: path))
        case .csv:
            var schema: StudySchema?
            var codebook: Taxonomy?
            if let taxonomyPath = options.taxonomyPath, [.qdc, .qde, .qdpx].contains(format(of: taxonomyPath)) {
                do { codebook = try REFIQDA.loadTaxonomy(path: taxonomyPath) } catch { throw StudyLoadError(error) }
            } else if let taxonomyPath = options.taxonomyPath {
                schema = try StudyFormat.loadSchema(path: taxonomyPath)
            }
            do {
                var loaded = try CSVStudy.load(path: path, taxonomy: codebook ?? schema?.taxonomy, attributes: schema?.attributes ?? [],
                                               separator: options.separator, interrupted: interrupted)
                if let whole = schema?.study { loaded.adoptMetadata(of: whole) }
                return loaded
            } catch {
                throw StudyLoadError(error)
            }
        case .qdpx, .qde:
            if options.taxonomyPath != nil {
                throw StudyLoadError(file: path, "--taxonomy applies to case matrices; '\(path)' is a REFI-QDA project with its own codebook")
            }
            do { return LoadedStudy(study: try REFIQDA.loadStudy(path: path)) } catch { throw StudyLoadError(error) }
        case .qdc:
            throw StudyLoadError(file: path, "a REFI-QDA codebook holds no cases; give it as --taxonomy for a case matrix")
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

extension LoadedStudy {
    /// A matrix loaded with a whole study as its `--taxonomy` takes that study's description, its
    /// cases' aliases (matched by name) and the translations of text values (a cell holds one
    /// language); codes and attribute values stay the matrix's own.
    mutating func adoptMetadata(of whole: Study) {
        study.title = whole.title
        study.source = whole.source
        study.caseNoun = whole.caseNoun
        let aliases = Dictionary(whole.cases.map { ($0.name, $0.aliases) }, uniquingKeysWith: { a, _ in a })
        for i in study.cases.indices {
            if let a = aliases[study.cases[i].name] { study.cases[i].aliases = a }
        }
        var translations: [String: [String: LocalizedText]] = [:]
        for kase in whole.cases {
            for (id, value) in kase.attributes {
                if case .text(let t) = value, !t.en.isEmpty { translations[id, default: [:]][t.en] = t }
            }
        }
        guard !translations.isEmpty else { return }
        let columns = index.columns.enumerated().map { a, column -> AttributeColumn in
            guard case .text(let codes, let dictionary) = column, let known = translations[index.attributes[a].id] else { return column }
            return .text(codes: codes, dictionary: dictionary.map { known[$0.en] ?? $0 })
        }
        index = CaseIndex(count: index.count, names: index.names, taxonomy: index.taxonomy, attributes: index.attributes,
                          columns: columns, directSets: index.directSets)
        for i in study.cases.indices {
            for (id, value) in study.cases[i].attributes {
                if case .text(let t) = value, let full = translations[id]?[t.en] { study.cases[i].attributes[id] = .text(full) }
            }
        }
    }
}
