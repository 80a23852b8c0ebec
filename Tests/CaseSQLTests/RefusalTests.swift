import CaseQL
import CaseSQL
@testable import StudyIO
import Testing

/// What does not compile says why, at the statement's position; what compiles now (projections,
/// code counts, evidence conditions, crosstabs) does.
@Suite("What compiles to SQL and what is refused")
struct RefusalTests {
    let compiler = StatementCompiler(StudyLoader.builtin(), dialect: .postgres)

    @Test(arguments: [
        ("crosstab financing by founded", "ranges"),
        ("crosstab financing by country show firms", "names in each cell"),
        ("evidence for financing", "quotes behind each code"),
        ("explain public", "teaching prose"),
        ("count firms group by country, financing", "two keys"),
    ])
    func refused(_ statement: String, because reason: String) {
        #expect(throws: Diagnostic.self) { try compiler.compile(statement) }
        do {
            _ = try compiler.compile(statement)
        } catch {
            #expect(error.message.contains(reason), "\(statement): \(error.message)")
        }
    }

    @Test(arguments: [
        "select firms show financing, codes, codes in financing, public order by codes desc limit 4",
        "count firms where codes in financing >= 2 group by codes",
        "select firms where evidence contains 'university'",
        "crosstab financing by country percent column",
        "crosstab public by financing where founded > 2010",
    ])
    func compiles(_ statement: String) throws {
        #expect(try compiler.compile(statement).count == 1)
    }
}
