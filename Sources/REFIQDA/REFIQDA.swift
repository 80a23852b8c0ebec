import CaseModel
import Foundation
import SystemIO
import ZIPFoundation

/// REFI-QDA, the exchange format of NVivo, ATLAS.ti, MAXQDA, QualCoder and others
/// (https://www.qdasoftware.org): reading a project (`.qdpx`, or a bare `.qde`) as a study and a
/// codebook (`.qdc`) as a taxonomy, and writing them back. The mapping is in docs/refi-qda.md.
public enum REFIQDA {
    public enum FileKind: Sendable, Equatable {
        /// A zip with `project.qde` and `sources/`.
        case archive
        /// A `<Project>` document.
        case project
        /// A `<CodeBook>` document.
        case codebook
    }

    /// Which REFI-QDA file `path` is, by extension, else by its first bytes (`PK` for a zip, an XML
    /// document whose root is `<Project` or `<CodeBook`); nil for anything else.
    public static func kind(path: String, firstBytes: [UInt8]) -> FileKind? {
        switch path.split(separator: ".").last?.lowercased() {
        case "qdpx": return .archive
        case "qde": return .project
        case "qdc": return .codebook
        default: break
        }
        if firstBytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .archive }
        var head = firstBytes.starts(with: XMLParser.byteOrderMark) ? Array(firstBytes.dropFirst(3)) : firstBytes
        head = Array(head.drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 })
        guard head.first == UInt8(ascii: "<") else { return nil }
        let text = String(decoding: head.prefix(512), as: UTF8.self)
        if text.contains("<Project") || text.contains(":Project ") { return .project }
        if text.contains("<CodeBook") || text.contains(":CodeBook ") { return .codebook }
        return nil
    }

    /// `kind(path:firstBytes:)` of a file on disk; nil also when it cannot be read (the loader that
    /// takes it then says why).
    public static func kind(ofFile path: String) -> FileKind? {
        kind(path: path, firstBytes: FileReading.prefix(of: path, count: 512))
    }

    /// Reads a project (`.qdpx` or `.qde`, by `kind(path:firstBytes:)`) as a study. Every problem is
    /// reported with its place; nothing of a broken project is returned.
    public static func loadStudy(path: String) throws(REFIQDAError) -> Study {
        let bytes = try read(path)
        let folder = directory(of: path)
        if kind(path: path, firstBytes: Array(bytes.prefix(512))) == .archive {
            let archive = try unpack(bytes, path: path)
            return try decodeProject(archive.project, fileName: path + "!/" + archive.projectEntry,
                                     files: SourceFiles(archived: archive.entries, folder: folder))
        }
        return try decodeProject(bytes, fileName: path, files: SourceFiles(archived: nil, folder: folder))
    }

    /// Reads a codebook (`.qdc`, or the codebook of a project) as a taxonomy.
    public static func loadTaxonomy(path: String) throws(REFIQDAError) -> Taxonomy {
        var bytes = try read(path)
        var fileName = path
        if kind(path: path, firstBytes: Array(bytes.prefix(512))) == .archive {
            let archive = try unpack(bytes, path: path)
            bytes = archive.project
            fileName = path + "!/" + archive.projectEntry
        }
        return try decodeTaxonomy(bytes, fileName: fileName)
    }

    /// A `.qde` document's bytes as a study, its texts inline (a `plainTextPath` is a missing file).
    public static func decodeProject(_ bytes: [UInt8], fileName: String) throws(REFIQDAError) -> Study {
        try decodeProject(bytes, fileName: fileName, files: SourceFiles(archived: [:], folder: "."))
    }

    /// A `.qde` document's bytes as a study; `files` resolves its `plainTextPath`s.
    static func decodeProject(_ bytes: [UInt8], fileName: String, files: SourceFiles) throws(REFIQDAError) -> Study {
        let context = ImportContext(fileName: fileName, bytes: bytes)
        let root = try parse(bytes, context: context)
        let study = ProjectImport(context: context, files: files).study(root)
        guard let study, !context.failed else { throw REFIQDAError(diagnostics: context.diagnostics) }
        return study
    }

    /// The bytes of a `.qdc` (root `<CodeBook>`) or `.qde` (its `<CodeBook>`) as a taxonomy.
    public static func decodeTaxonomy(_ bytes: [UInt8], fileName: String) throws(REFIQDAError) -> Taxonomy {
        let context = ImportContext(fileName: fileName, bytes: bytes)
        let root = try parse(bytes, context: context)
        var codebook: XMLElement?
        var path = ElementPath.root.appending(root.name)
        switch root.name {
        case "CodeBook": codebook = root
        case "Project":
            codebook = root.child("CodeBook")
            path = path.appending("CodeBook")
        default:
            context.report("the root element is <\(root.name)>, not <CodeBook> or <Project>", at: root, path: path)
        }
        let taxonomy = ImportedCodebook.read(codebook, path: path, context: context).taxonomy
        guard !context.failed else { throw REFIQDAError(diagnostics: context.diagnostics) }
        return taxonomy
    }

    private static func parse(_ bytes: [UInt8], context: ImportContext) throws(REFIQDAError) -> XMLElement {
        do {
            return try XMLParser.parse(bytes)
        } catch {
            context.report("XML is not well formed: " + error.message, offset: error.offset, path: error.path)
            throw REFIQDAError(diagnostics: context.diagnostics)
        }
    }

    // MARK: files and archives

    /// No real project comes near this; a larger file or entry is refused before it is read.
    static let sizeLimit = 2 << 30

    private static func read(_ path: String) throws(REFIQDAError) -> [UInt8] {
        do {
            return try FileReading.contents(of: path, limit: sizeLimit)
        } catch {
            throw REFIQDAError(file: path, message: error.reason)
        }
    }

    private static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    struct Unpacked {
        var projectEntry: String
        var project: [UInt8]
        /// The text entries (`.txt`), by path; media are never needed.
        var entries: [String: [UInt8]]
    }

    /// The `project.qde` and text files of a `.qdpx`.
    static func unpack(_ bytes: [UInt8], path: String) throws(REFIQDAError) -> Unpacked {
        let archive: Archive
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw REFIQDAError(file: path, message: "not a valid zip archive, as a .qdpx must be (\(error))")
        }
        var projectEntry: Entry?
        var entries: [String: [UInt8]] = [:]
        do {
            for entry in archive where entry.type == .file {
                let name = entry.path
                let lower = name.lowercased()
                if lower.hasSuffix(".qde"), projectEntry == nil || lower == "project.qde" {
                    projectEntry = entry
                } else if lower.hasSuffix(".txt") {
                    entries[name] = try extract(entry, from: archive, path: path)
                }
            }
            guard let projectEntry else {
                throw REFIQDAError(file: path, message: "the archive holds no project.qde")
            }
            return Unpacked(projectEntry: projectEntry.path, project: try extract(projectEntry, from: archive, path: path),
                            entries: entries)
        } catch let error as REFIQDAError {
            throw error
        } catch {
            throw REFIQDAError(file: path, message: "the zip archive is damaged (\(error))")
        }
    }

    private static func extract(_ entry: Entry, from archive: Archive, path: String) throws -> [UInt8] {
        guard entry.uncompressedSize <= UInt64(sizeLimit) else {
            throw REFIQDAError(file: path + "!/" + entry.path, message: "entry is too large")
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(entry.uncompressedSize))
        _ = try archive.extract(entry, skipCRC32: false) { chunk in bytes.append(contentsOf: chunk) }
        return bytes
    }
}
