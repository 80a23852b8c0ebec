import Testing
@testable import CaseRender

@Suite("Display width")
struct DisplayWidthTests {
    @Test("ASCII is one column per character")
    func ascii() {
        #expect(displayWidth("") == 0)
        #expect(displayWidth("NOVA INNOVATION") == 15)
    }

    @Test("Chinese, kana, Hangul and fullwidth forms are two columns", arguments: [
        ("潮汐能", 6), ("互联网众筹", 10), ("、。「」", 8), ("ひらがなカタカナ", 16), ("한국어", 6),
        ("ＡＢＣ１２３", 12), ("￥", 2), ("\u{3000}", 2), ("𠀀", 2), ("潮汐能 tidal", 12),
    ])
    func wide(text: String, width: Int) {
        #expect(displayWidth(text) == width)
    }

    @Test("Ambiguous-width symbols count one, as in non-CJK terminals")
    func ambiguous() {
        #expect(displayWidth("…“”·░▒▓█─│┌") == 11)
    }

    @Test("Combining marks, variation selectors and joiners add nothing")
    func zeroWidth() {
        #expect(displayWidth("e\u{301}") == 1)           // é as e + combining acute
        #expect(displayWidth("a\u{20DD}") == 1)          // enclosing circle (Me)
        #expect(displayWidth("Ame\u{301}lie\u{308}") == 6)
        #expect(displayWidth("葛\u{E0100}") == 2)         // ideographic variation selector
        #expect(displayWidth("a\u{200B}b") == 2)         // zero width space
        #expect(displayWidth("\u{1100}\u{1161}\u{11A8}") == 2) // 각 from conjoining jamo
        #expect(displayWidth("\u{301}") == 0)            // a lone mark combines with what precedes it
    }

    @Test("Emoji: presentation, ZWJ sequences, skin tones, flags and keycaps are two columns", arguments: [
        ("😀", 2), ("👨‍👩‍👧‍👦", 2), ("👍🏽", 2), ("🇩🇪", 2), ("❤️", 2), ("1️⃣", 2), ("🏳️‍🌈", 2),
        ("🏴󠁧󠁢󠁳󠁣󠁴󠁿", 2), ("❤︎", 1), ("a😀b", 4),
    ])
    func emoji(text: String, width: Int) {
        #expect(displayWidth(text) == width)
    }

    @Test("Control characters have no width (renderers escape them first)")
    func controls() {
        #expect(displayWidth("a\u{1B}b\u{7}\u{9B}") == 2)
    }

    @Test("The built-in table agrees with glibc wcwidth under a UTF-8 locale", arguments: [
        0x20...0x7E, 0xA0...0xAC, 0xAE...0x2FF, 0x300...0x36F, 0x1100...0x115F, 0x2E80...0x2E99,
        0x3000...0x303E, 0x3041...0x3096, 0x30A1...0x30FA, 0x4E00...0x9FFF, 0xAC00...0xD7A3,
        0xF900...0xFA6D, 0xFF01...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F320, 0x1F600...0x1F64F,
    ] as [ClosedRange<UInt32>])
    func agreesWithWcwidth(range: ClosedRange<UInt32>) throws {
        guard LocaleWidth.scalarWidth("a") != nil else { return } // no UTF-8 locale installed: nothing to compare
        #expect(LocaleWidth.scalarWidth("潮") == 2) // the locale really is UTF-8
        for value in range {
            let scalar = try #require(Unicode.Scalar(value))
            guard scalar.properties.generalCategory != .unassigned,
                  let glibc = LocaleWidth.scalarWidth(scalar), glibc >= 0 else { continue }
            #expect(scalarWidth(scalar) == glibc, "U+\(String(value, radix: 16, uppercase: true))")
        }
    }

    @Test("The wide table is sorted and its ranges do not overlap")
    func tableIsOrdered() {
        let ranges = EastAsianWidth.wideRanges
        for (earlier, later) in zip(ranges, ranges.dropFirst()) {
            #expect(earlier.upperBound < later.lowerBound)
        }
        #expect(EastAsianWidth.isWide(0x4E00) && EastAsianWidth.isWide(0x3FFFD) && !EastAsianWidth.isWide(0x40000))
    }
}
