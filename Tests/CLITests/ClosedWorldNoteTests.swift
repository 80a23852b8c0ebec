import Foundation
import Testing
import TestSupport

/// Issue 11 item 16: the closed-world note names the study's own source, and a case matrix whose
/// 0s are data (CSV, QCA data sets) gets no "not reported" note at all.
@Suite struct ClosedWorldNoteTests {
    @Test func theBuiltInStudyNamesItsPaper() throws {
        let en = try CaseQLBinary.run(["-c", "count firms where not has org"])
        #expect(en.stdout.hasPrefix("16\n"))
        #expect(en.stdout.contains("\"not reported in Smart Specialization of SMEs in Developed Countries"), "\(en.stdout)")
        #expect(!en.stdout.contains("in the paper"))
        let zh = try CaseQLBinary.run(["--lang", "zh", "-c", "count firms where not has org"])
        #expect(zh.stdout.contains("《"), "\(zh.stdout)")
    }

    @Test func anotherStudyNamesItsOwnSource() throws {
        let exported = try CaseQLBinary.run(["export-study"]).stdout
        let retitled = exported.replacing("Smart Specialization of SMEs in Developed Countries: Empirical Analysis Based on 20 SMEs",
                                          with: "Interviews with founders, 2024", maxReplacements: 1)
        let path = try temporaryFile("interviews.json", retitled)
        let result = try CaseQLBinary.run(["--data", path, "-c", "select firms where not has org limit 1"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"not reported in Interviews with founders, 2024\""), "\(result.stdout)")
    }

    @Test func aMatrixOfZerosAndOnesSaysNothingOfNotReported() throws {
        for statement in ["count cases where not DEV", "select cases where not has conditions", "crosstab conditions by conditions where not URB",
                          "matrix where not DEV"] {
            let result = try CaseQLBinary.run(["--data", "Samples/lipset-crisp.csv", "-c", statement])
            #expect(result.status == 0, "\(statement): \(result.stderr)")
            #expect(!(result.stdout + result.stderr).contains("not reported"), "\(statement)")
        }
    }
}
