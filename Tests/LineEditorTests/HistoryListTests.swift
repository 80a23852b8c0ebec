import Testing
@testable import LineEditor

@Suite struct HistoryListTests {
    @Test func blankEntriesAreNotStoredAndEntriesAreTrimmed() {
        var list = HistoryList(capacity: 10)
        let addedEmpty = list.add("")
        #expect(!addedEmpty)
        let addedBlank = list.add("  \n\t ")
        #expect(!addedBlank)
        let addedPadded = list.add("  count firms;\n")
        #expect(addedPadded)
        #expect(list.entries == ["count firms;"])
    }

    @Test func consecutiveDuplicatesAreStoredOnce() {
        var list = HistoryList(capacity: 10)
        list.add("a")
        let addedAgain = list.add("a")
        #expect(!addedAgain)
        let addedPaddedAgain = list.add(" a ")
        #expect(!addedPaddedAgain)
        list.add("b")
        list.add("a")
        #expect(list.entries == ["a", "b", "a"])
    }

    @Test func onlyTheNewestEntriesUpToTheCapacityAreKept() {
        var list = HistoryList(capacity: 3)
        for number in 1...5 { list.add("statement \(number)") }
        #expect(list.entries == ["statement 3", "statement 4", "statement 5"])
        let loaded = HistoryList(entries: ["1", "2", "2", "3", "4"], capacity: 2)
        #expect(loaded.entries == ["3", "4"])
    }

    @Test func zeroCapacityKeepsNothing() {
        var list = HistoryList(capacity: 0)
        let addedWithoutRoom = list.add("count firms")
        #expect(!addedWithoutRoom)
        #expect(list.entries.isEmpty)
    }

    @Test func multiLineEntriesAreRecalledAsOneLine() {
        let entry = "select firms\n    where financing includes 众筹  \r\n\n  group by country;"
        #expect(HistoryList.recallForm(of: entry) == "select firms where financing includes 众筹 group by country;")
        #expect(HistoryList.recallForm(of: "count firms") == "count firms")
    }
}
