/// One end (the low or the high bound) of every case's band in a range column, read like an
/// array of doubles (`.nan` where a case has no band). Every case with the same band text has the
/// same bounds, so a loader keeps them once per dictionary entry and reads a case's through its
/// code, in the array of codes the column holds anyway: at ten million cases that is two 80 MB
/// arrays of doubles fewer. A column whose texts do not determine their bounds keeps every value.
public struct BandEnds: RandomAccessCollection, Sendable, Equatable, ExpressibleByArrayLiteral, CustomStringConvertible {
    private enum Storage: Sendable {
        case values([Double])
        /// `ends[code]` for each case's code; a negative code has no band.
        case byCode(codes: [Int32], ends: [Double])
    }

    private let storage: Storage

    public init(_ values: [Double]) {
        storage = .values(values)
    }

    /// The ends of dictionary entries, for cases by their codes (-1: no band).
    public init(codes: [Int32], ends: [Double]) {
        storage = .byCode(codes: codes, ends: ends)
    }

    public init(arrayLiteral elements: Double...) {
        storage = .values(elements)
    }

    public var startIndex: Int { 0 }

    public var endIndex: Int {
        switch storage {
        case .values(let values): values.count
        case .byCode(let codes, _): codes.count
        }
    }

    public subscript(i: Int) -> Double {
        switch storage {
        case .values(let values):
            return values[i]
        case .byCode(let codes, let ends):
            let code = Int(codes[i])
            return code < 0 ? .nan : ends[code]
        }
    }

    /// Equal ends case by case, as arrays of doubles compare (`.nan` is never equal).
    public static func == (a: BandEnds, b: BandEnds) -> Bool {
        a.elementsEqual(b)
    }

    /// As the array of doubles prints, however the ends are kept.
    public var description: String { Array(self).description }
}
