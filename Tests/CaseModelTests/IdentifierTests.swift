import Testing
import CaseModel

/// The one home of ids derived from free-text names, in the two styles its readers use.
@Suite("Identifiers from names")
struct IdentifierTests {
    @Test(arguments: [
        ("Year founded", "Year_founded"), ("2nd wave", "_2nd_wave"), ("Year_founded", "Year_founded"),
        ("a _ b", "a___b"), ("公共 sector", "sector"), ("--x--", "x"),
    ])
    func keepCase(name: String, id: String) {
        #expect(Identifier.make(from: name) == id)
    }

    @Test(arguments: [
        ("Health care", "health_care"), ("2nd wave", "_2nd_wave"), ("Health _ Care", "health_care"),
        ("CamelCase", "camelcase"), ("a__b", "a_b"),
    ])
    func lowercased(name: String, id: String) {
        #expect(Identifier.make(from: name, style: .lowercased) == id)
    }

    @Test func namesWithoutASCIIGiveNoID() {
        #expect(Identifier.make(from: "互联网众筹") == nil)
        #expect(Identifier.make(from: "互联网众筹", style: .lowercased) == nil)
        #expect(Identifier.make(from: "") == nil)
    }
}
