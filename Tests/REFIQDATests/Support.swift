import Foundation
import Testing
import ZIPFoundation
import TestSupport

enum Fixture {
    static let folder = PackagePaths.rootURL.appendingPathComponent("Tests/REFIQDATests/Fixtures")
    static let schema = URL(fileURLWithPath: PackagePaths.refiQDASchema).standardized.path

    static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// A `.qdpx` zipped from a fixture folder (the fixtures are kept unpacked so they can be read
    /// and reviewed as text).
    static func archive(_ name: String) throws -> String {
        let source = folder.appendingPathComponent(name)
        // A name of its own per call: tests run in parallel and zip the same fixture.
        let target = temporaryDirectory().appendingPathComponent(name + "-\(UUID().uuidString).qdpx")
        let archive = try Archive(url: target, accessMode: .create)
        let files = FileManager.default.enumerator(atPath: source.path)!.compactMap { $0 as? String }.sorted()
        for file in files where !file.hasSuffix("/") {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: source.appendingPathComponent(file).path,
                                                        isDirectory: &isDirectory)
            if !exists || isDirectory.boolValue { continue }
            try archive.addEntry(with: file, relativeTo: source, compressionMethod: .deflate)
        }
        return target.path
    }

    static func temporaryDirectory() -> URL {
        let url = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("caseql-refi-\(getpid())")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let url = temporaryDirectory().appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }
}

/// `xmllint --noout --schema Project-mrt2019.xsd FILE`: nil when the file validates, else its output.
func schemaErrors(of path: String) throws -> String? {
    let result = try Program.run("/usr/bin/xmllint", ["--noout", "--schema", Fixture.schema, path], timeout: 120)
    return result.status == 0 ? nil : result.stderr + result.stdout
}
