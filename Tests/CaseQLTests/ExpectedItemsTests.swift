import CaseModel
import Foundation
import Testing
@testable import CaseQL
import TestSupport

/// Every item a parse says it expects has its Chinese, and a Chinese error reads in Chinese.
@Suite struct ExpectedItemsTests {
    static let sources = URL(fileURLWithPath: PackagePaths.file("Sources/CaseQL"), isDirectory: true)

    /// The English items written in the sources: `what: "…"` and the strings of `expected: [ … ]`.
    static func itemsInSources() throws -> Set<String> {
        var items = Set<String>()
        let files = FileManager.default.enumerator(atPath: sources.path)?.compactMap { $0 as? String } ?? []
        for file in files where file.hasSuffix(".swift") {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            for pattern in [#"what: "([^"\\]+)""#, #"expected: \[([^\]]*)\]"#] {
                let regex = try NSRegularExpression(pattern: pattern)
                for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                    let inner = String(text[Range(match.range(at: 1), in: text)!])
                    let strings = pattern.hasPrefix("what") ? [inner]
                        : inner.split(separator: "\"", omittingEmptySubsequences: false).enumerated()
                            .filter { $0.offset % 2 == 1 }.map { String($0.element) }
                    // Quoted tokens ('by') and interpolations are the language, not words to translate.
                    items.formUnion(strings.filter { !$0.hasPrefix("'") && !$0.contains("\\(") })
                }
            }
        }
        return items
    }

    @Test func everyItemHasItsChinese() throws {
        let items = try Self.itemsInSources()
        #expect(items.count >= 15, "found \(items)")
        let missing = items.filter { ExpectedItems.zh[$0] == nil }.sorted()
        #expect(missing.isEmpty, "no Chinese for: \(missing)")
        for (english, chinese) in ExpectedItems.zh {
            #expect(chinese.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(english)")
        }
    }

    func message(_ source: String, _ language: LocalizedText.Language) -> String? {
        do { _ = try Parser.parse(source, language: language); return nil } catch { return error.message }
    }

    @Test func expectedItemsAndFoundTokensInChinese() {
        #expect(message("count firms group", .zh) == "此处应为 'by'（在 'group' 之后），却是 输入结尾")
        #expect(message("count firms group", .en) == "expected 'by' after 'group', found end of input")
        #expect(message("explain select", .zh) == "此处应为 要解释的类别、维度或属性，却是关键字 'select'")
        #expect(message("select firms where (has org", .zh)?.hasPrefix("此处应为 ')'（以闭合括号），却是") == true)
        let list = message("select firms where", .zh) ?? ""
        #expect(list.contains("以下之一：维度、属性、'has'"), "\(list)")
        #expect(message("select firms where", .en)?.contains("one of a dimension, an attribute, 'has'") == true)
        #expect(message("quiz seed -1", .zh)?.hasPrefix("种子应为") == true)
    }
}
