import Foundation
import Testing
import ZIPFoundation

enum Fixture {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let schema = folder.appendingPathComponent("../../../../shared/data/refi-qda/Project-mrt2019.xsd").standardized.path

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
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/xmllint")
    process.arguments = ["--noout", "--schema", Fixture.schema, path]
    let pipe = Pipe()
    process.standardError = pipe
    process.standardOutput = pipe
    try process.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return process.terminationStatus == 0 ? nil : String(decoding: output, as: UTF8.self)
}
