/// Prose for people that keeps its structure: what the teaching statements (explain, describe,
/// why, show, tour) produce. Renderers lay it out for a terminal (wrapped at its width), as
/// Markdown, or as CSV of its tables; JSON prints `data`, the same content as values, because a
/// program wants the category's id and its evidence, not sentences about them.
public struct Document: Sendable, Hashable {
    public var blocks: [Block]
    /// The content as data, for JSON; `.null` when the document is only prose (then JSON gets the
    /// blocks themselves as objects).
    public var data: DataValue

    public init(_ blocks: [Block] = [], data: DataValue = .null) {
        self.blocks = blocks
        self.data = data
    }

    /// Every table in the document, in reading order, nested ones included.
    public var tables: [ResultTable] {
        blocks.flatMap(\.tables)
    }

    /// Every note in the document, in reading order.
    public var notes: [ResultNote] {
        blocks.flatMap(\.notes)
    }
}

public indirect enum Block: Sendable, Hashable {
    /// A heading of `level` (1: the document's title). Its content follows it.
    case heading(level: Int, [Inline])
    case paragraph([Inline])
    /// Terms and their values ("path: financing › society › crowdfunding").
    case definitions([Definition])
    /// Words of the source, with their gloss and section.
    case quote(Quote)
    case list(List)
    case table(ResultTable)
    case note(ResultNote)
    /// Statements the reader can run, one per line.
    case queries([String])
    /// A part of the document under its own heading; a terminal indents its body.
    case section(Section)
    /// A divider with a caption (the steps of a tour).
    case rule([Inline])

    var tables: [ResultTable] {
        switch self {
        case .table(let table): return [table]
        case .section(let section): return section.blocks.flatMap(\.tables)
        case .list(let list): return list.items.flatMap { $0.blocks.flatMap(\.tables) }
        default: return []
        }
    }

    var notes: [ResultNote] {
        switch self {
        case .note(let note): return [note]
        case .table(let table): return table.notes
        case .section(let section): return section.blocks.flatMap(\.notes)
        case .list(let list): return list.items.flatMap { $0.blocks.flatMap(\.notes) }
        default: return []
        }
    }
}

/// A run of text inside a paragraph, heading, list item or definition.
public enum Inline: Sendable, Hashable {
    case plain(String)
    case emphasis(String)
    /// A query, a statement or an id the reader may type.
    case code(String)
    /// A named thing of the study (a category, a dimension, a case), shown as `text`.
    case name(String, id: String)

    public var text: String {
        switch self {
        case .plain(let s), .emphasis(let s), .code(let s): return s
        case .name(let s, _): return s
        }
    }
}

extension Array where Element == Inline {
    /// The runs as one plain string.
    public var plainText: String {
        map(\.text).joined()
    }
}

public struct Definition: Sendable, Hashable {
    public var term: String
    public var value: [Inline]

    public init(_ term: String, _ value: [Inline]) {
        self.term = term
        self.value = value
    }

    public init(_ term: String, _ value: String) {
        self.init(term, [.plain(value)])
    }
}

public struct Quote: Sendable, Hashable {
    public var text: String
    /// A translation or summary in the reader's language; empty when there is none.
    public var gloss: String
    /// The section number ("3.3") and the section as printed ("§3.3 社会融资渠道").
    public var sectionNumber: String
    public var section: String
    /// Printed before the quote ("[crowdfunding]"), when a list of quotes mixes categories.
    public var label: String
    /// A reminder rather than the evidence itself: a terminal shows it on one shortened line.
    public var isBrief: Bool

    public init(_ text: String, gloss: String = "", sectionNumber: String = "", section: String = "",
                label: String = "", isBrief: Bool = false) {
        self.text = text
        self.gloss = gloss
        self.sectionNumber = sectionNumber
        self.section = section
        self.label = label
        self.isBrief = isBrief
    }
}

public struct List: Sendable, Hashable {
    public enum Style: Sendable, Hashable {
        /// Items indented under each other.
        case indented
        /// Branches drawn between items (`├─`, `└─`), every level.
        case tree
        /// A tree whose top-level items are its heads, drawn without a branch.
        case rootedTree
    }

    public var items: [ListItem]
    public var style: Style

    public init(_ items: [ListItem], style: Style = .indented) {
        self.items = items
        self.style = style
    }
}

public struct ListItem: Sendable, Hashable {
    public var content: [Inline]
    /// A number shown before the item in a tree (the cases coded for a category).
    public var count: Int?
    /// What belongs under the item: its own sub-list, quotes, paragraphs.
    public var blocks: [Block]

    public init(_ content: [Inline], count: Int? = nil, blocks: [Block] = []) {
        self.content = content
        self.count = count
        self.blocks = blocks
    }
}

public struct Section: Sendable, Hashable {
    public var title: [Inline]
    public var blocks: [Block]

    public init(_ title: [Inline], _ blocks: [Block]) {
        self.title = title
        self.blocks = blocks
    }
}

/// A JSON-shaped value: the data of a document. Object keys keep their order.
public indirect enum DataValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case integer(Int)
    case number(Double)
    case string(String)
    case array([DataValue])
    case object([DataField])

    /// An object of the fields that have a value; nil values are left out.
    public static func record(_ fields: [(String, DataValue?)]) -> DataValue {
        .object(fields.compactMap { key, value in value.map { DataField(key, $0) } })
    }
}

public struct DataField: Sendable, Hashable {
    public var key: String
    public var value: DataValue

    public init(_ key: String, _ value: DataValue) {
        self.key = key
        self.value = value
    }
}

extension Cell {
    /// The cell as a JSON value: numbers as numbers, lists as arrays, empty as null.
    public var dataValue: DataValue {
        switch self {
        case .text(let s): return .string(s)
        case .integer(let i): return .integer(i)
        case .number(let d): return .number(d)
        case .list(let items): return .array(items.map(DataValue.string))
        case .empty: return .null
        }
    }
}
