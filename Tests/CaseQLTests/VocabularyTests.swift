import Testing
@testable import CaseQL

@Suite struct CaseNameIndexTests {
    let names = ["NOVA INNOVATION", "IN OVO", "AXELSPACE", "Axel-Space Two", "潮汐 能", "Ünïcode Name", "dup", "DUP"]

    @Test func keysIgnoreCaseSpacesUnderscoresAndHyphens() {
        let index = CaseNameIndex(names)
        #expect(index.cases(withKey: Vocabulary.key("nova_innovation")) == [0])
        #expect(index.cases(withKey: Vocabulary.key("INOVO")) == [1])
        #expect(index.cases(withKey: Vocabulary.key("axel space")) == [2])
        #expect(index.cases(withKey: Vocabulary.key("axelspace two")) == [3])
        #expect(index.cases(withKey: Vocabulary.key("潮汐能")) == [4])
        #expect(index.cases(withKey: Vocabulary.key("ünïcode name")) == [5])
        #expect(index.cases(withKey: Vocabulary.key("Dup")) == [6, 7])
        #expect(index.cases(withKey: Vocabulary.key("nothing")).isEmpty)
    }

    /// Names that differ only in their last digits, as generated studies name cases: every one is
    /// found, alone, and keys of no case are not.
    @Test func everyNumberedNameIsFound() {
        let many = (0..<5000).map { "Case \(String(repeating: "0", count: 7 - String($0).count))\($0)" }
        let index = CaseNameIndex(many)
        for (c, name) in many.enumerated() {
            #expect(index.cases(withKey: Vocabulary.key(name)) == [c])
        }
        #expect(index.cases(withKey: Vocabulary.key("Case 0005000")).isEmpty)
    }

    @Test func asciiHashingAgreesWithTheKey() {
        for name in names + ["A-B_C d", "x", ""] {
            #expect(CaseNameIndex.hash(ofName: name) == CaseNameIndex.hash(Vocabulary.key(name).utf8), "\(name)")
        }
    }
}

/// The ASCII fast path of name keys must key every ASCII name as the general path does.
@Suite struct VocabularyKeyTests {
    @Test func asciiKeysAreTheGeneralKeys() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array(" _-AZaz09.'\"Mm\t".utf8) + Array(0x20...0x7E)
        for _ in 0..<5_000 {
            let length = Int.random(in: 0...12, using: &generator)
            let name = String(decoding: (0..<length).map { _ in alphabet.randomElement(using: &generator)! }, as: UTF8.self)
            #expect(Vocabulary.key(name) == Vocabulary.unicodeKey(name), "\(name)")
        }
        #expect(Vocabulary.key("Inventor as Executive") == "inventorasexecutive")
        #expect(Vocabulary.key("互联网 众筹") == "互联网众筹")
    }
}
