import Testing
@testable import LineEditor

@Suite struct WordAtCursorTests {
    @Test func wordsEndAtSpacesAndPunctuationButNotAtDotsOrUnderscores() {
        #expect(WordAtCursor(in: "select firms whe").text == "whe")
        #expect(WordAtCursor(in: "count(fir").text == "fir")
        #expect(WordAtCursor(in: "x<=firm_na").text == "firm_na")
        #expect(WordAtCursor(in: ".re").text == ".re")
        #expect(WordAtCursor(in: "a.b").text == "a.b")
        let atSpace = WordAtCursor(in: "select ")
        #expect(atSpace.text == "" && atSpace.start == 7)
    }

    @Test func anOpenQuoteStartsTheWord() {
        let word = WordAtCursor(in: #"describe "NOVA IN"#)
        #expect(word.start == 9 && word.text == "NOVA IN" && word.quote == "\"" && !word.isQuoteClosed)
        let single = WordAtCursor(in: "where country='Hong Ko")
        #expect(single.start == 14 && single.text == "Hong Ko" && single.quote == "'")
    }

    @Test func breakCharactersInsideAClosedStringDoNotCount() {
        let word = WordAtCursor(in: #"where name = "a, b" and x"#)
        #expect(word.text == "x" && word.quote == nil)
        let closed = WordAtCursor(in: #"describe "NOVA INNOVATION""#)
        #expect(closed.text == "NOVA INNOVATION" && closed.isQuoteClosed)
    }

    @Test func offsetsAreUTF8Bytes() {
        let word = WordAtCursor(in: "类别 = 众")
        #expect(word.start == "类别 = ".utf8.count)
        #expect(word.text == "众")
    }
}

@Suite struct CompletionMatchesTests {
    @Test func aSingleCandidateReplacesTheWordAndGetsASpace() {
        let line = #"describe "nova in"#
        let matches = CompletionMatches(
            line: line, completion: Completion(replacing: WordAtCursor(in: line), candidates: [#""NOVA INNOVATION""#]))
        #expect(matches == CompletionMatches(replacement: #"describe "NOVA INNOVATION""#, listed: [], appendsSpace: true))
    }

    @Test func directoriesGetNoSpace() {
        let matches = CompletionMatches(line: ".read do", completion: Completion(replaceFrom: 6, candidates: ["docs/"]))
        #expect(matches?.replacement == ".read docs/" && matches?.appendsSpace == false)
    }

    @Test func severalCandidatesInsertTheirCommonPrefixAndAreListed() {
        let matches = CompletionMatches(
            line: "where 众", completion: Completion(replaceFrom: 6, candidates: ["众筹", "众包", "众筹"]))
        #expect(matches == CompletionMatches(replacement: "where 众", listed: ["众筹", "众包"], appendsSpace: false))
        let longer = CompletionMatches(line: "sel", completion: Completion(replaceFrom: 0, candidates: ["select", "selection"]))
        #expect(longer?.replacement == "select")
    }

    @Test func aCommonPrefixShorterThanTheTypedWordKeepsTheLine() {
        let matches = CompletionMatches(line: "x nov", completion: Completion(replaceFrom: 2, candidates: ["Nova", "NOVA"]))
        #expect(matches?.replacement == "x nov")
    }

    @Test func listedNamesReplaceCandidatesInTheList() {
        let completion = Completion(replaceFrom: 6, candidates: ["d/a.cql", "d/b/"], listedNames: ["a.cql", "b/"])
        #expect(CompletionMatches(line: ".read d/", completion: completion)?.listed == ["a.cql", "b/"])
    }

    @Test func noCandidatesMeansNoMatches() {
        #expect(CompletionMatches(line: "x", completion: .none) == nil)
        #expect(CompletionMatches(line: "x", completion: Completion(replaceFrom: 0, candidates: [""])) == nil)
    }

    @Test func badOffsetsAreClampedToCharacterStarts() {
        let line = "a 众"
        #expect(CompletionMatches.index(atUTF8Offset: -5, in: line) == line.startIndex)
        #expect(CompletionMatches.index(atUTF8Offset: 99, in: line) == line.endIndex)
        // Offsets 3 and 4 fall inside 众 (bytes 2...4): both mean "from 众".
        for offset in 2...4 {
            #expect(CompletionMatches(line: line, completion: Completion(replaceFrom: offset, candidates: ["众筹"]))?
                .replacement == "a 众筹")
        }
    }
}

@Suite struct FileNameCompletionTests {
    private let listing: (String) -> [FileNameCompletion.Entry]? = { path in
        switch path {
        case ".": [.init(name: "queries", isDirectory: true), .init(name: "query.cql", isDirectory: false),
                   .init(name: ".hidden", isDirectory: false), .init(name: "数据.cql", isDirectory: false)]
        case "/home/ann/": [.init(name: "notes.cql", isDirectory: false)]
        default: nil
        }
    }

    @Test func filesAndDirectoriesInTheCurrentDirectory() {
        let completion = FileNameCompletion.complete(WordAtCursor(in: ".read que"), listDirectory: listing)
        #expect(completion.replaceFrom == 6)
        #expect(completion.candidates == ["queries/", "query.cql"])
        let chinese = FileNameCompletion.complete(WordAtCursor(in: ".read 数"), listDirectory: listing)
        #expect(chinese.candidates == ["数据.cql"])
    }

    @Test func hiddenFilesOnlyWhenAsked() {
        #expect(FileNameCompletion.complete(WordAtCursor(in: ".read "), listDirectory: listing).candidates
            == ["queries/", "query.cql", "数据.cql"])
        #expect(FileNameCompletion.complete(WordAtCursor(in: ".read ."), listDirectory: listing).candidates == [".hidden"])
    }

    @Test func quotedNamesKeepTheirQuoteAndTildeMeansHome() {
        let quoted = FileNameCompletion.complete(WordAtCursor(in: #".open "query"#), listDirectory: listing)
        #expect(quoted.candidates == [#""query.cql""#])
        let home = FileNameCompletion.complete(WordAtCursor(in: ".read ~/no"), homeDirectory: "/home/ann", listDirectory: listing)
        #expect(home.candidates == ["~/notes.cql"])
        #expect(home.listedNames == ["notes.cql"])
    }

    @Test func anUnreadableDirectoryOffersNothing() {
        #expect(FileNameCompletion.complete(WordAtCursor(in: ".read /nope/x"), listDirectory: listing).candidates.isEmpty)
    }

    @Test func listsARealDirectory() {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        directory.create("a.cql", bytes: [])
        let completion = FileNameCompletion.complete(WordAtCursor(in: ".read \(directory.path)/"))
        #expect(completion.candidates == ["\(directory.path)/a.cql"])
    }
}
