import Testing
@testable import CaseQL

@Suite struct CaseNameIndexTests {
    let names = ["NOVA INNOVATION", "IN OVO", "AXELSPACE", "Axel-Space Two", "潮汐 能", "Ünïcode Name", "dup", "DUP"]

    @Test func keysIgnoreCaseSpacesUnderscoresAndHyphens() {
        let index = CaseNameIndex(names)
        #expect(index.cases(withKey: Vocabulary.key("nova_innovation"), names: names) == [0])
        #expect(index.cases(withKey: Vocabulary.key("INOVO"), names: names) == [1])
        #expect(index.cases(withKey: Vocabulary.key("axel space"), names: names) == [2])
        #expect(index.cases(withKey: Vocabulary.key("axelspace two"), names: names) == [3])
        #expect(index.cases(withKey: Vocabulary.key("潮汐能"), names: names) == [4])
        #expect(index.cases(withKey: Vocabulary.key("ünïcode name"), names: names) == [5])
        #expect(index.cases(withKey: Vocabulary.key("Dup"), names: names) == [6, 7])
        #expect(index.cases(withKey: Vocabulary.key("nothing"), names: names).isEmpty)
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
