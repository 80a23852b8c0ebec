import REFIQDA

extension StudyLoadError {
    /// A REFI-QDA reader's error in the shape every study error takes; the element path leads the
    /// message (`Project/Sources/TextSource[3]: …`), as a JSON path does for a JSON study.
    public init(_ error: REFIQDAError) {
        self.init(diagnostics: error.diagnostics.map { d in
            let position = d.line.flatMap { line in d.column.map { JSONPosition(line: line, column: $0) } }
            return StudyDiagnostic(file: d.file, position: position, message: d.path.isEmpty ? d.message : d.path + ": " + d.message)
        })
    }
}
