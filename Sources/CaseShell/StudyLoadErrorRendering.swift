import CaseQL
import StudyIO

extension StudyLoadError {
    /// Every problem of a study file through the one diagnostic renderer: `file:line:col: error:
    /// path: message`, then the offending line and a caret where the reader kept its text.
    public var rendered: String {
        diagnostics.map { d in
            DiagnosticRenderer.render(file: d.file, line: d.position?.line, column: d.position?.column, lineText: d.lineText,
                                      message: d.path.isEmpty ? d.message : "\(d.path): \(d.message)")
        }.joined()
    }
}
