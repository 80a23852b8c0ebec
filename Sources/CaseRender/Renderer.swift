import QueryResult

/// Turns a statement's output into text in the chosen format.
public enum Renderer {
    /// The rendered output, ending with a newline (except the CSV of a table without columns,
    /// which is empty). Tables and Markdown include the title, the
    /// row count or hidden-row message and the notes; CSV and JSON hold only data (pair them with
    /// `sideNotes`).
    public static func render(_ output: StatementOutput, options: RenderOptions) -> String {
        switch (output, options.format) {
        case (.table(let table), .table): return BoxTableRenderer(options: options).render(table)
        case (.table(let table), .csv): return CSVRenderer.render(table, maxRows: options.maxRows)
        case (.table(let table), .json): return JSONRenderer.render(table, maxRows: options.maxRows)
        case (.table(let table), .markdown): return MarkdownRenderer.render(table, maxRows: options.maxRows)
        case (.document(let document), .table): return DocumentTextRenderer(options: options).render(document)
        case (.document(let document), .markdown): return DocumentMarkdownRenderer.render(document, maxRows: options.maxRows)
        case (.document(let document), .json): return DocumentJSONRenderer.render(document)
        case (.document(let document), .csv):
            // A document's data is its tables; prose has no CSV form but one field of text.
            let tables = document.tables
            guard !tables.isEmpty else {
                var plain = options
                plain.textWidth = Int.max / 2
                return CSVRenderer.render(text: DocumentTextRenderer(options: plain).render(document))
            }
            return tables.map { CSVRenderer.render($0, maxRows: options.maxRows) }.joined(separator: "\n")
        case (.text(let text), .table):
            let visible = VisibleEscaping.text(text)
            return visible.hasSuffix("\n") ? visible : visible + "\n"
        case (.text(let text), .csv): return CSVRenderer.render(text: text)
        case (.text(let text), .json): return JSONRenderer.render(text: text)
        case (.text(let text), .markdown): return MarkdownRenderer.render(text: text)
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
