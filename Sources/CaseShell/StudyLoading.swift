import CaseModel

extension LoadedStudy {
    public init(study: Study) {
        self.init(study: study, index: CaseIndex(study: study))
    }

    public static func builtin() -> LoadedStudy {
        LoadedStudy(study: BuiltinStudy.load())
    }

    /// Loads a study file: the JSON study format, or a CSV case matrix (by extension), optionally with
    /// a taxonomy file for CSV. The message of a failure names the file and the place.
    public static func load(path: String, taxonomyPath: String? = nil) throws(LoadFailure) -> LoadedStudy {
        if path.lowercased().hasSuffix(".csv") {
            var schema: StudySchema?
            if let taxonomyPath {
                do { schema = try StudyFormat.loadSchema(path: taxonomyPath) } catch { throw LoadFailure(error.description) }
            }
            do {
                return try CSVStudy.load(path: path, taxonomy: schema?.taxonomy, attributes: schema?.attributes ?? [])
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
