import CaseModel
@testable import StudyIO
import Testing

/// Every broken file is rejected whole, with the file, line and column of the problem.
struct HostileCSVTests {
    private func expectError(_ text: String, _ line: Int, _ column: Int, _ message: String,
                             taxonomy: Taxonomy? = nil, sourceLocation: SourceLocation = #_sourceLocation) {
        let error = Fixtures.error(text, taxonomy: taxonomy)
        #expect(error?.file == "bad.csv", sourceLocation: sourceLocation)
        #expect(error.map { [$0.line, $0.column] } == [line, column], sourceLocation: sourceLocation)
        #expect(error?.message == message, sourceLocation: sourceLocation)
    }

    @Test func raggedRows() {
        expectError("case,a.x,a.y\nA,1\n", 2, 4, "this row has 2 fields, but the header has 3 columns")
        expectError("case,a.x,a.y\nA,1,\"0\"\nB,\"1\"\n", 3, 6, "this row has 2 fields, but the header has 3 columns")
        expectError("case,a.x\nA,1,0\n", 2, 5, "this row has more fields than the header's 2 columns")
    }

    @Test func badMembershipValues() {
        let expected = "use 1/0, true/false, yes/no, x/empty, or a degree between 0 and 1"
        expectError("case,a.x\nA,1\nB,2\n", 3, 3, "'2' is not a set membership for 'a.x': " + expected)
        expectError("case,a.x\nA,maybe\n", 2, 3, "'maybe' is not a set membership for 'a.x': " + expected)
        expectError("case,a.x\nA,-0.1\n", 2, 3, "'-0.1' is not a set membership for 'a.x': " + expected)
        expectError("case,a.x\nA,1.5\n", 2, 3, "'1.5' is not a set membership for 'a.x': " + expected)
    }

    @Test func duplicateHeadersAndCaseNames() {
        expectError("case,a.x,a.x\n", 1, 10, "duplicate column 'a.x' (also column 2)")
        expectError("case,a.x\nA,1\nB,0\n\"A\",1\n", 4, 1, "duplicate case name 'A' (first on line 2)")
        expectError("case,a.x\nA,1\n,0\n", 3, 1, "empty case name: the first column names each case")
        expectError("case,,a.x\n", 1, 6, "empty column header: every column after the first needs a name")
        expectError("case,a.x,b.x\n", 1, 10, "category id 'x' of 'b.x' is already used by 'a.x'; category ids must be unique across the whole taxonomy")
        expectError("case,name,a.x\n", 1, 6, "'name' would be a second case name: the first column holds the case names; rename this column")
    }

    @Test func quotingMistakes() {
        expectError("case,a.x\n\"A,1\nB,0\n", 2, 1, "unterminated quoted field: no closing quote before the end of the file")
        expectError("case,a.x\nA\"b,1\n", 2, 2, "quote inside an unquoted field; enclose the field in quotes and double the quote (\"\")")
        expectError("case,a.x\n\"A\"x,1\n", 2, 4, "unexpected text after a closing quote; a quoted field must end at a separator or line break")
    }

    @Test func positionsCountCharactersLinesAndCRLF() {
        // Columns count characters, not bytes; a quoted line break and CRLF both move to the next line.
        expectError("case,a.x\r\n\"多行\n名字\",1\r\n乙,9\r\n", 4, 3, "'9' is not a set membership for 'a.x': use 1/0, true/false, yes/no, x/empty, or a degree between 0 and 1")
    }

    @Test func emptyFilesAndHeaderOnly() throws {
        let empty = "empty file: expected a header row naming the case column, then attribute and code columns"
        expectError("", 1, 1, empty)
        expectError("\u{FEFF}", 1, 1, empty)
        expectError("\n\r\n", 1, 1, empty)
        let headerOnly = try Fixtures.parse("case,a.x,country\n")
        #expect(headerOnly.index.count == 0)
        #expect(headerOnly.study.taxonomy.dimensions.map(\.id) == ["a"])
        #expect(headerOnly.study.attributes.map(\.id) == ["country"])
    }

    @Test func invalidUTF8() {
        let error = Fixtures.error(bytes: Array("case,a.x\nAé".utf8) + [0xFF] + Array(",1\n".utf8))
        #expect(error.map { [$0.line, $0.column] } == [2, 3])
        #expect(error?.message == "invalid UTF-8 (byte 0xFF); save the file as UTF-8")
        #expect(Fixtures.error(bytes: [0xED, 0xA0, 0x80]) != nil, "an encoded surrogate is not UTF-8")
        #expect(Fixtures.error(bytes: [0xC0, 0xAF]) != nil, "an overlong form is not UTF-8")
    }

    @Test func unknownCategoriesWithATaxonomy() {
        let t = Fixtures.taxonomy
        expectError("case,financing.crowdfundng\n", 1, 6,
                    "unknown category 'crowdfundng' in dimension 'financing' (did you mean 'crowdfunding'?)", taxonomy: t)
        expectError("case,finance.crowdfunding\n", 1, 6, "unknown dimension 'finance' (did you mean 'financing'?)", taxonomy: t)
        expectError("case,money.crowdfunding\n", 1, 6, "unknown dimension 'money'", taxonomy: t)
        expectError("case,financng.crowdfunding\n", 1, 6, "unknown dimension 'financng' (did you mean 'financing'?)", taxonomy: t)
        expectError("case,org.crowdfunding\n", 1, 6, "category 'crowdfunding' is in dimension 'financing', not 'org'", taxonomy: t)
        expectError("case,financing\n", 1, 6,
                    "'financing' is a dimension; a code column names one of its categories, e.g. 'financing.public'", taxonomy: t)
        expectError("case,crowdfunding,financing.society.crowdfunding\n", 1, 19,
                    "column 'financing.society.crowdfunding' codes category 'crowdfunding', as column 2 ('crowdfunding') already does", taxonomy: t)
        expectError("case,crowdfundng\nA,1\nB,0\n", 1, 6,
                    "unknown category 'crowdfundng' (did you mean 'crowdfunding'?): the column holds set memberships, so it is not taken as an attribute", taxonomy: t)
    }

    @Test func nothingCrashesOnTruncatedOrOddInput() {
        // Every prefix of a tricky file either loads or is rejected with a position; none traps.
        let text = "\u{FEFF}case,\"a.x\",b.y.z,n\r\n\"A \"\"q\"\"\",x,0.5,\"1,5\"\r\nB,,yes,7\r\n"
        let bytes = Array(text.utf8)
        for n in 0...bytes.count {
            if let error = Fixtures.error(bytes: Array(bytes[0..<n])) {
                #expect(error.line >= 1 && error.column >= 1)
            }
        }
    }
}

/// Random files from the characters that matter to the format: each loads or is rejected with a
/// position, with and without a taxonomy, and none traps.
@Test func randomFilesNeverCrash() {
    let pieces = [",", "\"", "\n", "\r\n", "\r", "0", "1", "0.5", "x", "a", ".", "a.x", "b.y.z", " ", "é", "\u{FEFF}",
                  "crowdfunding", "financing.", "2", "\"\"", "name", "~", "11~50"]
    var state: UInt64 = 0x1234_5678
    func next(_ bound: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(bound))
    }
    for _ in 0..<3_000 {
        let text = (0..<next(40)).map { _ in pieces[next(pieces.count)] }.joined()
        for taxonomy in [nil, Fixtures.taxonomy] {
            if let error = Fixtures.error(text, taxonomy: taxonomy) {
                #expect(error.line >= 1 && error.column >= 1, "\(text.debugDescription)")
            }
        }
    }
}
