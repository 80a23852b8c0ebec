#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SystemIO

/// File-name completion for words like the argument of `.read` and `.open`; the shell's completer
/// calls it when the word before the cursor is a file name.
public enum FileNameCompletion {
    public struct Entry: Sendable, Equatable {
        public var name: String
        public var isDirectory: Bool

        public init(name: String, isDirectory: Bool) {
            self.name = name
            self.isDirectory = isDirectory
        }
    }

    /// Candidates for `word`: the entries of the directory it names whose names start with its
    /// last component (hidden ones only when that starts with "."), directories ending in "/".
    /// A leading `~/` means the home directory and is kept as typed. In a quoted word a file's
    /// candidate closes the quote; a directory's leaves it open so Tab can continue.
    public static func complete(
        _ word: WordAtCursor,
        homeDirectory: String? = getenv("HOME").map { String(cString: $0) },
        listDirectory: (String) -> [Entry]? = listDirectory
    ) -> Completion {
        let typed = word.text
        let slash = typed.lastIndex(of: "/")
        let typedDirectory = slash.map { String(typed[...$0]) } ?? ""
        let namePrefix = slash.map { String(typed[typed.index(after: $0)...]) } ?? typed

        var directoryToList = typedDirectory.isEmpty ? "." : typedDirectory
        if let homeDirectory, typedDirectory.hasPrefix("~/") {
            directoryToList = homeDirectory + "/" + typedDirectory.dropFirst(2)
        }
        guard let entries = listDirectory(directoryToList) else { return Completion(replacing: word, candidates: []) }

        let quote = word.quote.map(String.init) ?? ""
        let matching = entries
            .filter { $0.name.hasPrefix(namePrefix) && ($0.name.hasPrefix(".") == namePrefix.hasPrefix(".")) }
            .filter { $0.name != "." && $0.name != ".." }
            .sorted { $0.name < $1.name }
        return Completion(
            replacing: word,
            candidates: matching.map { quote + typedDirectory + $0.name + ($0.isDirectory ? "/" : quote) },
            listedNames: matching.map { $0.name + ($0.isDirectory ? "/" : "") })
    }

    /// The entries of `path`, or nil when it cannot be read. A link to a directory completes like one.
    public static func listDirectory(_ path: String) -> [Entry]? {
        FileSystem.entries(ofDirectory: path)?.map { Entry(name: $0.name, isDirectory: $0.isDirectory) }
    }
}
