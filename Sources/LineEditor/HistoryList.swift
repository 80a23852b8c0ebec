/// The rules for what enters the history, independent of files and of libedit: entries are
/// trimmed, blank ones dropped, an entry equal to the one before it is not repeated, and only the
/// newest `capacity` are kept.
public struct HistoryList: Sendable, Equatable {
    public private(set) var entries: [String] = []
    public let capacity: Int

    public init(entries: [String] = [], capacity: Int) {
        self.capacity = max(0, capacity)
        for entry in entries { add(entry) }
    }

    /// Adds `entry` unless it is blank or repeats the newest entry; returns whether it was added.
    @discardableResult
    public mutating func add(_ entry: String) -> Bool {
        guard capacity > 0, let entry = Self.normalized(entry), entry != entries.last else { return false }
        entries.append(entry)
        if entries.count > capacity { entries.removeFirst(entries.count - capacity) }
        return true
    }

    /// `entry` without leading and trailing whitespace and line breaks, or nil when nothing is left.
    public static func normalized(_ entry: String) -> String? {
        guard let first = entry.firstIndex(where: { !$0.isWhitespace }),
              let last = entry.lastIndex(where: { !$0.isWhitespace })
        else { return nil }
        return String(entry[first...last])
    }

    /// How a multi-line entry appears in libedit's own history, which Up recalls. libedit ends a
    /// line at its first line break (the rest of a recalled entry would be lost on Enter), so the
    /// lines are joined with one space each, their indentation and trailing blanks dropped.
    /// The persistent history keeps the line breaks.
    public static func recallForm(of entry: String) -> String {
        entry.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline)
            .compactMap { normalized(String($0)) }
            .joined(separator: " ")
    }
}
