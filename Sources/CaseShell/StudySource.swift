import CaseModel
import CasePostgres
import CaseQL
import StudyIO
#if canImport(Glibc)
import Glibc
#endif

/// A study as a session holds it: loaded, and where it lives in a database, the engine that
/// answers its queries there (`--data postgresql://…`).
public struct OpenedStudy: Sendable {
    public var loaded: LoadedStudy
    public var backend: (any QueryBackend)?

    public init(_ loaded: LoadedStudy, backend: (any QueryBackend)? = nil) {
        self.loaded = loaded
        self.backend = backend
    }
}

/// Where `--data` and `.open` go: a PostgreSQL URL to the live mode (CasePostgres), anything else
/// to the one study loader (StudyIO), which picks the reader by extension and first bytes.
public enum StudySource {
    public static func open(_ location: String, options: StudyLoader.Options = StudyLoader.Options(),
                            interrupted: () -> Bool = { false }) throws(StudyLoadError) -> OpenedStudy {
        guard LiveStudy.isURL(location) else {
            return OpenedStudy(try StudyLoader.load(path: location, options: options, interrupted: interrupted))
        }
        if options.taxonomyPath != nil {
            throw StudyLoadError(file: "--taxonomy", "applies to case matrices; a PostgreSQL study has its own taxonomy")
        }
        do {
            let (loaded, backend) = try LiveStudy.open(location, environment: environment())
            return OpenedStudy(loaded, backend: backend)
        } catch {
            throw StudyLoadError(file: error.location, error.message)
        }
    }

    /// PGPASSWORD, PGUSER and USER, as psql reads them.
    static func environment() -> [String: String] {
        var values: [String: String] = [:]
        for name in ["PGPASSWORD", "PGUSER", "USER"] {
            if let v = getenv(name) { values[name] = String(cString: v) }
        }
        return values
    }
}
