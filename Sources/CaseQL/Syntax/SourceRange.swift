/// A position in a statement's source: a UTF-8 byte offset plus the line and column people read.
/// Columns count Unicode scalars from 1, so a caret can be placed under Chinese text.
public struct SourcePosition: Sendable, Hashable, Comparable {
    public var offset: Int
    public var line: Int
    public var column: Int

    public init(offset: Int, line: Int, column: Int) {
        self.offset = offset
        self.line = line
        self.column = column
    }

    public static func < (a: SourcePosition, b: SourcePosition) -> Bool { a.offset < b.offset }
}

/// A half-open range of source, `start..<end`.
public struct SourceRange: Sendable, Hashable {
    public var start: SourcePosition
    public var end: SourcePosition

    public init(_ start: SourcePosition, _ end: SourcePosition) {
        self.start = start
        self.end = end
    }

    public func to(_ other: SourceRange) -> SourceRange { SourceRange(start, other.end) }
}
