import CaseModel
/// Where a value starts in the source: a 1-based line and a 1-based column counted in Unicode scalars
/// (a Chinese character is one column, as a reader counts it, not three UTF-8 bytes).
public struct JSONPosition: Sendable, Hashable, Comparable, CustomStringConvertible {
    // 32 bits each keep a parsed node small: a large study holds millions of them at once.
    private let storedLine: UInt32
    private let storedColumn: UInt32

    public var line: Int { Int(storedLine) }
    public var column: Int { Int(storedColumn) }

    public init(line: Int, column: Int) {
        storedLine = UInt32(clamping: line)
        storedColumn = UInt32(clamping: column)
    }

    public static func < (lhs: JSONPosition, rhs: JSONPosition) -> Bool {
        (lhs.storedLine, lhs.storedColumn) < (rhs.storedLine, rhs.storedColumn)
    }

    public var description: String { "\(line):\(column)" }
}
