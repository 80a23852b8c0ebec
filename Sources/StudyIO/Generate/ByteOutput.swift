import CaseModel
import SystemIO
import SystemPackage

/// Bytes on their way to a file descriptor in 64 KiB writes, or collected in memory (tests), so a
/// million-case study is streamed rather than built as one giant String.
public struct ByteOutput {
    private var buffer: [UInt8] = []
    private let fileDescriptor: Int32?
    /// Why a write failed (a closed pipe, a full disk); writers stop early once it is set.
    public private(set) var failure: FileWriteError?
    public var failed: Bool { failure != nil }
    private static let chunk = 1 << 16

    /// Streams to an open file descriptor (1 for stdout).
    public init(fileDescriptor: Int32) {
        self.fileDescriptor = fileDescriptor
        buffer.reserveCapacity(Self.chunk + 4096)
    }

    /// Collects everything in memory; read it back with `bytes`.
    public init() {
        self.fileDescriptor = nil
    }

    /// What was collected (in-memory output), or what is still waiting to be written.
    public var bytes: [UInt8] { buffer }

    mutating func append(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        flushIfFull()
    }

    mutating func append(bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
    }

    mutating func append(byte: UInt8) {
        buffer.append(byte)
    }

    mutating func append(integer value: Int) {
        if value < 0 { buffer.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { d in
            repeat {
                d[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            for i in stride(from: count - 1, through: 0, by: -1) { buffer.append(d[i]) }
        }
    }

    /// A number zero-padded to `width` digits (case names: `Firm 0000042`).
    mutating func append(integer value: Int, width: Int) {
        var digits = 1, v = value
        while v >= 10 { v /= 10; digits += 1 }
        for _ in digits..<max(width, digits) { buffer.append(UInt8(ascii: "0")) }
        append(integer: value)
    }

    mutating func flushIfFull() {
        if buffer.count >= Self.chunk { flush() }
    }

    /// Writes out what is buffered (nothing to do for in-memory output).
    public mutating func flush() {
        guard let fd = fileDescriptor, !buffer.isEmpty else { return }
        if failure == nil {
            let result: Result<Void, FileWriteError> = buffer.withUnsafeBytes { raw in
                Result { () throws(FileWriteError) in
                    try FileWriting.writeAll(raw, to: FileDescriptor(rawValue: fd), destination: fd == 1 ? "stdout" : "fd \(fd)")
                }
            }
            if case .failure(let error) = result { failure = error }
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
