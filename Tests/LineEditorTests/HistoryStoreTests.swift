#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
@testable import LineEditor

@Suite struct HistoryStoreTests {
    @Test func aMissingFileIsAnEmptyHistoryWithoutWarnings() {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let contents = HistoryStore(path: directory.path + "/none/history").load()
        #expect(contents == .init(entries: [], warnings: [], canSave: true))
    }

    @Test func savingCreatesPrivateDirectoriesAndAPrivateFileThatLoadsBack() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path + "/state/caseql/history"
        let store = HistoryStore(path: path)
        let entries = ["select firms\n  where financing includes 众筹;", #"describe "NOVA INNOVATION""#, "a \\ b"]
        try store.append(entries)

        #expect(TemporaryDirectory.mode(of: path) == 0o600)
        #expect(TemporaryDirectory.mode(of: directory.path + "/state/caseql") == 0o700)
        #expect(TemporaryDirectory.mode(of: directory.path + "/state") == 0o700)
        #expect(store.load() == .init(entries: entries, warnings: [], canSave: true))
    }

    @Test func anAtomicSaveAppendsAndLeavesNoTemporaryFile() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        directory.create("history", bytes: Array("#caseql-history v1\nold\n".utf8))
        chmod(directory.path + "/history", 0o644)
        let store = HistoryStore(path: directory.path + "/history")
        try store.append(["new"])
        #expect(directory.names() == ["history", "history.lock"])
        #expect(directory.read("history") == "#caseql-history v1\nold\nnew\n")
        #expect(TemporaryDirectory.mode(of: directory.path + "/history") == 0o600)
    }

    @Test func savingThroughASymlinkKeepsTheLink() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        directory.create("real", bytes: Array("#caseql-history v1\n".utf8))
        symlink(directory.path + "/real", directory.path + "/link")
        try HistoryStore(path: directory.path + "/link").append(["kept"])
        #expect(directory.read("real") == "#caseql-history v1\nkept\n")
        var status = stat()
        let found = lstat(directory.path + "/link", &status) == 0
        #expect(found && status.st_mode & S_IFMT == S_IFLNK)
    }

    @Test func savingAndLoadingKeepOnlyTheNewestEntries() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path + "/history"
        try HistoryStore(path: path, capacity: 5).append((1...5).map { "entry \($0)" })
        #expect(HistoryStore(path: path, capacity: 2).load().entries == ["entry 4", "entry 5"])
        try HistoryStore(path: path, capacity: 3).append(["a", "b"])
        #expect(directory.read("history") == "#caseql-history v1\nentry 5\na\nb\n")
        try HistoryStore(path: path, capacity: 1).append(["c"])
        #expect(directory.read("history") == "#caseql-history v1\nc\n")
    }

    @Test func aForeignFileIsAWarningAndIsNeverOverwritten() {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        directory.create("history", bytes: Array("_HiStOrY_V2_\ncount\\040firms\n".utf8))
        let contents = HistoryStore(path: directory.path + "/history").load()
        #expect(contents.entries.isEmpty)
        #expect(!contents.canSave)
        #expect(contents.warnings.count == 1)
        #expect(contents.warnings.first?.contains("not a caseql history file") == true)
    }

    @Test func invalidUTF8IsOneWarningAndTheRestLoads() {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        directory.create("history", bytes: Array("#caseql-history v1\nfine\n".utf8) + [0xC3, 0x28, 0x0A, 0xFF, 0x0A])
        let contents = HistoryStore(path: directory.path + "/history").load()
        #expect(contents.entries == ["fine"])
        #expect(contents.canSave)
        #expect(contents.warnings == [
            "caseql: 2 lines of \(directory.path)/history are not valid UTF-8; they cannot be recalled but are kept in the file",
        ])
    }

    @Test func invalidUTF8LinesSurviveASaveByteForByte() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let latin1: [UInt8] = Array("select firms where country = \"Espa".utf8) + [0xF1, 0x61, 0x22]
        let before = Array("#caseql-history v1\nfine\n".utf8) + latin1 + [0x0A]
        directory.create("history", bytes: before)
        try HistoryStore(path: directory.path + "/history").append(["count firms"])
        #expect(directory.bytes("history") == before + Array("count firms\n".utf8))
    }

    @Test func anUnreadableFileIsAWarningNotAFailure() {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        // A directory where the file should be cannot be read, even by root.
        mkdir(directory.path + "/history", 0o700)
        let contents = HistoryStore(path: directory.path + "/history").load()
        #expect(contents.entries.isEmpty)
        #expect(!contents.canSave)
        #expect(contents.warnings.count == 1)
        #expect(contents.warnings.first?.contains("cannot read") == true)
    }

    @Test func aSaveThatCannotWriteThrowsAMessage() {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        directory.create("file", bytes: [])
        #expect(throws: HistoryStore.SaveError.self) {
            try HistoryStore(path: directory.path + "/file/history").append(["x"])
        }
    }
}
