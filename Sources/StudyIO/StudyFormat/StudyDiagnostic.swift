import CaseModel
/// One thing wrong with a study file: `study.json:41:27: error: cases[3].codes[1].category: unknown category …`.
public struct StudyDiagnostic: Sendable, Hashable, CustomStringConvertible {
    /// The file as the user named it.
    public var file: String
    /// Nil when the problem is the file itself (missing, a directory, unreadable).
    public var position: JSONPosition?
    /// The JSON path of the offending value; empty for the document as a whole.
    public var path: JSONPath
    public var message: String
    /// The offending line's text, where the reader has it (case matrices), for a caret under it.
    public var lineText: String?

    public init(file: String, position: JSONPosition?, path: JSONPath = JSONPath(), message: String) {
        self.file = file
        self.position = position
        self.path = path
        self.message = message
    }

    public var description: String {
        // The form of every caseql diagnostic: `where[:line:col]: error: …`.
        var text = file
        if let position { text += ":\(position)" }
        text += ": error:"
        if !path.isEmpty { text += " \(path):" }
        return text + " " + message
    }
}

/// A study that could not be loaded, with every problem found (up to a limit), in file order.
public struct StudyLoadError: Error, Sendable, Hashable, CustomStringConvertible {
    public var diagnostics: [StudyDiagnostic]

    public init(diagnostics: [StudyDiagnostic]) {
        self.diagnostics = diagnostics
    }

    /// One diagnostic a line.
    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
