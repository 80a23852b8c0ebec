/// Settings that shape rendered output; the shell builds them from flags, `.mode` and the terminal.
public struct RenderOptions: Sendable, Hashable {
    public var format: OutputFormat
    /// Show at most this many rows; the rest are counted in a "… 20 of 23 rows hidden" line, never
    /// dropped silently. `nil` shows every row.
    public var maxRows: Int?
    /// ANSI background shading of matrix cells; only for a terminal.
    public var color: Bool
    /// Wrap table cells so lines fit this many columns (a terminal's width). `nil`: never wrap.
    /// Columns never shrink below a few characters, so a very narrow width can still be exceeded.
    public var maxWidth: Int?
    /// Prose in documents wraps at this many columns: the terminal's width (`COLUMNS` or the
    /// terminal's own), 80 when there is none.
    public var textWidth: Int

    public static let defaultTextWidth = 80

    public init(format: OutputFormat = .table, maxRows: Int? = nil, color: Bool = false, maxWidth: Int? = nil,
                textWidth: Int = RenderOptions.defaultTextWidth) {
        self.format = format
        self.maxRows = maxRows
        self.color = color
        self.maxWidth = maxWidth
        self.textWidth = textWidth
    }
}
