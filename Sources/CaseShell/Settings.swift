import CaseModel
import CaseRender

/// What the user can change while the shell runs (`.mode`, `.lang`, `.timer`, `.bail`).
public struct Settings: Sendable {
    public var format: OutputFormat = .table
    public var language: LocalizedText.Language = .en
    public var timer = false
    /// Stop a script at its first error.
    public var bail = false
    /// Output is going to a terminal: shade matrices in colour.
    public var color = false
    public var maxWidth: Int?

    public init() {}

    var renderOptions: RenderOptions {
        RenderOptions(format: format, maxRows: nil, color: color, maxWidth: maxWidth)
    }
}
