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

    func error(_ source: String, in language: LocalizedText.Language) -> Diagnostic? {
        let it = Interpreter(study: TestStudy.study, language: language)
        do { _ = try it.run(source); return nil } catch { return error }
    }

    /// The common errors read in the interface's language; English stays as it was.
    @Test func commonErrorsInChinese() throws {
        let statement = try #require(error("selct firms", in: .zh))
        #expect(statement.message.hasPrefix("此处应为语句，却是"))
        #expect(statement.help == "您是不是要找 'select'？")
        #expect(error("selct firms", in: .en)?.message.hasPrefix("expected a statement, found") == true)
        #expect(error("selct firms", in: .en)?.help == "did you mean 'select'?")
        let expected = try #require(error("select firms where", in: .zh))
        #expect(expected.message.hasPrefix("此处应为 以下之一："))
        let unknown = try #require(error("select firms where has nosuchdim", in: .zh))
        #expect(unknown.message.contains("“nosuchdim”不存在"), "\(unknown.message)")
    }
}
