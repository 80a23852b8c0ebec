import QueryResult

/// Where rendered text goes, a piece at a time: renderers write as they go, and the stream hands
/// the text on in chunks of about 64 KB, so a million-row answer is never one string in memory.
/// `flush` returns false when the destination can take no more (a failed write, a reader that has
/// gone): renderers see `stopped` and stop producing rows.
public final class TextStream {
    private var buffer = ""
    private let flush: (String) -> Bool
    public private(set) var stopped = false
    /// Big enough that a write is rarely a system call per row, small enough to be no memory at all.
    static let chunkBytes = 1 << 16

    public init(flushingTo flush: @escaping (String) -> Bool) {
        self.flush = flush
        buffer.reserveCapacity(Self.chunkBytes + 4096)
    }

    func write(_ text: String) {
        guard !stopped else { return }
        buffer += text
        if buffer.utf8.count >= Self.chunkBytes { flushBuffer() }
    }

    /// Hands on what is buffered; the end of a statement's output.
    public func finish() {
        if !stopped, !buffer.isEmpty { flushBuffer() }
    }

    private func flushBuffer() {
        let chunk = buffer
        buffer = ""
        buffer.reserveCapacity(Self.chunkBytes + 4096)
        if !flush(chunk) { stopped = true }
    }

    /// What a render into a stream writes, as one string (for documents and tests).
    static func collect(_ body: (TextStream) -> Void) -> String {
        var out = ""
        let stream = TextStream { out += $0; return true }
        body(stream)
        stream.finish()
        return out
    }
}

/// Turns a statement's output into text in the chosen format.
public enum Renderer {
    /// The rendered output, ending with a newline (except the CSV of a table without columns,
    /// which is empty). Tables and Markdown include the title, the
    /// row count or hidden-row message and the notes; CSV and JSON hold only data (pair them with
    /// `sideNotes`).
    public static func render(_ output: StatementOutput, options: RenderOptions) -> String {
        TextStream.collect { render(output, options: options, to: $0) }
    }

    /// The same, written to `stream` as it is made: a table's rows are produced, rendered and
    /// written one at a time (a box or Markdown table measures its cells in a first pass and
    /// writes in a second), and rendering stops early once the stream has stopped. The caller
    /// calls `stream.finish()`.
    public static func render(_ output: StatementOutput, options: RenderOptions, to stream: TextStream) {
        switch (output, options.format) {
        case (.table(let table), .table): BoxTableRenderer(options: options).render(table, to: stream)
        case (.table(let table), .csv): CSVRenderer.render(table, maxRows: options.maxRows, to: stream)
        case (.table(let table), .json): JSONRenderer.render(table, maxRows: options.maxRows, to: stream)
        case (.table(let table), .markdown): MarkdownRenderer.render(table, maxRows: options.maxRows, to: stream)
        case (.document(let document), .table): stream.write(DocumentTextRenderer(options: options).render(document))
        case (.document(let document), .markdown): stream.write(DocumentMarkdownRenderer.render(document, maxRows: options.maxRows))
        case (.document(let document), .json): stream.write(DocumentJSONRenderer.render(document))
        case (.document(let document), .csv):
            // A document's data is its tables; prose has no CSV form but one field of text.
            let tables = document.tables
            guard !tables.isEmpty else {
                var plain = options
                plain.textWidth = Int.max / 2
                stream.write(CSVRenderer.render(text: DocumentTextRenderer(options: plain).render(document)))
                return
            }
            for (i, table) in tables.enumerated() {
                if i > 0 { stream.write("\n") }
                CSVRenderer.render(table, maxRows: options.maxRows, to: stream)
            }
        case (.text(let text), .table):
            let visible = VisibleEscaping.text(text)
            stream.write(visible.hasSuffix("\n") ? visible : visible + "\n")
        case (.text(let text), .csv): stream.write(CSVRenderer.render(text: text))
        case (.text(let text), .json): stream.write(JSONRenderer.render(text: text))
        case (.text(let text), .markdown): stream.write(MarkdownRenderer.render(text: text))
        }
    }

    /// What a data format leaves out but a reader must not miss: the hidden-row message
    /// ("… 20 of 23 rows hidden") and the notes ("note: …", "warning: …"), one line each, with
    /// control characters escaped; meant for stderr. Empty for table and Markdown output, which
    /// print them inline, and for text output.
    public static func sideNotes(for output: StatementOutput, options: RenderOptions) -> [String] {
        guard options.format == .csv || options.format == .json else { return [] }
        switch output {
        case .table(let table):
            let shape = TableShape(table, maxRows: options.maxRows, forPeople: false)
            let hidden = shape.hiddenRowsMessage.map { [$0] } ?? []
            return hidden + table.notes.map { VisibleEscaping.cell($0.labelled) }
        case .document(let document):
            return document.notes.map { VisibleEscaping.cell($0.labelled) }
        case .text:
            return []
        }
    }
}
