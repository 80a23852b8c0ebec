import CaseModel

/// The tables a study becomes (docs/sql.md) and the column names of its attributes: shared by the
/// exporter, which writes them, and the compiler, which queries them.
public struct RelationalLayout: Sendable {
    /// The columns one attribute occupies in `cases`.
    public struct AttributeColumns: Sendable, Hashable {
        public var definition: AttributeDefinition
        /// The value: a number, a band as printed, English text, or an enumeration value id.
        public var value: String
        /// A band's bounds (ranges only).
        public var low: String?
        public var high: String?
        /// The Chinese text (text attributes only).
        public var zh: String?
    }

    public let attributes: [AttributeColumns]
    private let byID: [String: Int]

    static let fixedCaseColumns: Set<String> = ["case_no", "name"]

    public init(attributes definitions: [AttributeDefinition]) {
        var taken = RelationalLayout.fixedCaseColumns
        // An attribute id may collide with a fixed column or another attribute's derived column:
        // the later name gets a suffix, so every column is distinct.
        func claim(_ wanted: String) -> String {
            var name = wanted, n = 2
            while taken.contains(name) { name = "\(wanted)_\(n)"; n += 1 }
            taken.insert(name)
            return name
        }
        var columns: [AttributeColumns] = []
        for definition in definitions {
            let value = claim(definition.id)
            var entry = AttributeColumns(definition: definition, value: value)
            switch definition.kind {
            case .range:
                entry.low = claim(definition.id + "_low")
                entry.high = claim(definition.id + "_high")
            case .text:
                entry.zh = claim(definition.id + "_zh")
            case .number, .enumeration:
                break
            }
            columns.append(entry)
        }
        self.attributes = columns
        self.byID = Dictionary(columns.enumerated().map { ($1.definition.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    public func attribute(_ id: String) -> AttributeColumns? { byID[id].map { attributes[$0] } }

    /// The columns compiled queries join and filter on, indexed where the engine has indexes.
    public static let indexes: [(table: String, column: String)] = [
        ("cases", "case_no"), ("cases", "name"), ("codes", "case_no"), ("codes", "category"),
        ("category_ancestors", "category"), ("category_ancestors", "ancestor"), ("categories", "id"),
    ]

    /// Every table with its columns, in creation order.
    public var tables: [TableSchema] {
        var caseColumns = [ColumnSchema("case_no", .integer, nullable: false), ColumnSchema("name", .text, nullable: false)]
        for a in attributes {
            switch a.definition.kind {
            case .number: caseColumns.append(ColumnSchema(a.value, .double))
            case .enumeration: caseColumns.append(ColumnSchema(a.value, .text))
            case .text: caseColumns += [ColumnSchema(a.value, .text), ColumnSchema(a.zh ?? "", .text)]
            case .range:
                caseColumns += [ColumnSchema(a.value, .text), ColumnSchema(a.low ?? "", .double), ColumnSchema(a.high ?? "", .double)]
            }
        }
        let t = ColumnSchema.text, n = ColumnSchema.integer
        return [
            TableSchema("cases", caseColumns),
            TableSchema("attribute_values", [t("attribute"), t("value"), n("position"), t("label_en"), t("label_zh")]),
            TableSchema("dimensions", [t("id"), n("position"), t("label_en"), t("label_zh"), t("definition_en"),
                                       t("definition_zh"), t("section")]),
            TableSchema("categories", [t("id"), t("dimension"), t("parent"), n("position"), n("depth"), t("label_en"),
                                       t("label_zh"), t("definition_en"), t("definition_zh"), t("section")]),
            TableSchema("category_ancestors", [t("category"), t("ancestor"), n("distance")]),
            // `position`: the code's place in its case's record (NULL for a matrix without records),
            // the quote's and the note's within their case, so a study read back keeps its order.
            TableSchema("codes", [n("case_no"), t("category"), ColumnSchema("membership", .double, nullable: false), n("position")]),
            TableSchema("evidence", [n("case_no"), t("category"), t("quote"), t("gloss"), t("section"), n("position")]),
            TableSchema("notes", [n("case_no"), t("kind"), t("text_en"), t("text_zh"), n("position")]),
            // What the other tables cannot hold, as key/value rows: `metadata` is the study in the
            // JSON study format without its attributes, codes and quotes (title, taxonomy with
            // aliases, attribute declarations, notes, each case's aliases, candidates and facts),
            // which the live PostgreSQL mode reads back with the tables.
            TableSchema("study", [t("key"), t("value")]),
        ]
    }
}

public struct ColumnSchema: Sendable, Hashable {
    public var name: String
    public var type: SQLColumnType
    public var nullable: Bool

    init(_ name: String, _ type: SQLColumnType, nullable: Bool = true) {
        self.name = name
        self.type = type
        self.nullable = nullable
    }

    static func text(_ name: String) -> ColumnSchema { ColumnSchema(name, .text) }
    static func integer(_ name: String) -> ColumnSchema { ColumnSchema(name, .integer) }
}

public struct TableSchema: Sendable, Hashable {
    public var name: String
    public var columns: [ColumnSchema]

    init(_ name: String, _ columns: [ColumnSchema]) {
        self.name = name
        self.columns = columns
    }
}
