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
        guard case .table(let table) = output, options.format == .csv || options.format == .json else { return [] }
        let shape = TableShape(table, maxRows: options.maxRows)
        let hidden = shape.hiddenRowsMessage.map { [$0] } ?? []
        return hidden + table.notes.map { VisibleEscaping.cell($0.labelled) }
    }
}
