extension StudyFormat {
    /// A taxonomy for a CSV case matrix (`--taxonomy FILE.json`): either a whole study in this format
    /// (its taxonomy is used, the rest ignored) or a document with just the taxonomy,
    /// `{"format": 1, "taxonomy": {"dimensions": […]}}` or `{"dimensions": […]}`.
    public static func loadTaxonomy(path: String) throws(StudyLoadError) -> Taxonomy {
        let bytes: [UInt8]
        do {
            bytes = try StudyFile.contents(of: path)
        } catch {
            throw StudyLoadError(diagnostics: [StudyDiagnostic(file: path, position: nil, message: error.message)])
        }
        return try decodeTaxonomy(bytes, fileName: path)
    }

    public static func decodeTaxonomy(_ bytes: [UInt8], fileName: String) throws(StudyLoadError) -> Taxonomy {
        let root: JSONNode
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            throw StudyLoadError(diagnostics: [
                StudyDiagnostic(file: fileName, position: error.position, path: error.path, message: error.message),
            ])
        }
        let decoder = StudyDecoder(fileName: fileName)
        var taxonomy: Taxonomy?
        if case .object(let members) = root.content {
            let keys = Set(members.map(\.key))
            if keys.contains("cases") {
                taxonomy = decoder.decodeStudy(root)?.taxonomy
            } else if let node = members.first(where: { $0.key == "taxonomy" })?.value {
                taxonomy = decoder.at(.key("taxonomy")) { decoder.taxonomy(node) }
            } else {
                taxonomy = decoder.taxonomy(root)
            }
        } else {
            decoder.reportType(expected: "an object", found: root)
        }
        if let taxonomy, decoder.diagnostics.isEmpty { return taxonomy }
        throw StudyLoadError(diagnostics: decoder.sortedDiagnostics())
    }
}
