import QueryResult

/// What every step of an import shares: the document (for positions), the problems found so far,
/// and the elements it met but does not map, counted so each is reported once.
final class ImportContext {
    let fileName: String
    let bytes: [UInt8]
    private(set) var diagnostics: [REFIQDADiagnostic] = []
    /// Element name → how many were left out, in the order first met.
    private(set) var ignored: [(name: String, count: Int)] = []

    init(fileName: String, bytes: [UInt8]) {
        self.fileName = fileName
        self.bytes = bytes
    }

    var failed: Bool { !diagnostics.isEmpty }

    func report(_ message: String, at element: XMLElement, path: ElementPath) {
        report(message, offset: element.offset, path: path.text)
    }

    func report(_ message: String, offset: Int, path: String) {
        guard diagnostics.count < REFIQDAError.limit else { return }
        let position = XMLPosition(offset: offset, in: bytes)
        diagnostics.append(REFIQDADiagnostic(file: fileName, line: position.line, column: position.column,
                                             path: path, message: message))
    }

    /// Notes an element the mapping leaves out (`Graphs`, `Links`, a `SyncPoint` …).
    func ignore(_ name: String) {
        if let i = ignored.firstIndex(where: { $0.name == name }) {
            ignored[i].count += 1
        } else {
            ignored.append((name, 1))
        }
    }

    /// A required attribute, or a diagnostic.
    func required(_ attribute: String, of element: XMLElement, path: ElementPath) -> String? {
        guard let value = element.attribute(attribute) else {
            report("<\(element.name)> has no \(attribute) attribute", at: element, path: path)
            return nil
        }
        return value
    }

    /// The element's `guid`, as a canonical key, or a diagnostic.
    func guid(of element: XMLElement, path: ElementPath, attribute: String = "guid") -> String? {
        guard let text = required(attribute, of: element, path: path) else { return nil }
        guard let key = GUID.key(text) else {
            report("\(attribute) '\(text)' is not a GUID", at: element, path: path)
            return nil
        }
        return key
    }

    /// An integer attribute, or a diagnostic.
    func integer(_ attribute: String, of element: XMLElement, path: ElementPath) -> Int? {
        guard let text = required(attribute, of: element, path: path) else { return nil }
        guard let value = Int(text) ?? Int(text.trimmingSpaces) else {
            report("\(attribute) '\(text)' is not an integer", at: element, path: path)
            return nil
        }
        return value
    }
}
