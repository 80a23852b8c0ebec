import CaseAnalysis
import Testing

/// The sum-of-products parser: QCA notation, and errors that point at their place (UTF-8 offsets,
/// marked here by ^ under the text).
struct ExpressionTests {
    @Test func parsesQCANotation() throws {
        let sop = try SumOfProducts.parse(" DEV*~IND +URB * STB ")
        #expect(sop.notation == "DEV*~IND + URB*STB")
        #expect(sop.terms.map { $0.map(\.name) } == [["DEV", "IND"], ["URB", "STB"]])
        #expect(sop.terms[0][1].negated)
        #expect(sop.terms[0][1].range == 5..<9, "the literal with its tilde")
        #expect(try SumOfProducts.parse("~~A").terms[0][0].negated == false)
    }

    @Test func namesMayBeAnyText() throws {
        let sop = try SumOfProducts.parse("研发部门*~with_academia")
        #expect(sop.terms[0].map(\.name) == ["研发部门", "with_academia"])
        #expect(sop.terms[0][1].range == 13..<27, "12 bytes of Chinese, then the star")
    }

    /// The error's range, drawn as carets under `text`.
    private func caret(_ text: String) -> String {
        do {
            _ = try SumOfProducts.parse(text)
            return "no error"
        } catch {
            let range = error.range!
            return String(repeating: " ", count: range.lowerBound) + String(repeating: "^", count: max(1, range.count))
        }
    }

    @Test func errorsArePositioned() {
        #expect(caret("DEV** IND") == "    ^")
        #expect(caret("DEV*") == "    ^")
        #expect(caret("DEV + ") == "      ^")
        #expect(caret("") == "^")
        #expect(caret("DEV IND") == "    ^")
        #expect(caret("(DEV)") == "^")
    }

    @Test func unknownAndRepeatedConditions() throws {
        let lf = try QCAData.lf()
        do {
            _ = try SumOfProducts.parse("DEV*~FOO").termMemberships(in: lf)
            Issue.record("FOO is no condition")
        } catch {
            #expect(error.range == 4..<8)
            #expect(error.message.contains("'FOO' is not a condition"))
        }
        do {
            _ = try SumOfProducts.parse("DEV*URB*~DEV").termMemberships(in: lf)
            Issue.record("DEV twice")
        } catch {
            #expect(error.range == 8..<12)
        }
    }
}
