import Testing
@testable import CaseModel
@testable import StudyIO

/// Rules of the built-in study's data that a machine can check against the paper: quotes are the
/// paper's own bytes, one rule says which facts wait for a source, and a definition not marked as a
/// paraphrase is the paper's words. `Scripts/check-study.py` checks the same.
@Suite("Built-in study data rules")
struct BuiltinStudyDataRulesTests {
    /// No whitespace folding: the paper's U+00A0 in "（CN106103269A ）" is not a space.
    @Test func everyQuoteOfACodeCandidateOrFactIsThePapersBytes() {
        guard let paper = PaperText.load().map(RequestedSources.init) else { return }
        var checked = 0
        for kase in BuiltinStudy.load().cases {
            var quotes = kase.codes.flatMap { code in code.evidence.map { ("\(code.category)", $0.quote) } }
            quotes += kase.candidates.flatMap { c in c.evidence.map { ("candidate \(c.category)", $0.quote) } }
            quotes += kase.facts.map { ("fact \($0.id)", $0.evidence.quote) }
            for (place, quote) in quotes {
                checked += 1
                #expect(!paper.occurrences(of: quote).isEmpty, "\(kase.name) \(place): not byte for byte in the paper: \(quote)")
            }
            for fact in kase.facts {
                #expect(!offsets(of: Array(fact.text.utf8), in: Array(fact.evidence.quote.utf8)).isEmpty,
                        "\(kase.name) fact \(fact.id): its text \(fact.text) is not byte for byte in its quote")
            }
        }
        #expect(checked > 100)
    }

    /// `sourceRequested` is true exactly for the facts in a sentence that an editor's request for a
    /// source closes, and every figure of such a sentence is such a fact.
    @Test func theFiguresOfASentenceThatAsksForASourceAreTheFlaggedFacts() throws {
        guard let paper = PaperText.load().map(RequestedSources.init) else { return }
        var flagged: [Range<Int>] = []
        for kase in BuiltinStudy.load().cases {
            for fact in kase.facts {
                let quotes = paper.occurrences(of: fact.evidence.quote)
                guard quotes.count == 1, let quote = quotes.first else {
                    Issue.record("\(kase.name) fact \(fact.id): its quote occurs \(quotes.count) times in the paper, not once")
                    continue
                }
                let at = try #require(offsets(of: Array(fact.text.utf8), in: Array(fact.evidence.quote.utf8)).first,
                                      "\(kase.name) fact \(fact.id): text not in its quote")
                let place = (quote + at)..<(quote + at + fact.text.utf8.count)
                let asked = paper.sentences.contains { $0.contains(place.lowerBound) && place.upperBound <= $0.upperBound }
                #expect(fact.sourceRequested == asked,
                        "\(kase.name) fact \(fact.id) (\(fact.text)): sourceRequested should be \(asked)")
                if fact.sourceRequested { flagged.append(place) }
            }
        }
        for sentence in paper.sentences {
            for figure in paper.figures(in: sentence) {
                #expect(flagged.contains { $0.contains(figure.lowerBound) && figure.upperBound <= $0.upperBound },
                        "figure \(paper.text(figure)) in “\(paper.text(sentence))” is no fact with sourceRequested")
            }
        }
        #expect(flagged.count >= paper.sentences.count)
    }

    @Test func everyDefinitionNotMarkedAsAParaphraseIsThePapersWords() {
        guard let paper = PaperText.load().map(RequestedSources.init) else { return }
        let taxonomy = BuiltinStudy.load().taxonomy
        var definitions = taxonomy.dimensions.map { ($0.id, $0.definition, $0.definitionSource) }
        func visit(_ category: Category) {
            definitions.append((category.id, category.definition, category.definitionSource))
            category.children.forEach(visit)
        }
        taxonomy.dimensions.flatMap(\.categories).forEach(visit)
        var verbatim = 0
        for (id, definition, source) in definitions where source == .verbatim && !definition.isEmpty {
            verbatim += 1
            let words = RequestedSources.quoted(definition)
            #expect(!paper.occurrences(of: words).isEmpty,
                    "\(id): the definition is not the paper's words; mark it \"definitionSource\": \"paraphrase\": \(words)")
        }
        #expect(verbatim > 0 && verbatim < definitions.count, "both kinds of definition are there")
    }

    /// The helpers find what they are meant to, so the rules above cannot pass by finding nothing.
    @Test func theHelpersReadThePaperAsPrinted() throws {
        guard let text = PaperText.load() else { return }
        let paper = RequestedSources(text)
        #expect(Array(paper.clean) == Array(PaperText.withoutNotes(text).utf8), "notes are removed as PaperText removes them")
        // 10 requests 【补充标引…】 and 2 of the variant 【补标引…】 (§5.3, §5.4).
        #expect(paper.sentences.count == 12)
        #expect(paper.occurrences(of: "“马格努斯型转子的制作方法”（CN106103269A ）").isEmpty)
        #expect(paper.occurrences(of: "“马格努斯型转子的制作方法”（CN106103269A\u{A0}）").count == 1)
        let carbon = try #require(paper.sentences.last)
        #expect(paper.text(carbon) == "以CARBONCURE公司为例，其累计实现了CO2总排放量减少118 921.8 t的效果")
        #expect(paper.figures(in: carbon).map(paper.text) == ["118 921.8"], "CO2 is a name, not a figure")
        #expect(RequestedSources.quoted(LocalizedText(en: "x", zh: "甲乙。")) == "甲乙")
        let customer = BuiltinStudy.load().taxonomy.dimensions.flatMap(\.categories).first { $0.id == "customer" }
        #expect(customer?.definitionSource == .paraphrase)
    }
}

/// The paper without the editor's notes, byte for byte otherwise, and the sentences that an
/// editor's request for a source (【补充标引著录有关数据来源信息文献】, or 【补标引…】) closes.
private struct RequestedSources {
    static let request = "标引著录有关数据来源信息文献"

    let clean: [UInt8]
    /// From the last 。！？ or line break before a request (or the request before it in the same
    /// sentence) up to the request, as byte offsets in `clean`.
    let sentences: [Range<Int>]

    init(_ paper: String) {
        var clean = ""
        var note: String?
        var requests: [Int] = []
        for character in paper {
            if character == "【" {
                note = ""
            } else if var text = note {
                // A note left unclosed ends with its line, as in PaperText.withoutNotes.
                if character == "】" || character == "\n" {
                    if text.contains(Self.request) { requests.append(clean.utf8.count) }
                    note = nil
                    if character == "\n" { clean.append(character) }
                } else {
                    text.append(character)
                    note = text
                }
            } else {
                clean.append(character)
            }
        }
        let bytes = Array(clean.trimmingWhitespace().utf8)
        let lead = clean.utf8.count - clean.drop { $0.isWhitespace }.utf8.count
        self.clean = bytes
        let ends = ["。", "！", "？", "\n"].map { Array($0.utf8) }
        var sentences: [Range<Int>] = []
        for request in requests.map({ $0 - lead }) {
            var start = sentences.last.map(\.upperBound) ?? 0
            for end in ends {
                if let last = offsets(of: end, in: Array(bytes[..<request])).last { start = max(start, last + end.count) }
            }
            sentences.append(start..<request)
        }
        self.sentences = sentences
    }

    func occurrences(of quote: String) -> [Int] {
        offsets(of: Array(quote.utf8), in: clean)
    }

    func text(_ range: Range<Int>) -> String {
        String(decoding: clean[range], as: UTF8.self)
    }

    /// Runs of digits, with spaces, U+00A0 or a decimal point between digits ("118 921.8"). Digits
    /// glued to a letter (CO2, 5G, m2) are names or units, not figures.
    func figures(in range: Range<Int>) -> [Range<Int>] {
        func isDigit(_ i: Int) -> Bool { i < range.upperBound && (0x30...0x39).contains(clean[i]) }
        func isLetterOrDigit(_ byte: UInt8) -> Bool {
            (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
        }
        var figures: [Range<Int>] = []
        var i = range.lowerBound
        while i < range.upperBound {
            guard isDigit(i), i == 0 || !isLetterOrDigit(clean[i - 1]) else {
                i += 1
                continue
            }
            var end = i + 1
            while true {
                if isDigit(end) {
                    end += 1
                } else if end < range.upperBound, clean[end] == 0x20 || clean[end] == 0x2E, isDigit(end + 1) {
                    end += 2
                } else if end + 1 < range.upperBound, clean[end] == 0xC2, clean[end + 1] == 0xA0, isDigit(end + 2) {
                    end += 3
                } else {
                    break
                }
            }
            figures.append(i..<end)
            i = end
        }
        return figures
    }

    /// The words a definition claims to quote: its Chinese (its English where it has none), less a
    /// closing 。 the coder may add to end it.
    static func quoted(_ definition: LocalizedText) -> String {
        let text = definition.zh.isEmpty ? definition.en : definition.zh
        return text.hasSuffix("。") ? String(text.dropLast()) : text
    }
}

/// Where `needle` starts in `haystack`, byte for byte.
private func offsets(of needle: [UInt8], in haystack: [UInt8]) -> [Int] {
    guard !needle.isEmpty, needle.count <= haystack.count else { return [] }
    var found: [Int] = []
    for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
        var i = 1
        while i < needle.count, haystack[start + i] == needle[i] { i += 1 }
        if i == needle.count { found.append(start) }
    }
    return found
}
