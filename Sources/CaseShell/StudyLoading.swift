import CaseModel
import REFIQDA

extension LoadedStudy {
    /// A study from the JSON format: its index, and the degrees of any fuzzy codes.
    public init(study: Study) {
        let index = CaseIndex(study: study)
        var memberships: [Int: [Float]] = [:]
        for (c, kase) in study.cases.enumerated() {
            for code in kase.codes where code.membership != 0 && code.membership != 1 {
                guard let node = index.taxonomy.index(of: code.category) else { continue }
                if memberships[node] == nil {
                    // Crisp codes of the same category keep their 1; uncoded cases are 0.
                    memberships[node] = (0..<study.cases.count).map { index.directSets[node][$0] ? 1 : 0 }
                }
                memberships[node]![c] = Float(code.membership)
            }
        }
        self.init(study: study, index: index, memberships: memberships)
    }

    public static func builtin() -> LoadedStudy {
        LoadedStudy(study: BuiltinStudy.load())
    }

    /// Loads a study file: the JSON study format, a CSV case matrix (by extension) or a REFI-QDA project
    /// (by extension or first bytes), optionally with a taxonomy file (JSON, or a REFI-QDA codebook) for
    /// CSV. The message of a failure names the file and the place.
    public static func load(path: String, taxonomyPath: String? = nil) throws(LoadFailure) -> LoadedStudy {
        if let kind = REFIQDA.kind(ofFile: path) {
            guard kind != .codebook else {
                throw LoadFailure("\(path): error: a REFI-QDA codebook holds no cases; give it as --taxonomy for a CSV case matrix")
            }
            if taxonomyPath != nil {
                throw LoadFailure("--taxonomy applies to CSV case matrices; '\(path)' is a REFI-QDA project with its own codebook")
            }
            do { return LoadedStudy(study: try REFIQDA.loadStudy(path: path)) } catch { throw LoadFailure(error.description) }
        }
        if path.lowercased().hasSuffix(".csv") {
            var schema: StudySchema?
            var codebook: Taxonomy?
            if let taxonomyPath, REFIQDA.kind(ofFile: taxonomyPath) != nil {
                do { codebook = try REFIQDA.loadTaxonomy(path: taxonomyPath) } catch { throw LoadFailure(error.description) }
            } else if let taxonomyPath {
                do { schema = try StudyFormat.loadSchema(path: taxonomyPath) } catch { throw LoadFailure(error.description) }
            }
            do {
                return try CSVStudy.load(path: path, taxonomy: codebook ?? schema?.taxonomy, attributes: schema?.attributes ?? [])
            } catch {
                throw LoadFailure(error.description)
            }
        }
        if taxonomyPath != nil {
            throw LoadFailure("--taxonomy applies to CSV case matrices; '\(path)' is a JSON study with its own taxonomy")
        }
        do {
            return LoadedStudy(study: try StudyFormat.load(path: path))
        } catch {
            throw LoadFailure(error.description)
        }
    }
}

public struct LoadFailure: Error, Sendable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
