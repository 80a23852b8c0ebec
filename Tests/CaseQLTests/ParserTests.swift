import Testing
@testable import CaseQL

@Suite struct ParserTests {
    func parse(_ s: String) throws -> [Statement] {
        try Parser.parse(s).map(\.statement)
    }

    @Test func selectWithEveryClause() throws {
        let statements = try parse("SELECT firms WHERE country = DE GROUP BY country ORDER BY count DESC LIMIT 3")
        let q = try #require(statements.first?.as(Query.self))
        #expect(q.kind == .select)
        #expect(q.noun.text == "firms")
        #expect(q.groupBy == [.name(Name("country", range: q.groupBy.first!.range))])
        #expect(q.order.count == 1)
        #expect(q.order.first?.direction == .desc)
        #expect(q.order.first?.key.text == "count")
        #expect(q.limit == 3)
        guard case .compare(let a, .equal, let v)? = q.condition else { Issue.record("no comparison"); return }
        #expect(a.text == "country")
        #expect(v.literal == .word("DE", quoted: false))
    }

    @Test func precedenceNotAndOr() throws {
        let statements = try parse("select firms where not a or b and c")
        let q = try #require(statements[0].as(Query.self))
        guard case .or(let items)? = q.condition else { Issue.record("shape"); return }
        #expect(items.count == 2)
        if case .not(.category(let n), _) = items[0] { #expect(n.text == "a") } else { Issue.record("not a") }
        if case .and(let conj) = items[1] { #expect(conj.count == 2) } else { Issue.record("b and c") }
    }

    @Test func longConjunctionsAreFlat() throws {
        let source = "count firms where " + Array(repeating: "a", count: 5000).joined(separator: " and ")
        let q = try #require(try parse(source)[0].as(Query.self))
        guard case .and(let items)? = q.condition else { Issue.record("shape"); return }
        #expect(items.count == 5000)
    }

    @Test func includesForms() throws {
        let statements = try parse("""
            count firms where financing includes crowdfunding
            count firms where 融资渠道 includes any (众筹, procurement)
            count firms where financing includes all ('debt', "grant")
            """)
        #expect(statements.count == 3)
        let q = try #require(statements[1].as(Query.self))
        guard case .includes(let d, .any, let cats)? = q.condition else { Issue.record("any"); return }
        #expect(d.text == "融资渠道")
        #expect(cats.map(\.text) == ["众筹", "procurement"])
    }

    @Test func separatorsAndContinuation() throws {
        #expect(try parse("count firms; count firms\ncount firms").count == 3)
        // A trailing `where`, `and` or an open parenthesis continues onto the next line.
        #expect(try parse("count firms where\n  has org and\n  (country = DE\n or country = GB)").count == 1)
        // The shell's line-by-line rule (Parser.Continuation) agrees with the parser's.
        func continues(_ line: String) -> Bool {
            var continuation = Parser.Continuation()
            return continuation.feed(line)
        }
        #expect(continues("select firms where"))
        #expect(continues("select firms where (a"))
        #expect(continues("select firms where a and"))
        #expect(continues("select firms where country in (DE,"))
        #expect(!continues("select firms where a"))
        #expect(!continues("select firms order by founded desc"))
        #expect(!continues("select firms where name = 'unterminated"))
        #expect(!continues("tour"))
        #expect(!continues("help select"))
    }

    @Test func commentsAndCase() throws {
        #expect(try parse("-- a comment\nCoUnT firms -- trailing\n").count == 1)
    }

    @Test func quotedStringsWithDoubledQuotes() throws {
        let d = try #require(try parse("describe 'O''Brien'")[0].as(DescribeStatement.self))
        #expect(d.name.text == "O'Brien")
    }

    @Test func teachingStatements() throws {
        let statements = try parse("""
            explain crowdfunding
            describe "NOVA INNOVATION"
            why 'NOVA INNOVATION' crowdfunding
            show taxonomy
            show categories financing
            show firms
            crosstab financing by country where has org show firms
            help select
            help
            tour
            """)
        #expect(statements.count == 10)
        let c = try #require(statements[6].as(Crosstab.self))
        #expect(c.rows.text == "financing")
        #expect(c.columns.text == "country")
        #expect(c.showCases)
        #expect(c.condition != nil)
        #expect(statements.map { type(of: $0.node) == Crosstab.self } == [false, false, false, false, false, false, true, false, false, false])
    }

    @Test func nestingLimit() {
        let deep = "count firms where " + String(repeating: "(", count: 20_000) + "a" + String(repeating: ")", count: 20_000)
        #expect(throws: Diagnostic.self) { try Parser.parse(deep) }
        let nots = "count firms where " + String(repeating: "not ", count: 20_000) + "a"
        #expect(throws: Diagnostic.self) { try Parser.parse(nots) }
        let ok = "count firms where " + String(repeating: "(", count: 200) + "a" + String(repeating: ")", count: 200)
        #expect(throws: Never.self) { try Parser.parse(ok) }
    }
}
