import CaseModel
/// The study caseql ships with: the smart-specialization paper's 20 firms. It is data, embedded from
/// Samples/smart-specialization.json by Scripts/embed-study.sh; nothing about it is written in code.
public enum BuiltinStudy {
    /// The embedded study file, exactly as in the repository.
    public static var json: String { embeddedJSON }

    /// The decoded study (decoded once, on first use).
    public static func load() -> Study { decoded }

    private static let decoded: Study = {
        do {
            return try StudyFormat.decode(Array(embeddedJSON.utf8), fileName: embeddedFileName)
        } catch {
            // The embedded file is checked by the tests; failing here is a build of broken data.
            fatalError("the built-in study does not load:\n\(error)")
        }
    }()
}
