/// One problem with a REFI-QDA file: `study.qdpx!/project.qde:41:7: error: Project/Sources/TextSource[3]: …`.
public struct REFIQDADiagnostic: Sendable, Hashable, CustomStringConvertible {
    /// The file as the user named it; inside a `.qdpx`, `archive!/entry`.
    public var file: String
    /// Nil when the problem is the file itself (missing, not a zip, no project.qde).
    public var line: Int?
    public var column: Int?
    /// The path of the offending element, `Project/Sources/TextSource[3]` (1-based indexes among
    /// siblings of the same name); empty for the file as a whole.
    public var path: String
    public var message: String

    public var description: String {
        var text = file
        if let line, let column { text += ":\(line):\(column)" }
        text += ": error:"
        if !path.isEmpty { text += " \(path):" }
        return text + " " + message
    }
}

/// A REFI-QDA file that could not be read, with every problem found (up to a limit), in file order.
/// Nothing of such a file is ever loaded.
public struct REFIQDAError: Error, Sendable, Hashable, CustomStringConvertible {
    public var diagnostics: [REFIQDADiagnostic]

    static let limit = 50

    init(file: String, message: String) {
        diagnostics = [REFIQDADiagnostic(file: file, path: "", message: message)]
    }

    init(diagnostics: [REFIQDADiagnostic]) {
        self.diagnostics = diagnostics
    }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
