import CaseModel
import CaseQL

/// The lines the interactive shell greets with, as sqlite's shell does:
///
///     caseql 0.1.0 — 20 firms, 5 dimensions
///     Study: Smart Specialization of SMEs in Developed Countries: …
///     Enter ".help" for usage hints, "tour" for a guided walk.
enum Banner {
    static func text(version: String?, study: LoadedStudy, language: LocalizedText.Language) -> String {
        let program = version.map { "caseql \($0)" } ?? "caseql"
        let title = study.study.title.text(in: language)
        let dimensions = study.index.taxonomy.dimensions.count
        var size = Localized.text(.bannerSize, language, String(study.index.count), study.study.caseNoun, String(dimensions))
        if dimensions == 1, language == .en { size = String(size.dropLast()) }  // "1 dimension"
        let study = title.isEmpty ? "" : Localized.text(.bannerStudy, language, title) + "\n"
        return "\(program) — \(size)\n\(study)" + Localized.text(.bannerHint, language) + "\n"
    }
}
