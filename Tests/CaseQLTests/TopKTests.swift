import Testing
import CaseModel
import QueryResult
@testable import StudyIO
@testable import CaseQL

/// `order by … limit` takes shortcuts (a heap of `limit`, a walk down a column's sorted order that
/// gives up where matches are bunched at the far end); every one must give the rows a full sort
/// gives, ties in case order and missing values last in either direction.
@Suite struct TopKTests {
    static let interpreter: Interpreter = {
        let builtin = BuiltinStudy.load()
        let loaded = StudyGenerator.generate(cases: 40_000, seed: 99, taxonomy: builtin.taxonomy,
                                             attributes: builtin.attributes).loadedStudy()
        return Interpreter(study: loaded.study, index: loaded.index)
    }()

    static func names(_ source: String) throws -> [String] {
        guard case .table(let table)? = try interpreter.run(source).last else {
            Issue.record("no table for \(source)")
            return []
        }
        return table.rows.map { $0[0].plainText }
    }

    @Test(arguments: [
        // Common matches: the sorted order is walked from the best end.
        "where outcome includes patents and founded > 2010",
        "",
        "where has financing",
        // Matches bunched at the far end: the walk gives up and the column is read instead.
        "where founded < 1965",
        // Rare matches: the column is read for each.
        "where founded = 1999 and financing includes crowdfunding",
        "where employees = '11~50'",
    ])
    func theFirstRowsAreThoseOfAFullSort(_ condition: String) throws {
        for direction in ["asc", "desc"] {
            for key in ["founded", "name", "employees", "codes"] {
                let base = "select cases \(condition) order by \(key) \(direction)"
                let all = try Self.names(base)
                for limit in [1, 10, 37] {
                    #expect(try Self.names(base + " limit \(limit)") == Array(all.prefix(limit)), "\(base) limit \(limit)")
                }
            }
        }
    }
}
