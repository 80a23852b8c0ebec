import QueryResult

/// A document as one JSON value: its `data` when it has some, else its blocks as objects
/// (`{"heading": …}`, `{"paragraph": …}`, …), so nothing reaches a program as pre-wrapped text.
/// Indented two spaces a level; numbers are numbers, non-finite ones null.
enum DocumentJSONRenderer {
    static func render(_ document: Document) -> String {
        let value = document.data == .null ? .array(document.blocks.map(data)) : document.data
        var out = ""
        write(value, indent: "", into: &out)
        return out + "\n"
    }

    static func write(_ value: DataValue, indent: String, into out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .integer(let i): out += String(i)
        case .number(let d): out += d.isFinite ? Cell.format(d) : "null"
        case .string(let s): out += JSONRenderer.string(s)
        case .array(let items):
            guard !items.isEmpty else { out += "[]"; return }
            // Arrays of plain values stay on one line: ["financing", "society", "crowdfunding"].
            if items.allSatisfy(\.isScalar) {
                out += "["
                for (n, item) in items.enumerated() {
                    if n > 0 { out += ", " }
                    write(item, indent: indent, into: &out)
                }
                out += "]"
                return
            }
            out += "[\n"
            for (n, item) in items.enumerated() {
                out += indent + "  "
                write(item, indent: indent + "  ", into: &out)
                out += n == items.count - 1 ? "\n" : ",\n"
            }
            out += indent + "]"
        case .object(let fields):
            guard !fields.isEmpty else { out += "{}"; return }
            out += "{\n"
            for (n, field) in fields.enumerated() {
                out += indent + "  " + JSONRenderer.string(field.key) + ": "
                write(field.value, indent: indent + "  ", into: &out)
                out += n == fields.count - 1 ? "\n" : ",\n"
            }
            out += indent + "}"
        }
    }

    /// A block as data, for documents that carry none of their own.
    static func data(_ block: Block) -> DataValue {
        switch block {
        case .heading(let level, let content):
            return .record([("heading", .string(content.plainText)), ("level", .integer(level))])
        case .paragraph(let content):
            return .record([("paragraph", .string(content.plainText))])
        case .definitions(let definitions):
            return .record([("definitions", .object(definitions.map { DataField($0.term, .string($0.value.plainText)) }))])
        case .quote(let quote):
            return .record([("quote", .string(quote.text)), ("gloss", quote.gloss.isEmpty ? nil : .string(quote.gloss)),
                            ("section", quote.section.isEmpty ? nil : .string(quote.section))])
        case .list(let list):
            return .record([("list", .array(list.items.map(data)))])
        case .table(let table):
            return .record([("table", .array(JSONRenderer.objects(table)))])
        case .note(let note):
            return .record([("note", .string(note.text)), ("kind", .string(note.kind.rawValue))])
        case .queries(let queries):
            return .record([("queries", .array(queries.map(DataValue.string)))])
        case .section(let section):
            return .record([("section", .string(section.title.plainText)), ("content", .array(section.blocks.map(data)))])
        case .rule(let caption):
            return .record([("rule", .string(caption.plainText))])
        }
    }

    private static func data(_ item: ListItem) -> DataValue {
        .record([("item", .string(item.content.plainText)), ("count", item.count.map(DataValue.integer)),
                 ("content", item.blocks.isEmpty ? nil : .array(item.blocks.map(data)))])
    }
}

extension DataValue {
    var isScalar: Bool {
        switch self {
        case .array, .object: return false
        default: return true
        }
    }
}
