#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Testing
@testable import LineEditor
import SystemIO

/// Several shells on one history file, and history files that are not plain, writable files:
/// nothing typed is lost, nothing that is there is destroyed, nothing blocks.
@Suite struct HistorySharingTests {
    private static let header = "#caseql-history v1\n"

    @Test func shellsSavingInTurnKeepEachOthersEntriesInOrder() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path + "/history"
        // Three shells started on the same (empty) file; each appends only what it typed.
        let shells = (0..<3).map { _ in HistoryStore(path: path) }
        for round in 1...3 {
            for (number, shell) in shells.enumerated() {
                try shell.append(["count firms -- shell \(number + 1), round \(round)"])
            }
        }
        let expected = (1...3).flatMap { round in (1...3).map { "count firms -- shell \($0), round \(round)" } }
        #expect(HistoryStore(path: path).load().entries == expected)
    }

    @Test func concurrentSavesLoseNothing() {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path + "/history"
        let writers = 4, entriesEach = 25
        DispatchQueue.concurrentPerform(iterations: writers) { writer in
            let store = HistoryStore(path: path)
            for number in 1...entriesEach {
                #expect(throws: Never.self) { try store.append(["writer \(writer) entry \(number)"]) }
            }
        }
        let entries = HistoryStore(path: path).load().entries
        #expect(entries.count == writers * entriesEach)
        for writer in 0..<writers {
            #expect(entries.filter { $0.hasPrefix("writer \(writer) ") } == (1...entriesEach).map { "writer \(writer) entry \($0)" })
        }
    }

    @Test func aRepeatOfTheFilesNewestEntryIsNotAddedAndTheCapacityHolds() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path + "/history"
        try HistoryStore(path: path).append(["a", "b"])
        try HistoryStore(path: path, capacity: 3).append(["b", "c", "d"])
        #expect(directory.read("history") == Self.header + "b\nc\nd\n")
    }

    @Test func temporaryFilesOfKilledSavesAreRemovedAtStart() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        directory.create("history", bytes: Array((Self.header + "kept\n").utf8))
        let dead = deadProcessID()
        let stale = [TemporaryFileName(for: "history", processID: dead, number: 7).text,
                     TemporaryFileName(for: "history", processID: dead, number: 8).text]
        let live = TemporaryFileName(for: "history", processID: getpid(), number: 9).text
        let unrelated = [".history.tmp-notapid-1", ".other.tmp-\(dead)-1", "history.lock"]
        for name in stale + [live] + unrelated { directory.create(name, bytes: Array("#caseql-history v1\npartial".utf8)) }

        let contents = HistoryStore(path: directory.path + "/history").load()
        #expect(contents.entries == ["kept"])
        #expect(directory.names() == ([live, "history"] + unrelated).sorted())
    }

    @Test func aReadOnlyFileIsOneWarningAndIsNeverReplaced() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path + "/history"
        directory.create("history", bytes: Array((Self.header + "mine\n").utf8))
        chmod(path, 0o400)
        let contents = HistoryStore(path: path).load()
        #expect(contents.entries == ["mine"])
        #expect(!contents.canSave)
        #expect(contents.warnings == ["caseql: \(path) is read-only; history will not be saved"])
        // A shell that started before the file was made read-only must not replace it either
        // (rename would, even for a user without write permission on the file).
        #expect(throws: HistoryStore.SaveError.self) { try HistoryStore(path: path).append(["new"]) }
        #expect(directory.read("history") == Self.header + "mine\n")
        #expect(TemporaryDirectory.mode(of: path) == 0o400)
        #expect(directory.names() == ["history", "history.lock"])
    }

    @Test func aDanglingSymlinkIsWrittenThroughNotReplaced() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        mkdir(directory.path + "/dotfiles", 0o700)
        symlink("dotfiles/caseql_history", directory.path + "/.caseql_history")
        try HistoryStore(path: directory.path + "/.caseql_history").append(["through the link"])
        #expect(directory.read("dotfiles/caseql_history") == Self.header + "through the link\n")
        var status = stat()
        #expect(lstat(directory.path + "/.caseql_history", &status) == 0 && status.st_mode & S_IFMT == S_IFLNK)
        #expect(HistoryStore(path: directory.path + "/.caseql_history").load().entries == ["through the link"])
    }

    @Test func aFIFOIsRefusedWithoutBlocking() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path + "/history"
        #expect(mkfifo(path, 0o600) == 0)
        // Without a writer, opening a FIFO to read blocks; the test would hang rather than fail.
        let contents = HistoryStore(path: path).load()
        #expect(contents.entries.isEmpty)
        #expect(!contents.canSave)
        #expect(contents.warnings == ["caseql: cannot read \(path): it is a FIFO, not a regular file; history will not be saved"])
        #expect(throws: HistoryStore.SaveError.self) { try HistoryStore(path: path).append(["x"]) }
        #expect(FileSystem.kind(of: path) == .other("a FIFO"))
    }

    @Test func aDeviceIsRefusedWithoutReadingForever() {
        // /dev/zero never ends; reading it whole would exhaust memory.
        let contents = HistoryStore(path: "/dev/zero").load()
        #expect(!contents.canSave)
        #expect(contents.warnings == ["caseql: cannot read /dev/zero: it is a character device, not a regular file; history will not be saved"])
    }

    @Test func temporaryNamesParseBack() {
        let name = TemporaryFileName(for: "history", processID: 123, number: 456)
        #expect(name.text == ".history.tmp-123-456")
        #expect(TemporaryFileName(parsing: name.text, for: "history") == name)
        for other in [".history.tmp-123", ".history.tmp-123-", ".history.tmp--1-2", ".history.tmp-1-2-3", ".history.lock"] {
            #expect(TemporaryFileName(parsing: other, for: "history") == nil)
        }
    }

    /// The id of a process that has exited and been reaped.
    private func deadProcessID() -> pid_t {
        var pid = pid_t()
        var argv: [UnsafeMutablePointer<CChar>?] = [strdup("/bin/true"), nil]
        defer { argv.forEach { free($0) } }
        guard posix_spawn(&pid, "/bin/true", nil, nil, &argv, nil) == 0 else { return 999_999 }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        return pid
    }
}
