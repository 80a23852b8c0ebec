import Testing
import CaseModel
@testable import StudyIO
import QueryResult
@testable import CaseQL

@Suite struct EvaluationTests {
    func names(_ query: String) throws -> [String] {
        guard case .table(let t) = try TestStudy.interpreter.run(query).last else { return [] }
        return t.rows.map { $0[0].plainText }
    }

    func count(_ query: String) throws -> Int {
        guard case .table(let t) = try TestStudy.interpreter.run(query).last, case .integer(let n) = t.rows[0][0] else {
            return -1
        }
        return n
    }

    @Test func hierarchicalIncludes() throws {
        // A code on a sub-category makes the case a member of its ancestors.
        #expect(try names("select firms where financing includes public") == ["BETA TIDAL", "GAMMA LABS"])
        #expect(try names("select firms where financing includes grant") == ["GAMMA LABS"])
        #expect(try names("select firms where 融资渠道 includes 众筹") == ["BETA TIDAL"])
    }

    @Test func quantifiers() throws {
        #expect(try names("select firms where financing includes any (debt, crowdfunding)") == ["ALPHA WORKS", "BETA TIDAL"])
        #expect(try names("select firms where financing includes all (public, society)") == ["BETA TIDAL"])
    }

    @Test func hasAndBareCategories() throws {
        #expect(try count("count firms where has org") == 3)
        #expect(try count("count firms where has financing") == 3)
        #expect(try names("select firms where crowdfunding") == ["BETA TIDAL"])
        #expect(try names("select firms where has procurement") == ["BETA TIDAL"])
    }

    @Test func negationIsClosedWorldAndSaysSo() throws {
        guard case .table(let t) = try TestStudy.interpreter.run("select firms where not has financing").last else {
            Issue.record("table"); return
        }
        #expect(t.rows.map { $0[0].plainText } == ["DELTA WATER", "EPSILON DATA"])
        #expect(t.notes.contains { $0.kind == .closedWorld })
        guard case .table(let plain) = try TestStudy.interpreter.run("select firms where not country = DE").last else { return }
        #expect(!plain.notes.contains { $0.kind == .closedWorld })
    }

    @Test func countriesResolveInEveryForm() throws {
        let expected = ["ALPHA WORKS", "GAMMA LABS"]
        #expect(try names("select firms where country = 德国") == expected)
        #expect(try names("select firms where country = DE") == expected)
        #expect(try names("select firms where country = Germany") == expected)
        #expect(try names("select firms where country = 'germany'") == expected)
        #expect(try names("select firms where 国家 = 德国") == expected)
        #expect(try names("select firms where country != DE") == ["BETA TIDAL", "DELTA WATER", "EPSILON DATA"])
        #expect(try names("select firms where country in (UK, USA)") == ["BETA TIDAL", "DELTA WATER", "EPSILON DATA"])
        #expect(try names("select firms where country not in (UK, USA)") == expected)
    }

    @Test func bandsHoldOnlyWhenEveryValueDoes() throws {
        #expect(try names("select firms where employees = '11~50'") == ["BETA TIDAL", "EPSILON DATA"])
        #expect(try count("count firms where employees > 50") == 3)
        #expect(try count("count firms where employees > 100") == 0)
        #expect(try count("count firms where employees < 100") == 2)
        #expect(try count("count firms where employees <= 200") == 5)
        #expect(try count("count firms where employees between 10 and 60") == 2)
    }

    @Test func numbersAndText() throws {
        #expect(try names("select firms where founded between 2010 and 2012") == ["BETA TIDAL", "GAMMA LABS"])
        #expect(try names("select firms where founded < 1950") == ["DELTA WATER"])
        #expect(try names("select firms where field contains 'ENERGY'") == ["ALPHA WORKS", "BETA TIDAL"])
        #expect(try names("select firms where field contains '潮汐'") == ["BETA TIDAL"])
        #expect(try names("select firms where field = 'Nanoscopy'") == ["GAMMA LABS"])
        #expect(try names("select firms where name contains 'data'") == ["EPSILON DATA"])
        #expect(try names("select firms where name = BETA") == ["BETA TIDAL"])
    }

    @Test func orderAndLimit() throws {
        #expect(try names("select firms order by founded limit 3") == ["DELTA WATER", "EPSILON DATA", "BETA TIDAL"])
        #expect(try names("select firms order by founded desc limit 2") == ["ALPHA WORKS", "GAMMA LABS"])
        #expect(try names("select firms order by name desc limit 1") == ["GAMMA LABS"])
        #expect(try names("select firms limit 0") == [])
        // Later keys break the ties of earlier ones.
        #expect(try names("select firms order by employees desc, founded")
                == ["DELTA WATER", "GAMMA LABS", "ALPHA WORKS", "EPSILON DATA", "BETA TIDAL"])
        #expect(try names("select firms order by employees desc, founded desc limit 2") == ["ALPHA WORKS", "GAMMA LABS"])
    }

    @Test func groupBy() throws {
        guard case .table(let t) = try TestStudy.interpreter.run("select firms group by country").last else { return }
        #expect(t.columns.map(\.name) == ["country", "count", "firms"])
        #expect(t.rows.map { $0[0].plainText } == ["Germany", "United Kingdom", "United States"])
        #expect(t.rows.map { $0[1] } == [.integer(2), .integer(1), .integer(2)])
        #expect(t.rows[0][2] == .list(["ALPHA WORKS", "GAMMA LABS"]))
        guard case .table(let c) = try TestStudy.interpreter.run("count firms group by employees order by count desc").last else { return }
        #expect(c.rows.map { $0[0].plainText } == ["51~200", "11~50"])
    }

    @Test func groupByDimensionCountsEachCategory() throws {
        guard case .table(let t) = try TestStudy.interpreter.run("count firms group by financing").last else { return }
        #expect(t.rows.map { $0[0].plainText } == ["public", "private", "society", "(not coded)"])
        #expect(t.rows.map { $0[1] } == [.integer(2), .integer(1), .integer(1), .integer(2)])
    }

    @Test func lawsOfTheAlgebra() throws {
        let conditions = ["has org", "financing includes public", "country = DE", "employees > 50", "founded < 2000"]
        for a in conditions {
            #expect(try count("count firms where not not (\(a))") == count("count firms where \(a)"))
            for b in conditions {
                #expect(try count("count firms where not (\(a) and \(b))") == count("count firms where not (\(a)) or not (\(b))"))
                #expect(try count("count firms where not (\(a) or \(b))") == count("count firms where not (\(a)) and not (\(b))"))
            }
        }
    }
}
