import CaseModel
/// What a CSV case matrix lacks: the taxonomy its code columns belong to and, optionally, the
/// declared attributes (kinds, labels, enumeration values) of its other columns.
public struct StudySchema: Sendable {
    public var taxonomy: Taxonomy
    public var attributes: [AttributeDefinition]
    /// The whole study, when the file was one: a matrix exported from it gets back its title,
    /// source, case noun, notes and case aliases (`caseql export-study --format csv` round trip).
    public var study: Study?
}

extension StudyFormat {
    /// The schema for a CSV case matrix (`--taxonomy FILE.json`): either a whole study in this format
    /// (its taxonomy and attribute declarations are used, its cases ignored) or a document with just
    /// the taxonomy, `{"format": 1, "taxonomy": {"dimensions": […]}}` or `{"dimensions": […]}`.
    public static func loadSchema(path: String) throws(StudyLoadError) -> StudySchema {
        try decodeSchema(try read(path), fileName: path)
    }

    public static func decodeSchema(_ bytes: [UInt8], fileName: String) throws(StudyLoadError) -> StudySchema {
        let (root, cases) = try parse(bytes, fileName: fileName)
        let decoder = StudyDecoder(fileName: fileName)
        decoder.deferredCases = cases.map { (bytes, $0) }
        var taxonomy: Taxonomy?
        var attributes: [AttributeDefinition] = []
        var whole: Study?
        if case .object(let members) = root.content {
            let keys = Set(members.map(\.key))
            if keys.contains("cases") {
                let study = decoder.decodeStudy(root)
                taxonomy = study?.taxonomy
                attributes = study?.attributes ?? []
                whole = study
            } else if let node = members.first(where: { $0.key == "taxonomy" })?.value {
                taxonomy = decoder.at(.key("taxonomy")) { decoder.taxonomy(node) }
            } else {
                taxonomy = decoder.taxonomy(root)
            }
        } else {
            decoder.reportType(expected: "an object", found: root)
        }
        if let taxonomy, decoder.diagnostics.isEmpty { return StudySchema(taxonomy: taxonomy, attributes: attributes, study: whole) }
        throw StudyLoadError(diagnostics: decoder.sortedDiagnostics())
    }
}
