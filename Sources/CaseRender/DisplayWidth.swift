/// The number of terminal columns `s` occupies, counted per grapheme cluster.
///
/// Widths come from this module's own East Asian Width table, never from the C library, so a
/// table renders identically under `LANG=C` in CI and under a UTF-8 locale at a desk. Ambiguous-width
/// characters (box drawing, `…`, curly quotes) count 1, as in non-CJK terminals. Control characters
/// count 0: renderers escape them before measuring.
public func displayWidth(_ s: String) -> Int {
    if s.isPrintableASCII {
        return s.utf8.count
    }
    var width = 0
    for character in s {
        width += graphemeWidth(character)
    }
    return width
}

extension String {
    /// Only printable ASCII: one column per byte, nothing to escape. Checked on UTF-8 bytes because
    /// most cells are plain ASCII and grapheme iteration is far slower.
    var isPrintableASCII: Bool {
        utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }
}

/// One grapheme's width: emoji sequences (ZWJ, VS16, skin tones, flags) are drawn as one wide
/// glyph; anything else is the sum of its scalars (a base plus zero-width marks).
func graphemeWidth(_ character: Character) -> Int {
    let scalars = character.unicodeScalars
    guard let first = scalars.first else { return 0 }
    if scalars.count == 1 {
        return scalarWidth(first)
    }
    if isEmojiSequence(scalars, first: first) {
        return 2
    }
    var width = 0
    for scalar in scalars {
        width += scalarWidth(scalar)
    }
    return width
}

private func isEmojiSequence(_ scalars: Character.UnicodeScalarView, first: Unicode.Scalar) -> Bool {
    if regionalIndicators.contains(first.value) {
        return true
    }
    guard first.properties.isEmoji else { return false }
    for scalar in scalars.dropFirst() {
        if scalar.value == zeroWidthJoiner || scalar.value == emojiPresentationSelector
            || scalar.properties.isEmojiModifier {
            return true
        }
    }
    return false
}

private let zeroWidthJoiner: UInt32 = 0x200D
private let emojiPresentationSelector: UInt32 = 0xFE0F
private let softHyphen: UInt32 = 0x00AD
private let regionalIndicators: ClosedRange<UInt32> = 0x1F1E6...0x1F1FF
/// Hangul vowel and final-consonant jamo combine with a preceding initial into one syllable block.
private let hangulCombiningJamo: [ClosedRange<UInt32>] = [0x1160...0x11FF, 0xD7B0...0xD7FF]

/// The width of one scalar on its own: 0, 1 or 2.
func scalarWidth(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value >= 0x20 && value < 0x7F {
        return 1
    }
    if value < 0x20 || (value >= 0x7F && value < 0xA0) {
        return 0
    }
    if value == softHyphen {
        return 1 // terminals draw it; glibc agrees
    }
    if hangulCombiningJamo.contains(where: { $0.contains(value) }) {
        return 0
    }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format, .lineSeparator, .paragraphSeparator:
        return 0 // combining marks, ZWJ, variation selectors, bidi controls, tags
    default:
        break
    }
    return EastAsianWidth.isWide(value) ? 2 : 1
}
