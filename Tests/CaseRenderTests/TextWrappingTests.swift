import Testing
@testable import CaseRender

@Suite("Wrapping cell text")
struct TextWrappingTests {
    @Test("Text that fits stays one line")
    func fits() {
        #expect(wrapLines("tidal energy", width: 12) == ["tidal energy"])
        #expect(wrapLines("", width: 5) == [""])
    }

    @Test("Breaks after spaces, swallowing the space at the break")
    func words() {
        #expect(wrapLines("direct grants from the government", width: 12) == ["direct", "grants from", "the", "government"])
    }

    @Test("Breaks Chinese between characters, never inside a two-column one")
    func chinese() {
        #expect(wrapLines("潮汐能发电阵列", width: 5) == ["潮汐", "能发", "电阵", "列"])
    }

    @Test("A word longer than the width is split")
    func longWord() {
        #expect(wrapLines("crowdfunding", width: 5) == ["crowd", "fundi", "ng"])
    }

    @Test("Keeps every grapheme but the spaces at breaks", arguments: [
        "The company received direct grants, 潮汐能发电阵列项目获得了苏格兰政府的直接拨款。",
        "a  b   c    d", "👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦 e\u{301}e\u{301}e\u{301}",
    ])
    func keepsData(text: String) {
        for width in 2...9 {
            let lines = wrapLines(text, width: width)
            #expect(lines.joined().filter { $0 != " " } == text.filter { $0 != " " })
            #expect(lines.allSatisfy { displayWidth($0) <= width })
        }
    }
}
