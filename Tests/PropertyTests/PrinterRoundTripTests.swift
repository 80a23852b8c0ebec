import PropertyBased
import Testing
@testable import CaseQL

/// Printing an AST and parsing the text again gives the same AST, positions aside.
struct PrinterRoundTripTests {
    func reparsed(_ text: String) -> [Statement]? {
        try? Parser.parse(text).map(\.statement.rangeFree)
    }

    @Test func conditionsSurviveAPrintAndAParse() async {
        await propertyCheck(count: 300, input: conditionGen) { condition in
            var query = Query(kind: .select, noun: Name("firms", range: noRange))
            query.condition = condition
            let text = Printer.print(Statement(query))
            #expect(reparsed(text) == [Statement(query).rangeFree], "printed as: \(text)")
        }
    }

    @Test func scriptsSurviveAPrintAndAParse() async {
        await propertyCheck(count: 300, input: statementsGen) { statements in
            let text = Printer.print(statements)
            #expect(reparsed(text) == statements.map(\.rangeFree), "printed as: \(text)")
        }
    }

    @Test func parsedStatementsPrintToTextThatParsesTheSame() throws {
        // The other direction, from text people write: spacing, case and redundant parentheses go,
        // the tree stays.
        let sources = [
            "SELECT firms WHERE ((org includes inventor_executive)) AND NOT (has financing OR 众筹) ORDER BY founded DESC LIMIT 3",
            "count firms where country not in (DE, 'GB') group by employees order by count",
            "select cases where a and (b and c) and (d or (e or f))",
            "crosstab org by country where founded between -5 and 3.25 show firms; help select; tour",
            "select firms where name contains \"it\"\"s\" or field = '潮汐能'",
        ]
        for source in sources {
            let first = try Parser.parse(source).map(\.statement)
            let printed = Printer.print(first)
            #expect(reparsed(printed) == first.map(\.rangeFree), "printed as: \(printed)")
        }
    }

    @Test func longChainsAndDeepNestingPrintWithoutOverflow() throws {
        // 100,000 items in one `or` is a loop for the printer; nesting is bounded by the parser.
        let leaves = (0..<100_000).map { Condition.category(Name("c\($0)", range: noRange)) }
        let text = Printer.print(.or(leaves))
        #expect(text.hasPrefix("c0 or c1 or "))
        let depth = Limits.maxNesting - 1
        let nested = "select firms where " + String(repeating: "(", count: depth) + "a" + String(repeating: ")", count: depth)
        let parsed = try Parser.parse(nested).map(\.statement)
        #expect(reparsed(Printer.print(parsed)) == parsed.map(\.rangeFree))
    }
}
