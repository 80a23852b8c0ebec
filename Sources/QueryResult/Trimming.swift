extension String {
    /// The text without leading and trailing white space (spaces, tabs, line breaks, Unicode's
    /// wide spaces): for names people type (`--format`, `.mode`, quiz answers) and values read from
    /// files (REFI-QDA). The one home of this rule, in the leaf module every text-handling module
    /// can import.
    public var trimmingSpaces: String {
        // Nearly every name arrives trimmed: say so from its two end bytes, without the Unicode
        // tables and reversed views the general case needs (they were 5 % of a `caseql -c` start).
        func isPlain(_ b: UInt8?) -> Bool { b.map { $0 > 0x20 && $0 < 0x80 } ?? true }
        if isPlain(utf8.first), isPlain(utf8.last) { return self }
        return String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
