#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SystemIO

/// The name of the temporary file an atomic save writes beside `file`: `.FILE.tmp-PID-N`. The
/// process id in the name tells a file a running save is writing from one a killed save left.
struct TemporaryFileName: Equatable {
    var file: String
    var processID: pid_t
    var number: UInt32

    init(for file: String, processID: pid_t = getpid(), number: UInt32 = .random(in: .min ... .max)) {
        self.file = file
        self.processID = processID
        self.number = number
    }

    var text: String { ".\(file).tmp-\(processID)-\(number)" }

    /// The name `text` gave for `file`, or nil for any other name.
    init?(parsing name: String, for file: String) {
        let prefix = ".\(file).tmp-"
        guard name.hasPrefix(prefix) else { return nil }
        let numbers = name.dropFirst(prefix.count).split(separator: "-", omittingEmptySubsequences: false)
        guard numbers.count == 2, let processID = pid_t(numbers[0]), processID > 0,
              let number = UInt32(numbers[1])
        else { return nil }
        self.init(for: file, processID: processID, number: number)
    }

    /// Removes the temporary files of `path` whose writer no longer runs (a save killed before
    /// its rename); those of a running process may be a save in progress and stay.
    static func removeStale(besides path: String) {
        let directory = FileSystem.parentDirectory(of: path)
        let file = FileSystem.lastComponent(of: path)
        for entry in FileSystem.entries(ofDirectory: directory) ?? [] {
            guard let name = TemporaryFileName(parsing: entry.name, for: file),
                  kill(name.processID, 0) != 0, errno == ESRCH
            else { continue }
            FileSystem.removeFile(directory + "/" + entry.name)
        }
    }
}
