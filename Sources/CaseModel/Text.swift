/// Text the study gives in English and Chinese; either may be empty when the source gives only one.
public struct LocalizedText: Sendable, Hashable {
    public var en: String
    public var zh: String

    public init(en: String = "", zh: String = "") {
        self.en = en
        self.zh = zh
    }

    public enum Language: String, Sendable, CaseIterable {
        case en, zh
    }

    /// The text in `language`, falling back to the other language when that one is empty.
    public func text(in language: Language) -> String {
        switch language {
        case .en: return en.isEmpty ? zh : en
        case .zh: return zh.isEmpty ? en : zh
        }
    }

    public var isEmpty: Bool { en.isEmpty && zh.isEmpty }
}

/// A section of the source text. The paper's printed numbering restarts (chapter 3's subsections are
/// printed 1.1–1.3), so the printed number alone is ambiguous: the title disambiguates.
public struct SectionRef: Sendable, Hashable {
    public var number: String
    public var title: String

    public init(number: String, title: String) {
        self.number = number
        self.title = title
    }

    public var display: String { title.isEmpty ? "§\(number)" : "§\(number) \(title)" }
}

/// A passage of the source that justifies a code, a fact or a note.
public struct Evidence: Sendable, Hashable {
    /// Verbatim from the source, so it can be found in the text.
    public var quote: String
    /// An English gloss of the quote.
    public var gloss: String
    public var section: SectionRef

    public init(quote: String, gloss: String, section: SectionRef) {
        self.quote = quote
        self.gloss = gloss
        self.section = section
    }
}

/// How numbers print in data and exports: whole numbers without a fraction, others as Swift's
/// shortest round-trip form. One formatter for the index, the JSON writer and renderers.
public enum NumberText {
    public static func format(_ number: Double) -> String {
        guard number.isFinite else { return "null" }
        // Below 2^53 every integer is exact, so printing it as an integer loses nothing.
        if number == number.rounded(), abs(number) < 9_007_199_254_740_992 {
            return String(Int64(number))
        }
        return number.description
    }
}

extension Float {
    /// The decimal the file most likely said (`0.67`, not `0.6700000166893005`): degrees are kept
    /// as Float to halve their memory, and the shortest Float text round-trips to that decimal.
    public var asDecimal: Double { Double(String(self)) ?? Double(self) }
}
