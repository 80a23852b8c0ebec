import SystemPackage
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Questions about paths and the few changes to directories that are not reading or writing a
/// file: what is at a path, creating directories, following links, listing and removing.
/// swift-system answers what it can (stat); mkdir, readlink, unlink and readdir it does not wrap.
public enum FileSystem {
    /// What is at a path, following symbolic links.
    public enum Kind: Equatable, Sendable {
        case missing
        case regular(permissions: FilePermissions)
        /// A FIFO, device, socket or directory: reading it could block or never end.
        case other(String)

        init(_ status: Stat) {
            switch status.type {
            case .regular: self = .regular(permissions: status.permissions)
            case .fifo: self = .other("a FIFO")
            case .characterSpecial: self = .other("a character device")
            case .blockSpecial: self = .other("a block device")
            case .socket: self = .other("a socket")
            case .directory: self = .other("a directory")
            default: self = .other("of an unknown kind")
            }
        }
    }

    public static func kind(of path: String) -> Kind {
        guard let status = try? FilePath(path).stat() else { return .missing }
        return Kind(status)
    }

    /// Whether anything, a dangling link included, is at `path`.
    public static func exists(_ path: String) -> Bool {
        (try? FilePath(path).stat(followTargetSymlink: false)) != nil
    }

    /// Creates `path` and any missing parents with `permissions` (through the umask, as mkdir
    /// does); existing directories are left alone.
    public static func createDirectories(_ path: String, permissions: FilePermissions) throws(FileWriteError) {
        var prefix = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            prefix += "/" + component
            if mkdir(prefix, permissions.rawValue) != 0 && errno != EEXIST {
                throw FileWriteError(destination: prefix, reason: FileReading.describe(Errno.current),
                                     operation: "create directory")
            }
        }
    }

    /// `path` with every symbolic link in its last component followed, also to a file that does
    /// not exist yet (a dotfile manager's link to a file not yet written). Unlike `realpath`,
    /// a dangling link resolves to where it points. After 32 links the path is returned as it
    /// stands, and opening it reports the loop.
    public static func followingLinks(_ path: String) -> String {
        var current = path
        for _ in 0..<32 {
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let length = readlink(current, &buffer, buffer.count - 1)
            guard length > 0 else { return current }
            let target = String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = target.hasPrefix("/") ? target : parentDirectory(of: current) + "/" + target
        }
        return current
    }

    public static func parentDirectory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    public static func lastComponent(of path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// Removes the file at `path`; whether it was there is not asked (a leftover may be gone).
    public static func removeFile(_ path: String) {
        _ = unlink(path)
    }

    public struct DirectoryEntry: Sendable, Equatable {
        public var name: String
        /// Following symbolic links, so a link to a directory counts as one.
        public var isDirectory: Bool
    }

    /// The entries of the directory `path` ("." and ".." among them), or nil when it cannot be read.
    public static func entries(ofDirectory path: String) -> [DirectoryEntry]? {
        guard let directory = opendir(path) else { return nil }
        defer { closedir(directory) }
        var entries: [DirectoryEntry] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            let isDirectory = (try? FilePath(path + "/" + name).stat())?.type == .directory
            entries.append(DirectoryEntry(name: name, isDirectory: isDirectory))
        }
        return entries
    }
}
