import Testing
@testable import CaseModel
@testable import StudyIO
import TestSupport

/// Damaged and random input must give errors, never a crash (a libFuzzer target does this at scale;
/// this keeps a cheap version in every test run).
@Suite("JSON robustness")
struct JSONRobustnessTests {
    /// The generator of generated studies: a fixed seed makes any failure reproducible.
    typealias Random = SplitMix64

    @Test func mutatedStudiesNeverCrash() throws {
        let original = try #require(Environment.bytes(of: PackagePaths.miniStudy))
        let interesting: [UInt8] = Array("{}[]\",:\\0-1e.tfn \n\u{7F}".utf8) + [0x00, 0x80, 0xC3, 0xE4, 0xED, 0xF4, 0xFF]
        var random = Random(seed: 20_240_601)
        var loaded = 0
        for _ in 0..<1500 {
            var bytes = original
            for _ in 0...random.below(4) {
                let at = random.below(bytes.count)
                switch random.below(4) {
                case 0: bytes[at] = interesting[random.below(interesting.count)]
                case 1: bytes.remove(at: at)
                case 2: bytes.insert(interesting[random.below(interesting.count)], at: at)
                default: bytes = Array(bytes[..<at])
                }
                if bytes.isEmpty { break }
            }
            if (try? StudyFormat.decode(bytes, fileName: "fuzz.json")) != nil { loaded += 1 }
        }
        // Some mutations land in whitespace or text and still load; most must not.
        #expect(loaded < 1500)
    }

    @Test func randomBytesNeverCrash() {
        var random = Random(seed: 7)
        for _ in 0..<2000 {
            let bytes = (0..<random.below(64)).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            _ = try? JSONParser.parse(bytes)
        }
    }
}
