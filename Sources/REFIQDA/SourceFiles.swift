import Foundation
import SystemIO

/// Where the files a project names live: `internal://X.txt` is `sources/X.txt` of the `.qdpx`
/// (or of the folder beside a bare `.qde`, as an unpacked `.qdpx` lays it out); `relative://` is
/// under the project's `basePath`, else beside the project file; `absolute://` is a path.
struct SourceFiles {
    enum Failure: Error {
        case missing(String)
        case unreadable(String, String)
    }

    /// Entry path inside the archive → its bytes, for a `.qdpx`.
    var archived: [String: [UInt8]]?
    /// The folder of the project file, for relative paths and a bare `.qde`'s `sources/`.
    var folder: String
    var basePath: String?

    func contents(of reference: String) throws(Failure) -> [UInt8] {
        if let rest = reference.dropPrefix("internal://") {
            let entry = "sources/" + rest
            if let archived {
                guard let bytes = archived[entry] ?? archived[entry.lowercased()] else { throw .missing(entry) }
                return bytes
            }
            return try read(folder + "/" + entry)
        }
        if let rest = reference.dropPrefix("relative://") {
            let base = basePath.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 } ?? folder
            return try read(base + "/" + rest.drop { $0 == "/" })
        }
        if let rest = reference.dropPrefix("absolute://") {
            return try read(String(rest))
        }
        if let archived {
            guard let bytes = archived[reference] else { throw .missing(reference) }
            return bytes
        }
        return try read(reference.hasPrefix("/") ? reference : folder + "/" + reference)
    }

    private func read(_ path: String) throws(Failure) -> [UInt8] {
        let decoded = path.removingPercentEncoding ?? path
        do {
            return try FileReading.contents(of: decoded, limit: REFIQDA.sizeLimit)
        } catch {
            throw error.reason == "no such file" ? .missing(decoded) : .unreadable(decoded, error.reason)
        }
    }
}

extension String {
    func dropPrefix(_ prefix: String) -> Substring? {
        guard lowercased().hasPrefix(prefix) else { return nil }
        return dropFirst(prefix.count)
    }
}
