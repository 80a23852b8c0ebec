import Testing
@testable import CaseModel
@testable import StudyIO
import TestSupport

/// The helpers the built-in study's data tests rely on, checked on the paper itself so that those
/// tests cannot pass by reading nothing.
@Suite("Paper text helpers")
struct PaperTextTests {
    @Test func table1HasTwentyRows() {
        guard let paper = PaperText.load() else { return }
        let rows = PaperText.table1(paper)
        #expect(rows.count == 20)
        #expect(rows.first.map { [$0.country, $0.name, $0.founded, $0.employees, $0.field] }
            == ["澳大利亚", "BODD", "2013", "11~50", "3D衣物打印"])
        #expect(rows.allSatisfy { Int($0.founded) != nil && $0.employees.contains("~") })
    }

    @Test func normalisingDropsNotesAndWhitespace() {
        #expect(PaperText.normalised("车载增强现实（AR）【？】 \n x\ty") == "车载增强现实（AR）xy")
        #expect(PaperText.withoutNotes(" a【b】c【d\ne ") == "ac\ne")
    }

    @Test func theMiniStudysQuotesAreFoundInThePaper() throws {
        guard let paper = PaperText.load() else { return }
        let searchable = PaperText.normalised(paper)
        let study = try StudyFormat.load(path: PackagePaths.miniStudy)
        let quotes = study.cases.flatMap { $0.codes.flatMap(\.evidence).map(\.quote) + $0.facts.map(\.evidence.quote) }
        #expect(quotes.count == 4)
        for quote in quotes {
            #expect(searchable.contains(PaperText.normalised(quote)), "\(quote)")
        }
        #expect(!searchable.contains(PaperText.normalised("以NOVA INNOVATION公司为反例")))
    }
}
