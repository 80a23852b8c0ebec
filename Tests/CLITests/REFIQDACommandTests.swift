import Foundation
import Testing
import TestSupport

/// REFI-QDA through the binary: `--data` on projects in the exporters' shapes, and
/// `export-study --format qdpx|qde|qdc` checked against the REFI-QDA schema with xmllint.
@Suite struct REFIQDACommandTests {
    static let fixtures = PackagePaths.file("Tests/REFIQDATests/Fixtures")
    static let schema = URL(fileURLWithPath: PackagePaths.refiQDASchema).standardized.path

    private func xmllint(_ path: String) throws -> CaseQLBinary.Result {
        try CaseQLBinary.run(executable: "/usr/bin/xmllint", ["--noout", "--schema", Self.schema, path])
    }

    @Test func builtinExportValidatesAndLoadsBackWithEveryCaseCodeAndQuote() throws {
        let export = try CaseQLBinary.run(["export-study", "--format", "qdpx"])
        #expect(export.status == 0)
        #expect(export.stdoutBytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        // The file is recognised by its first bytes, whatever its name.
        let path = try temporaryFile("builtin-export.bin", export.stdoutBytes)
        let qde = try CaseQLBinary.run(["export-study", "--format", "qde"])
        #expect(try xmllint(try temporaryFile("builtin-export.qde", qde.stdoutBytes)).status == 0)

        // By label: ids are derived again from the English names (`financing` comes back as `financing_channels`).
        let statements = "count cases; count cases group by 'Financing channels'; why 'NOVA INNOVATION' crowdfunding"
        let builtin = try CaseQLBinary.run(["--format", "csv", "-c", statements])
        let loaded = try CaseQLBinary.run(["--data", path, "--format", "csv", "-c", statements])
        #expect(loaded.status == 0)
        #expect(!loaded.stderr.contains("error"))
        #expect(loaded.stdout.contains("以NOVA INNOVATION公司为例，2019年11月，该企业决定在股权众筹平台SEEDRS上进行融资"))
        #expect(loaded.stdout.contains("§3.3 社会融资渠道"))
        // The same counts per financing category.
        let counts = { (text: String) in text.split(separator: "\n").prefix(7).map { $0.split(separator: ",").last ?? "" } }
        #expect(counts(loaded.stdout) == counts(builtin.stdout))

        // Every quote of the built-in study is in the export.
        let json = try JSONSerialization.jsonObject(with: try CaseQLBinary.run(["export-study"]).stdoutBytes) as? [String: Any]
        let reexport = try CaseQLBinary.run(["export-study", "--data", path])
        let reloaded = try JSONSerialization.jsonObject(with: reexport.stdoutBytes) as? [String: Any]
        func quotes(_ study: [String: Any]?) -> [String] {
            (study?["cases"] as? [[String: Any]] ?? []).flatMap { kase in
                (kase["codes"] as? [[String: Any]] ?? []).flatMap { code in
                    (code["evidence"] as? [[String: Any]] ?? []).compactMap { $0["quote"] as? String }
                }
            }
        }
        #expect(!quotes(json).isEmpty)
        #expect(quotes(reloaded) == quotes(json))
        #expect((reloaded?["cases"] as? [Any])?.count == 20)
    }

    @Test func codebookExportIsACodebook() throws {
        let out = try CaseQLBinary.run(["export-study", "--format", "qdc"])
        #expect(out.status == 0)
        #expect(out.stdout.contains("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\">"))
        #expect(out.stdout.contains("name=\"Crowdfunding\" isCodable=\"true\""))
    }

    @Test func statementsOnProjectsInTheExportersShapes() throws {
        let maxqda = Self.fixtures + "/maxqda-style/project.qde"
        let taxonomy = try CaseQLBinary.run(["--data", maxqda, "-c", "show taxonomy"])
        #expect(taxonomy.status == 0)
        #expect(taxonomy.stdout.contains("└─ bank_loan  Bank loan"))
        let cases = try CaseQLBinary.run(["--data", maxqda, "--format", "csv", "-c", "show cases"])
        #expect(cases.stdout.hasPrefix("name,country,founded,revenue_m,listed,first_contact,interviewed,codes\n"
            + "Alice Ltd,United Kingdom,2014,1.25,true,2019-11-05,2020-01-02T10:00:00Z,3\n"))
        let select = try CaseQLBinary.run(["--data", maxqda, "--format", "csv", "-c",
                                           "select cases where financing includes debt"])
        #expect(select.stdout.split(separator: "\n").map { $0.prefix { $0 != "," } } == ["name", "Alice Ltd"])
        let describe = try CaseQLBinary.run(["--data", maxqda, "-c", "describe 王氏科技"])
        #expect(describe.stdout.contains("“众筹平台融资”"))
        #expect(describe.stdout.contains("§11–17 访谈 王工"))
        let crosstab = try CaseQLBinary.run(["--data", maxqda, "--format", "csv", "-c", "crosstab financing by listed"])
        #expect(crosstab.status == 0)
        #expect(crosstab.stdout.contains("crowdfunding,1,1,2"))

        let atlas = try CaseQLBinary.run(["--data", Self.fixtures + "/atlas-style/project.qde", "--format", "csv", "-c",
                                          "select cases where sets contains 'Berlin' and has public_grant"])
        #expect(atlas.stdout.split(separator: "\n").dropFirst().map { $0.prefix { $0 != "," } } == ["Visit 1"])
        let inline = try CaseQLBinary.run(["--data", Self.fixtures + "/inline-text.qde", "-c", "why NAVYA 政府补贴"])
        #expect(inline.stdout.contains("“政府补贴😀”"))
    }

    @Test func codebookAsTheTaxonomyOfACaseMatrix() throws {
        let csv = try temporaryFile("codebook-matrix.csv", "name,topics.economy,topics.health_care,values.economy_2\nA,1,0,1\nB,0,1,0\n")
        let out = try CaseQLBinary.run(["--data", csv, "--taxonomy", Self.fixtures + "/codebook.qdc", "--format", "csv",
                                        "-c", "select cases where topics includes economy; count cases where has values"])
        #expect(out.status == 0)
        #expect(out.stdout == "name\nA\ncount\n1\n")
    }

    @Test func exportOfAnImportValidates() throws {
        let out = try CaseQLBinary.run(["export-study", "--data", Self.fixtures + "/maxqda-style/project.qde", "--format", "qde"])
        #expect(out.status == 0)
        #expect(try xmllint(try temporaryFile("maxqda-again.qde", out.stdoutBytes)).status == 0)
    }

    @Test func brokenProjectsFailWithTheirPlace() throws {
        for (file, message) in [
            ("broken/malformed.qde", "malformed.qde:20:7: error: Project/Sources/TextSource/PlainTextSelection: XML is not well formed"),
            ("broken/missing-guid.qde", "missing-guid.qde:26:65: error:"),
            ("broken/outside.qde", "outside.qde:25:7: error:"),
            ("broken/missing-source/project.qde", "project.qde:53:5: error: Project/Sources/TextSource[1]: the source file"),
            ("broken/not-a-zip.qdpx", "not-a-zip.qdpx: error: not a valid zip archive"),
        ] {
            let result = try CaseQLBinary.run(["--data", Self.fixtures + "/" + file, "-c", "count cases"])
            #expect(result.status == 1, "\(file)")
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.contains(message), "\(file): \(result.stderr)")
        }
        let codebook = try CaseQLBinary.run(["--data", Self.fixtures + "/codebook.qdc", "-c", "count cases"])
        #expect(codebook.status == 1)
        #expect(codebook.stderr.contains("a REFI-QDA codebook holds no cases"))
    }
}
