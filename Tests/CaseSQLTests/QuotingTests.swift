import CaseModel
import CaseSQL
import Testing

/// Identifiers and strings each dialect must read back as written: quotes, backslashes, Chinese,
/// reserved words.
@Suite("Quoting per dialect")
struct QuotingTests {
    @Test func plainLowerCaseNamesStayBare() {
        for d in SQLDialect.all {
            #expect(d.identifier("founded") == "founded")
            #expect(d.identifier("field_zh") == "field_zh")
        }
    }

    @Test func reservedWordsAndOtherNamesAreQuoted() {
        #expect(SQLDialect.postgres.identifier("order") == "\"order\"")
        #expect(SQLDialect.sqlite.identifier("group") == "\"group\"")
        #expect(SQLDialect.spark.identifier("select") == "`select`")
        #expect(SQLDialect.duckdb.identifier("pivot") == "\"pivot\"")
        #expect(SQLDialect.duckdb.identifier("Founded") == "\"Founded\"")
        #expect(SQLDialect.postgres.identifier("融资渠道") == "\"融资渠道\"")
        #expect(SQLDialect.postgres.identifier("a\"b") == "\"a\"\"b\"")
        #expect(SQLDialect.spark.identifier("a`b") == "`a``b`")
    }

    @Test func stringsEscapeTheirQuotes() {
        #expect(SQLDialect.postgres.string("O'Brien") == "'O''Brien'")
        #expect(SQLDialect.sqlite.string("a\\b") == "'a\\b'")
        #expect(SQLDialect.spark.string("O'Brien") == "'O\\'Brien'")
        #expect(SQLDialect.spark.string("a\\b") == "'a\\\\b'")
        #expect(SQLDialect.duckdb.string("互联网众筹") == "'互联网众筹'")
    }

    @Test func numbersPrintAsEveryEngineReadsThem() {
        #expect(SQLDialect.duckdb.number(2014) == "2014")
        #expect(SQLDialect.duckdb.number(0.5) == "0.5")
        #expect(SQLDialect.duckdb.number(-3) == "-3")
    }

    /// An attribute named like a fixed column, or like another's derived column, gets a column of its own.
    @Test func collidingAttributeNamesGetDistinctColumns() {
        let layout = RelationalLayout(attributes: [
            AttributeDefinition(id: "name", labels: LocalizedText(en: "Name"), kind: .text),
            AttributeDefinition(id: "size", labels: LocalizedText(en: "Size"), kind: .range),
            AttributeDefinition(id: "size_low", labels: LocalizedText(en: "Low"), kind: .number),
        ])
        let columns = layout.tables[0].columns.map(\.name)
        #expect(Set(columns).count == columns.count)
        #expect(layout.attribute("name")?.value == "name_2")
        #expect(layout.attribute("size_low")?.value == "size_low_2")
    }
}
