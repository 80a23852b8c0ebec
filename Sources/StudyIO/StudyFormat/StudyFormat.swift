import SystemIO
import CaseModel
/// The JSON study format of docs/study-format.md: reading a study from a file or bytes, and writing
/// one back in the same format (loading an export gives the same study).
public enum StudyFormat {
    /// At most this many problems are reported; a file with more is usually wrong in one way many times.
    public static let diagnosticLimit = 50

    /// Decodes and validates a whole study. Either every rule holds and the study is returned, or
    /// every problem found is thrown: nothing is ever half loaded.
    public static func decode(_ bytes: [UInt8], fileName: String) throws(StudyLoadError) -> Study {
        let (root, cases) = try parse(bytes, fileName: fileName)
        let decoder = StudyDecoder(fileName: fileName)
        decoder.deferredCases = cases.map { (bytes, $0) }
        let study = decoder.decodeStudy(root)
        if let study, decoder.diagnostics.isEmpty { return study }
        throw StudyLoadError(diagnostics: decoder.sortedDiagnostics())
    }

    /// JSON studies above this are refused before reading: no real study comes near it.
    static let sizeLimit = 2 << 30

    /// A file's bytes, or why it cannot be read as a study diagnostic.
    static func read(_ path: String) throws(StudyLoadError) -> [UInt8] {
        do {
            return try FileReading.contents(of: path, limit: StudyFormat.sizeLimit)
        } catch {
            throw StudyLoadError(diagnostics: [StudyDiagnostic(file: path, position: nil, message: error.reason)])
        }
    }

    /// The JSON document, or its syntax error as a study diagnostic. The root's `cases` array is
    /// checked but not kept (its node is empty; the `DeferredArray` says where its elements are):
    /// the decoder reads the cases one at a time, so a large study never holds every case's nodes.
    static func parse(_ bytes: [UInt8], fileName: String) throws(StudyLoadError) -> (JSONNode, DeferredArray?) {
        do {
            return try JSONParser.parse(bytes, deferring: "cases")
        } catch {
            throw StudyLoadError(diagnostics: [
                StudyDiagnostic(file: fileName, position: error.position, path: error.path, message: error.message),
            ])
        }
    }

    /// Reads and decodes a study file. A missing file, a directory, an unreadable or oversized file
    /// are reported as diagnostics like any other problem.
    public static func load(path: String) throws(StudyLoadError) -> Study {
        try decode(try read(path), fileName: path)
    }

    /// The study in the canonical layout: keys in the documented order, pretty-printed, ending with a
    /// line break. `decode(encode(s)) == s` for every valid study.
    public static func encode(_ study: Study) -> String {
        JSONWriter.pretty(StudyEncoder.encode(study)) + "\n"
    }
}
