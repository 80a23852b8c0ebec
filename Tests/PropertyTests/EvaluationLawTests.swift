@testable import CaseModel
@testable import StudyIO
import PropertyBased
import QueryResult
import Testing
@testable import CaseQL

/// Laws of the language that must hold on any study and any condition: Boolean algebra over the
/// closed-world codes, the quantified `includes`, and agreement between `count`, `select` and
/// `group by`. Checked on small random studies and on `StudyGenerator`'s synthetic ones.
struct EvaluationLawTests {
    /// The cases a condition selects, through the resolver and the evaluator.
    func matches(_ condition: Condition, in interpreter: Interpreter) throws -> Bitset {
        let predicate = try Resolver(vocabulary: interpreter.vocabulary).predicate(condition)
        return Evaluator(index: interpreter.index).evaluate(predicate)
    }

    func table(_ source: String, _ interpreter: Interpreter) throws -> ResultTable {
        let outputs = try interpreter.run(source)
        guard outputs.count == 1, case .table(let table) = outputs[0] else {
            throw Unexpected(description: "\(source) gave \(outputs)")
        }
        return table
    }

    struct Unexpected: Error, CustomStringConvertible { var description: String }

    func checkBooleanLaws(_ input: StudyAndConditions) throws {
        let i = input.interpreter
        let c = input.conditions
        let (a, b) = (c[0], c[1])
        let set = { (condition: Condition) throws -> Bitset in try matches(condition, in: i) }
        #expect(try set(.not(.not(a, range: noRange), range: noRange)) == set(a), "not not A ≡ A for \(Printer.print(a))")
        #expect(try set(.not(.and([a, b]), range: noRange)) == set(.or([.not(a, range: noRange), .not(b, range: noRange)])),
                "De Morgan (and) for \(Printer.print(a)) | \(Printer.print(b))")
        #expect(try set(.not(.or([a, b]), range: noRange)) == set(.and([.not(a, range: noRange), .not(b, range: noRange)])),
                "De Morgan (or) for \(Printer.print(a)) | \(Printer.print(b))")
        #expect(try set(.and([a, b])) == set(a).intersection(set(b)))
        #expect(try set(.or([a, b, c[2]])) == set(a).union(set(b)).union(set(c[2])))
        #expect(try set(.or([a, .not(a, range: noRange)])) == Bitset.all(i.index.count), "A or not A is everything")
        // The printed condition means the same as the tree it was printed from.
        let printed = try Parser.parse("select cases where " + Printer.print(c[3]))
        guard let query = printed.first?.statement.as(Query.self), let reparsed = query.condition else {
            Issue.record("printed condition did not parse: \(Printer.print(c[3]))")
            return
        }
        #expect(try set(reparsed) == set(c[3]))
    }

    func checkIncludesLaws(_ input: StudyAndConditions, _ rng: inout some RandomNumberGenerator) throws {
        let i = input.interpreter
        guard let (dimension, x, y) = ConditionGen(index: i.index).sameDimensionPair(&rng) else { return }
        let one = { (category: Name) in Condition.includes(dimension: dimension, quantifier: nil, categories: [category]) }
        let anyOf = try matches(.includes(dimension: dimension, quantifier: .any, categories: [x, y]), in: i)
        let allOf = try matches(.includes(dimension: dimension, quantifier: .all, categories: [x, y]), in: i)
        #expect(try anyOf == matches(.or([one(x), one(y)]), in: i), "includes any (\(x.text), \(y.text))")
        #expect(try allOf == matches(.and([one(x), one(y)]), in: i), "includes all (\(x.text), \(y.text))")
    }

    func checkCountsAgree(_ input: StudyAndConditions) throws {
        let i = input.interpreter
        for condition in input.conditions {
            let whereClause = " where " + Printer.print(condition)
            let count = try table("count cases" + whereClause, i)
            let select = try table("select cases" + whereClause, i)
            #expect(count.rows == [[.integer(select.rows.count)]], "count = select rows for\(whereClause)")
            #expect(select.rows.count == (try matches(condition, in: i)).cardinality)
            for attribute in i.index.attributes {
                let groups = try table("count cases\(whereClause) group by \"\(attribute.id)\"", i)
                let sum = groups.rows.reduce(0) { total, row in
                    if case .integer(let n) = row[1] { return total + n }
                    return total
                }
                #expect(sum == select.rows.count, "groups by \(attribute.id) sum to the total for\(whereClause)")
            }
        }
    }

    @Test func booleanLawsOnRandomStudies() async {
        await propertyCheck(count: 150, input: randomStudyGen) { input in try checkBooleanLaws(input) }
    }

    @Test func booleanLawsOnGeneratedStudies() async {
        await propertyCheck(count: 60, input: generatedStudyGen) { input in try checkBooleanLaws(input) }
    }

    @Test func includesAnyAndAllAreOrAndAnd() async {
        await propertyCheck(count: 150, input: randomStudyGen, Gen.uint64()) { input, seed in
            var rng = SplitMix64(seed: seed)
            try checkIncludesLaws(input, &rng)
        }
        await propertyCheck(count: 60, input: generatedStudyGen, Gen.uint64()) { input, seed in
            var rng = SplitMix64(seed: seed)
            try checkIncludesLaws(input, &rng)
        }
    }

    @Test func countSelectAndGroupsAgreeOnRandomStudies() async {
        await propertyCheck(count: 100, input: randomStudyGen) { input in try checkCountsAgree(input) }
    }

    @Test func countSelectAndGroupsAgreeOnGeneratedStudies() async {
        await propertyCheck(count: 40, input: generatedStudyGen) { input in try checkCountsAgree(input) }
    }
}

