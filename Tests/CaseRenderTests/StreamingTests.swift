import Synchronization
import Testing
import QueryResult
@testable import CaseRender

/// Answers stream (issue: a million rows were rendered into one string before anything was
/// written): rows are produced as the renderer asks for them, text leaves in chunks while later
/// rows are not made yet, and a destination that stops taking text stops the rows.
@Suite("Streaming")
struct StreamingTests {
    /// How many rows a produced table has made so far; shared with its @Sendable row function.
    final class Produced: Sendable {
        let rows = Atomic<Int>(0)
        var count: Int { rows.load(ordering: .relaxed) }
    }

    static let rowCount = 100_000

    /// A produced table of `rowCount` rows, counting the rows it makes.
    static func table(_ produced: Produced) -> ResultTable {
        ResultTable(columns: [Column("name"), Column("founded", isNumeric: true), Column("field")],
                    rowList: Rows(count: rowCount) { i in
                        produced.rows.add(1, ordering: .relaxed)
                        return [.text("Case \(i)"), .integer(1990 + i % 30), .text(i % 7 == 0 ? "潮汐能" : "tidal energy")]
                    })
    }

    static let formats: [OutputFormat] = [.csv, .json, .markdown, .table]

    @Test("Text leaves in chunks while rows are still to be made", arguments: formats)
    func chunksLeaveBeforeTheLastRowIsMade(_ format: OutputFormat) {
        let produced = Produced()
        // Rows made when each chunk arrived.
        var madeAtChunk: [Int] = []
        var largest = 0
        let stream = TextStream { chunk in
            madeAtChunk.append(produced.count)
            largest = max(largest, chunk.utf8.count)
            return true
        }
        Renderer.render(.table(Self.table(produced)), options: RenderOptions(format: format), to: stream)
        stream.finish()
        #expect(madeAtChunk.count > 20)
        // No chunk is the whole answer: each is about 64 KB.
        #expect(largest < 2 * TextStream.chunkBytes)
        // The data formats write their first chunk after a few thousand rows, not after all of them;
        // the two tables measure every row first, then make each again as they write it.
        let rowsBeforeFirstChunk = format == .csv || format == .json ? 0 : Self.rowCount
        #expect(madeAtChunk[0] < rowsBeforeFirstChunk + Self.rowCount / 10, "\(madeAtChunk.prefix(3))")
        #expect(madeAtChunk[madeAtChunk.count / 2] < produced.count)
    }

    @Test("A destination that takes no more stops the rows", arguments: formats)
    func aStoppedStreamStopsTheRows(_ format: OutputFormat) {
        let produced = Produced()
        var chunks = 0
        let stream = TextStream { _ in
            chunks += 1
            return false
        }
        Renderer.render(.table(Self.table(produced)), options: RenderOptions(format: format), to: stream)
        stream.finish()
        #expect(chunks == 1)
        #expect(stream.stopped)
        // One chunk's worth of rows past what a table measures, not the whole answer again.
        let measured = format == .csv || format == .json ? 0 : Self.rowCount
        #expect(produced.count < measured + Self.rowCount / 10, "\(produced.count) rows made")
    }

    @Test("Produced and held rows render alike, in every format and with a row cap", arguments: formats)
    func producedRowsRenderAsHeldOnes(_ format: OutputFormat) {
        let rows: [[Cell]] = (0..<50).map { i in
            [.text(i % 3 == 0 ? "a\tb|c" : "Case \(i)"), i % 5 == 0 ? .empty : .integer(i), .list(["x", "y, z"]), .number(Double(i) / 4)]
        }
        let columns = [Column("name"), Column("n"), Column("firms"), Column("share", audience: .programs)]
        let held = ResultTable(title: "t", columns: columns, rows: rows, notes: [ResultNote(.info, "n")])
        var produced = held
        produced.rowList = Rows(count: rows.count) { rows[$0] }
        for maxRows in [nil, 7] {
            let options = RenderOptions(format: format, maxRows: maxRows, maxWidth: 30)
            #expect(Renderer.render(.table(produced), options: options) == Renderer.render(.table(held), options: options))
        }
        #expect(produced == held)
    }
}
