import CaseModel
@testable import StudyIO
import Testing
@testable import CaseQL

/// Every limit of the language is a clear Diagnostic, never a trap or a stack overflow; long
/// `and`/`or` chains cost time in proportion to their length and no recursion.
struct LimitTests {
    static let interpreter = Interpreter(study: BuiltinStudy.load())

    func message(_ source: String) -> String? {
        do {
            _ = try Self.interpreter.run(source)
            return nil
        } catch {
            return error.message
        }
    }

    @Test func nestingIsLimited() {
        let deep = String(repeating: "(", count: 20_000) + "has org" + String(repeating: ")", count: 20_000)
        #expect(message("select firms where " + deep)?.contains("nested too deeply (the limit is \(Limits.maxNesting))") == true)
        #expect(message("count firms where " + String(repeating: "not ", count: 20_000) + "has org")?.contains("nested too deeply") == true)
        #expect(message("count firms where " + String(repeating: "not (", count: 200) + "has org" + String(repeating: ")", count: 200))?
            .contains("nested too deeply") == true)
        // Just inside the limit works: the top-level condition counts as one level.
        let inside = Limits.maxNesting - 1
        #expect(message("count firms where " + String(repeating: "(", count: inside) + "has org" + String(repeating: ")", count: inside)) == nil)
        #expect(message("count firms where " + String(repeating: "not ", count: inside - 1) + "has org") == nil)
    }

    @Test func statementLengthIsLimited() {
        let long = "select firms where name contains 'a' or " + String(repeating: "has org or ", count: Limits.maxStatementBytes / 11) + "has org"
        #expect(message(long)?.hasPrefix("input too long") == true)
    }

    @Test func stringLengthIsLimited() {
        let limit = Limits.maxStringLength
        #expect(message("count firms where name = '" + String(repeating: "长", count: limit + 1) + "'")?.hasPrefix("string too long") == true)
        #expect(message("count firms where name contains '" + String(repeating: "a", count: limit) + "'") == nil)
    }

    @Test func numbersOutOfRangeAreErrors() {
        for number in ["99999999999999999999", "-99999999999999999999", "9007199254740994", "1" + String(repeating: "0", count: 400)] {
            #expect(message("select firms where founded > \(number)")?.hasPrefix("number out of range") == true, "\(number)")
        }
        #expect(message("select firms where founded between 1 and 9007199254740991") == nil)
    }

    @Test func limitBounds() {
        #expect(message("select firms limit 1000000001")?.hasPrefix("limit must be a whole number") == true)
        #expect(message("select firms limit 99999999999999999999999")?.hasPrefix("limit must be a whole number") == true)
        #expect(message("select firms limit -1") != nil)
        #expect(message("select firms limit 2.5") != nil)
        #expect(message("select firms limit 0") == nil)
        #expect(message("select firms limit \(Limits.maxLimit)") == nil)
        #expect(message("count firms group by country order by count desc limit \(Limits.maxLimit)") == nil)
    }

    @Test func listLengthIsLimited() {
        let values = Array(repeating: "DE", count: Limits.maxListItems + 1).joined(separator: ", ")
        #expect(message("select firms where country in (\(values))")?.hasPrefix("too many items") == true)
        #expect(message("select firms where org includes any (\(values))")?.hasPrefix("too many items") == true)
    }

    @Test func longChainsDoNotRecurse() throws {
        // ~90,000 items, just under the statement limit: parsing, resolving, evaluating and printing
        // are loops over the n-ary node (a recursive walk this long would overflow a test thread's stack).
        let items = (Limits.maxStatementBytes - 100) / 12
        for op in ["and", "or"] {
            let source = "count firms where " + Array(repeating: "has org", count: items).joined(separator: " \(op) ")
            let outputs = try Self.interpreter.run(source)
            #expect(outputs == (try Self.interpreter.run("count firms where has org")))
            let parsed = try Parser.parse(source)
            guard let query = parsed.first?.statement.as(Query.self), let condition = query.condition else {
                Issue.record("no condition parsed")
                continue
            }
            #expect(Printer.print(condition).count == source.count - "count firms where ".count)
        }
        let values = Array(repeating: "DE", count: Limits.maxListItems).joined(separator: ", ")
        #expect(message("select firms where country not in (\(values))") == nil)
    }
}
