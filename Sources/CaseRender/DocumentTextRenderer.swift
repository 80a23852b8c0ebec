import QueryResult

/// A document for a terminal: prose wrapped by display width at `options.textWidth`, a section's
/// body indented under its heading, list items under each other (continuation lines hang four
/// columns in), quotes with their gloss and section, tables as box tables. Every piece of data
/// passes through `VisibleEscaping`.
struct DocumentTextRenderer {
    let options: RenderOptions

    /// Wrapped lines never get narrower than this, however deep the indentation.
    static let minimumRoom = 20

    func render(_ document: Document) -> String {
        var lines = Lines()
        blocks(document.blocks, indent: 0, into: &lines)
        while lines.all.last?.isEmpty == true { lines.all.removeLast() }
        return lines.all.map { $0 + "\n" }.joined()
    }

    struct Lines {
        var all: [String] = []

        mutating func add(_ line: String) {
            var s = Substring(line)
            while s.last == " " { s.removeLast() }
            all.append(String(s))
        }

        /// A blank line, unless there is nothing yet or one already.
        mutating func gap() {
            if let last = all.last, !last.isEmpty { all.append("") }
        }
    }

    private func blocks(_ blocks: [Block], indent: Int, into lines: inout Lines) {
        var afterSection = false
        for block in blocks {
            // What follows a section's indented body stands apart from it.
            if afterSection { lines.gap() }
            self.block(block, indent: indent, into: &lines)
            if case .section = block { afterSection = true } else { afterSection = false }
        }
    }

    private func block(_ block: Block, indent: Int, into lines: inout Lines) {
        let margin = String(repeating: " ", count: indent)
        switch block {
        case .heading(let level, let content):
            if level > 1 { lines.gap() }
            wrap(text(content), first: margin, hanging: margin + "    ", into: &lines)
        case .paragraph(let content):
            wrap(text(content), first: margin, hanging: margin, into: &lines)
        case .definitions(let definitions):
            let width = max(10, (definitions.map { displayWidth(text($0.term)) }.max() ?? 0) + 2)
            for definition in definitions {
                let term = text(definition.term) + ":"
                let head = margin + term + String(repeating: " ", count: max(1, width - displayWidth(term)))
                wrap(text(definition.value), first: head, hanging: margin + String(repeating: " ", count: width), into: &lines)
            }
        case .quote(let quote):
            // A quote stands apart from the prose it follows; inside a list it already does.
            self.quote(quote, margin: indent == 0 ? "  " : margin, into: &lines)
        case .list(let list):
            if list.style == .indented {
                indented(list.items, indent: indent, into: &lines)
            } else {
                let counts = Self.allCounts(list.items)
                let digits = counts.map { String($0).count }.max() ?? 0
                tree(list.items, style: list.style, margin: margin, digits: digits, prefix: "", depth: 0, into: &lines)
            }
        case .table(let table):
            let rendered = BoxTableRenderer(options: options).render(table)
            for line in rendered.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
                lines.add(String(line))
            }
        case .note(let note):
            wrap(VisibleEscaping.text(note.labelled), first: margin, hanging: margin + "  ", into: &lines)
        case .queries(let queries):
            // Queries stand apart from the prose they follow, as quotes do; in a section or a list
            // they already do.
            let lead = indent == 0 ? "  " : margin
            for query in queries { lines.add(lead + VisibleEscaping.cell(query)) }
        case .section(let section):
            lines.gap()
            if !section.title.isEmpty {
                wrap(text(section.title), first: margin, hanging: margin + "    ", into: &lines)
            }
            // Without a title a section only sets its blocks apart.
            blocks(section.blocks, indent: section.title.isEmpty ? indent : indent + 2, into: &lines)
        case .rule(let caption):
            lines.add(margin + "── " + text(caption) + " " + String(repeating: "─", count: 40))
        }
    }

    private func indented(_ items: [ListItem], indent: Int, into lines: inout Lines) {
        let margin = String(repeating: " ", count: indent)
        for item in items {
            var head = text(item.content)
            if let count = item.count { head += "  — \(count)" }
            wrap(head, first: margin, hanging: margin + "    ", into: &lines)
            blocks(item.blocks, indent: indent + 2, into: &lines)
        }
    }

    /// "  3  │  ├─ research_funding  Research funding · 科研经费": the count right-aligned, then the
    /// branches of every ancestor; a wrapped line continues under the item's text.
    private func tree(_ items: [ListItem], style: List.Style, margin: String, digits: Int, prefix: String,
                      depth: Int, into lines: inout Lines) {
        for (n, item) in items.enumerated() {
            let isLast = n == items.count - 1
            let count = item.count.map(String.init) ?? ""
            let lead = margin + String(repeating: " ", count: max(0, digits - count.count)) + count + (digits > 0 ? "  " : "")
            let blank = margin + String(repeating: " ", count: digits + (digits > 0 ? 2 : 0))
            let head = style == .rootedTree && depth == 0
            if head { lines.gap() }
            let branch = head ? "" : (isLast ? "└─ " : "├─ ")
            let below = head ? "" : (isLast ? "   " : "│  ")
            wrap(text(item.content), first: lead + prefix + branch, hanging: blank + prefix + below + "   ", into: &lines)
            let children = item.blocks.compactMap { block -> [ListItem]? in
                if case .list(let list) = block { return list.items }
                return nil
            }
            for sub in children {
                tree(sub, style: style, margin: margin, digits: digits, prefix: prefix + below, depth: depth + 1, into: &lines)
            }
            let rest = item.blocks.filter { if case .list = $0 { return false } else { return true } }
            blocks(rest, indent: blank.count + prefix.count + below.count, into: &lines)
        }
    }

    static func allCounts(_ items: [ListItem]) -> [Int] {
        items.flatMap { item -> [Int] in
            let nested = item.blocks.flatMap { block -> [Int] in
                if case .list(let list) = block { return allCounts(list.items) }
                return []
            }
            return (item.count.map { [$0] } ?? []) + nested
        }
    }

    /// Quote, gloss and section; a brief quote is one line led by its section number and shortened
    /// with "…", its gloss likewise.
    private func quote(_ quote: Quote, margin: String, into lines: inout Lines) {
        let quoted = "“" + quote.text + "”"
        let label = quote.label.isEmpty ? "" : quote.label + " "
        if quote.isBrief {
            let room = max(Self.minimumRoom, options.textWidth - displayWidth(margin))
            let number = quote.sectionNumber.isEmpty ? "" : "§\(quote.sectionNumber) "
            lines.add(margin + shortened(label + number + quoted, to: room))
            if !quote.gloss.isEmpty { lines.add(margin + shortened("= " + quote.gloss, to: room)) }
            return
        }
        wrap(VisibleEscaping.text(label) + VisibleEscaping.text(quoted), first: margin, hanging: margin + " ", into: &lines)
        if !quote.gloss.isEmpty {
            wrap("= " + VisibleEscaping.text(quote.gloss), first: margin, hanging: margin + "  ", into: &lines)
        }
        if !quote.section.isEmpty, quote.section != "§" { lines.add(margin + VisibleEscaping.cell(quote.section)) }
    }

    private func text(_ content: [Inline]) -> String {
        VisibleEscaping.text(content.plainText)
    }

    private func text(_ s: String) -> String {
        VisibleEscaping.text(s)
    }

    /// `s` on one line of at most `width` columns, ending in "…" when something was cut.
    private func shortened(_ s: String, to width: Int) -> String {
        let flat = String(VisibleEscaping.text(s).map { $0.isNewline || $0 == "\t" ? " " : $0 })
        guard displayWidth(flat) > width else { return flat }
        var out = ""
        var used = 0
        for c in flat {
            let w = graphemeWidth(c)
            if used + w > width - 1 { break }
            out.append(c)
            used += w
        }
        while out.last == " " { out.removeLast() }
        return out + "…"
    }

    /// Each line of `s` wrapped as prose into the room left by the margins.
    private func wrap(_ s: String, first: String, hanging: String, into lines: inout Lines) {
        let room = max(Self.minimumRoom, options.textWidth - max(displayWidth(first), displayWidth(hanging)))
        var n = 0
        for paragraph in s.split(separator: "\n", omittingEmptySubsequences: false) {
            for line in wrapLines(String(paragraph), width: room, prose: true) {
                lines.add((n == 0 ? first : hanging) + line)
                n += 1
            }
        }
    }
}
