import Foundation
import Testing
import TestSupport

@Suite struct ExportStudyTests {
    @Test func exportLoadsBackUnchanged() throws {
        let first = try CaseQLBinary.run(["export-study"])
        #expect(first.status == 0)
        #expect(first.stderr.isEmpty)
        let path = try temporaryFile("study.json", first.stdoutBytes)
        let second = try CaseQLBinary.run(["export-study", "--data", path])
        #expect(second.status == 0)
        #expect(second.stdoutBytes == first.stdoutBytes)
        // The reloaded study answers queries as the built-in one does.
        let builtin = try CaseQLBinary.run(["-c", "count firms group by country; select firms where has financing"])
        let loaded = try CaseQLBinary.run(["--data", path, "-c", "count firms group by country; select firms where has financing"])
        #expect(loaded.stdout == builtin.stdout)
    }

    @Test func exportHasEveryFirmAndDimension() throws {
        let out = try CaseQLBinary.run(["export-study"])
        let json = try JSONSerialization.jsonObject(with: out.stdoutBytes) as? [String: Any]
        let cases = json?["cases"] as? [[String: Any]] ?? []
        #expect(cases.count == 20)
        let dimensions = (json?["taxonomy"] as? [String: Any])?["dimensions"] as? [[String: Any]] ?? []
        #expect(dimensions.compactMap { $0["id"] as? String } == ["org", "management", "financing", "input", "outcome"])
    }

    @Test func aBrokenStudyNamesFileAndPath() throws {
        let out = try CaseQLBinary.run(["export-study"])
        var text = String(decoding: out.stdoutBytes, as: UTF8.self)
        text = text.replacingOccurrences(of: "\"category\": \"crowdfunding\"", with: "\"category\": \"crowdfundng\"")
        let path = try temporaryFile("broken.json", Data(text.utf8))
        let result = try CaseQLBinary.run(["--data", path, "-c", "count firms"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("broken.json:"))
        #expect(result.stderr.contains(".codes[3].category: unknown category 'crowdfundng' (did you mean 'crowdfunding'?"))
    }

    /// A large JSON study of plain cases loads straight to columns, without per-case records; its
    /// export rebuilds them from the index, and loads back answering as the original does.
    @Test func aLargeColumnarJSONStudyExportsAndLoadsBack() throws {
        let generated = try CaseQLBinary.run(["generate-study", "--cases", "20000", "--seed", "9", "--format", "json"])
        #expect(generated.status == 0)
        #expect(generated.stdoutBytes.count > 4 << 20, "large enough for the columnar load")
        let original = try temporaryFile("large.json", generated.stdoutBytes)
        let exported = try CaseQLBinary.run(["export-study", "--data", original])
        #expect(exported.status == 0, "\(exported.stderr)")
        let back = try temporaryFile("large-back.json", exported.stdoutBytes)
        let queries = "count cases group by country; select cases where outcome includes patents and founded > 2000 "
            + "order by founded desc limit 5; describe 'Case 00017'; count cases where financing includes debt"
        let first = try CaseQLBinary.run(["--data", original, "-c", queries])
        let second = try CaseQLBinary.run(["--data", back, "-c", queries])
        #expect(first.status == 0)
        #expect(first.stdout.contains("Case 00017"))
        #expect(second.stdout == first.stdout)
    }
}
