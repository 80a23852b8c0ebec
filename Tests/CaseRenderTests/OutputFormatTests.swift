import Testing
@testable import CaseRender

@Suite("Output format names")
struct OutputFormatTests {
    @Test("Names parse case-insensitively, with aliases", arguments: [
        ("table", OutputFormat.table), ("CSV", .csv), (" json ", .json), ("Markdown", .markdown), ("box", .table), ("md", .markdown),
    ])
    func parses(text: String, format: OutputFormat) throws {
        #expect(try OutputFormat(parsing: text) == format)
    }

    @Test("Unknown names list the choices and suggest a near miss")
    func unknown() {
        #expect(throws: OutputFormatError(given: "jsno")) { try OutputFormat(parsing: "jsno") }
        #expect(OutputFormatError(given: "jsno").description ==
                "unknown output format 'jsno'; expected one of: table, csv, json, markdown (did you mean 'json'?)")
        #expect(OutputFormatError(given: "xml").description ==
                "unknown output format 'xml'; expected one of: table, csv, json, markdown")
        #expect(OutputFormatError(given: "").suggestion == nil)
        #expect(OutputFormatError(given: "\u{1B}[2J").description.hasPrefix(#"unknown output format '\u{1B}[2J'"#))
    }
}
