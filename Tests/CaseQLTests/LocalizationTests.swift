import CaseModel
import Testing
@testable import CaseQL

/// The message catalogue: every English message has its Chinese, with no argument English lacks.
@Suite struct LocalizationTests {
    @Test func everyMessageHasBothLanguages() {
        for key in Message.allCases {
            let entry = Catalogue.entries[key]
            #expect(entry != nil, "no catalogue entry for \(key)")
            guard let entry else { continue }
            #expect(!entry.en.isEmpty && !entry.zh.isEmpty, "\(key) lacks a language")
            #expect(entry.zh.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(key)'s Chinese has no Chinese")
            // Chinese may leave out an argument it has no word for (the English plural noun), never add one.
            #expect(Localized.placeholders(entry.zh).isSubset(of: Localized.placeholders(entry.en)), "\(key): arguments differ")
        }
    }

    @Test func theTablesShareNoKey() {
        #expect(Set(Catalogue.messages.keys).isDisjoint(with: Catalogue.help.keys))
    }

    @Test func argumentsFillTheirPlaces() {
        #expect(Localized.fill("{2} before {1}", ["a", "b"]) == "b before a")
        #expect(Localized.fill("{x} and {3} stay", ["a"]) == "{x} and {3} stay")
        #expect(Localized.text(.quizScore, .zh, "2", "3", "67") == "得分：2 / 3（67%）。")
        #expect(Localized.text(.quizScore, .en, "2", "3", "67") == "Score: 2 of 3 (67%).")
    }
}
