import QueryResult

/// A document as CommonMark a teacher can paste: `#` headings (a section one level below the
/// heading it is under), nested `-` lists (a tree's count in parentheses after the item), block
/// quotes with the gloss and the section, queries in fenced code blocks, tables as pipe tables,
/// notes in italics. Text is escaped so that data never turns into markup. It ends with a blank
/// line, so documents written one after another stay apart.
enum DocumentMarkdownRenderer {
    static func render(_ document: Document, maxRows: Int?) -> String {
        var out: [String] = []
        blocks(document.blocks, level: 1, maxRows: maxRows, into: &out)
        // A blank line at the end keeps the next output (another handout, a table) its own block.
        return out.isEmpty ? "\n" : out.joined(separator: "\n") + "\n"
    }

    /// Each block as one Markdown paragraph ending in a newline; `level` is the heading level of a
    /// section at this depth.
    private static func blocks(_ blocks: [Block], level: Int, maxRows: Int?, into out: inout [String]) {
        for block in blocks {
            switch block {
            case .heading(let headingLevel, let content):
                out.append(String(repeating: "#", count: min(6, max(1, headingLevel))) + " " + inline(content) + "\n")
            case .paragraph(let content):
                out.append(inline(content) + "\n")
            case .definitions(let definitions):
                out.append(definitions.map { "- **" + MarkdownRenderer.inline($0.term) + ":** " + inline($0.value) + "\n" }.joined())
            case .quote(let quote):
                out.append(self.quote(quote, prefix: ""))
            case .list(let list):
                out.append(items(list.items, depth: 0))
            case .table(let table):
                out.append(MarkdownRenderer.render(table, maxRows: maxRows))
            case .note(let note):
                out.append("*" + MarkdownRenderer.inline(note.labelled) + "*\n")
            case .queries(let queries):
                out.append(fenced(queries))
            case .section(let section):
                if !section.title.isEmpty {
                    out.append(String(repeating: "#", count: min(6, level + 1)) + " " + inline(section.title) + "\n")
                }
                self.blocks(section.blocks, level: level + 1, maxRows: maxRows, into: &out)
            case .rule(let caption):
                out.append("---\n")
                out.append(String(repeating: "#", count: min(6, level + 1)) + " " + inline(caption) + "\n")
            }
        }
    }

    /// Nested items, two spaces a level (CommonMark's content indent for `- `); what an item
    /// holds besides sub-lists goes under it as its own indented paragraphs. The marker changes
    /// with the level (`-`, `*`, `+`), which some readers need to see where a sub-list ends.
    private static func items(_ items: [ListItem], depth: Int) -> String {
        let indent = String(repeating: "  ", count: depth)
        let marker = ["-", "*", "+"][depth % 3]
        var out = ""
        for item in items {
            var line = inline(item.content)
            if let count = item.count { line += " (\(count))" }
            out += indent + marker + " " + line + "\n"
            for block in item.blocks {
                switch block {
                case .list(let list):
                    out += self.items(list.items, depth: depth + 1)
                case .quote(let quote):
                    out += "\n" + self.quote(quote, prefix: indent + "  ")
                case .paragraph(let content):
                    out += "\n" + indent + "  " + inline(content) + "\n"
                case .queries(let queries):
                    out += "\n" + fenced(queries).split(separator: "\n").map { indent + "  " + $0 + "\n" }.joined()
                default:
                    var nested: [String] = []
                    blocks([block], level: 6, maxRows: nil, into: &nested)
                    for paragraph in nested {
                        out += "\n" + paragraph.split(separator: "\n").map { indent + "  " + $0 + "\n" }.joined()
                    }
                }
            }
        }
        return out
    }

    private static func quote(_ quote: Quote, prefix: String) -> String {
        var lines = [(quote.label.isEmpty ? "" : MarkdownRenderer.inline(quote.label) + " ")
                     + "“" + MarkdownRenderer.inline(quote.text) + "”"]
        if !quote.gloss.isEmpty { lines.append("= " + MarkdownRenderer.inline(quote.gloss)) }
        if !quote.section.isEmpty, quote.section != "§" { lines.append("— " + MarkdownRenderer.inline(quote.section)) }
        // A blank quoted line between them keeps each its own paragraph inside the quote.
        return lines.map { prefix + "> " + $0 + "\n" }.joined(separator: prefix + ">\n")
    }

    private static func fenced(_ lines: [String]) -> String {
        "```\n" + lines.map { $0.replacingAll("\n", with: " ") + "\n" }.joined() + "```\n"
    }

    private static func inline(_ content: [Inline]) -> String {
        content.map { run -> String in
            switch run {
            case .plain(let s), .name(let s, _): return MarkdownRenderer.inline(s)
            case .emphasis(let s): return "*" + MarkdownRenderer.inline(s) + "*"
            case .code(let s):
                let flat = s.replacingAll("\n", with: " ")
                return flat.contains("`") ? "`` " + flat + " ``" : "`" + flat + "`"
            }
        }.joined()
    }
}
