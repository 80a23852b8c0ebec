import CaseModel
/// The study caseql ships with: the smart-specialization paper's 20 firms. It is data, embedded from
/// Samples/smart-specialization.json by Scripts/embed-study.sh; nothing about it is written in code.
public enum BuiltinStudy {
    /// The embedded study file, exactly as in the repository.
    public static var json: String { embeddedJSON }

    /// The decoded study (decoded once, on first use).
    public static func load() -> Study { decoded }

    /// Decoded from the trusted dump (BuiltinStudyDump.swift), which a one-shot `caseql -c` reads
    /// several times faster than it validates the JSON. The JSON is the fallback should the dump not
    /// decode; a stale dump decodes but differs from the JSON, which BuiltinStudyDumpTests catches.
    private static let decoded: Study = {
        if let study = StudyDump.decode(embeddedDump) { return study }
        do {
            return try StudyFormat.decode(Array(embeddedJSON.utf8), fileName: embeddedFileName)
        } catch {
            // The embedded file is checked by the tests; failing here is a build of broken data.
            fatalError("the built-in study does not load:\n\(error)")
        }
    }()
}
