import CaseModel

/// The two lines the interactive shell greets with, as sqlite's shell does:
///
///     caseql 0.1.0 — Smart Specialization of SMEs … (20 firms)
///     Enter ".help" for usage hints.
enum Banner {
    static func text(version: String?, study: LoadedStudy, language: LocalizedText.Language) -> String {
        let program = version.map { "caseql \($0)" } ?? "caseql"
        let title = study.study.title.text(in: language)
        let size = "\(study.index.count) \(study.study.caseNoun)"
        let about = title.isEmpty ? "(\(size))" : "\(title) (\(size))"
        return "\(program) — \(about)\nEnter \".help\" for usage hints.\n"
    }
}
