import CaseModel
import CaseQL

/// Compiles resolved `select`/`count` plans to one SQL statement for a dialect, over the layout
/// of docs/sql.md. The statement answers what the in-memory engine answers: the same rows, in
/// the same order (ties broken by study order), the same group labels.
public struct SQLCompiler: Sendable {
    public let layout: RelationalLayout
    public let dialect: SQLDialect
    /// The plural noun that heads the member list of `select … group by`.
    public let caseNoun: String
    /// Categories coded with fuzzy degrees, which `show CAT` prints rather than 1/0.
    public let fuzzyCategories: Set<String>
    /// The per-case extras of the plan being compiled (code counts, projected codes).
    var extras = CaseExtras()
    /// The language of labels in answers (text values, enumeration labels, categories as groups
    /// and crosstab rows), and so of their order, as caseql's own answers in that language.
    public var language: LocalizedText.Language = .en

    public init(attributes: [AttributeDefinition], dialect: SQLDialect, caseNoun: String, fuzzyCategories: Set<String> = []) {
        self.layout = RelationalLayout(attributes: attributes)
        self.dialect = dialect
        self.caseNoun = caseNoun
        self.fuzzyCategories = fuzzyCategories
    }

    var predicates: PredicateSQL { PredicateSQL(layout: layout, dialect: dialect, extras: extras) }
    func id(_ name: String) -> String { dialect.identifier(name) }
    /// `cases AS c`, with the plan's extra columns where it has some.
    var casesTable: String { extras.source(self) + " AS c" }

    public func compile(_ plan: QueryPlan) -> String {
        var compiler = self
        compiler.extras = CaseExtras(plan: plan, fuzzy: fuzzyCategories)
        return compiler.compilePlan(plan)
    }

    /// A `select` without grouping as the study positions (`case_no`) of the cases it shows, in
    /// order, limit applied: what a live engine answers when caseql lays out the rows itself.
    public func compileCaseNumbers(_ plan: QueryPlan) -> String {
        var compiler = self
        compiler.extras = CaseExtras(plan: plan, fuzzy: fuzzyCategories)
        compiler.caseNumbersOnly = true
        return compiler.compilePlan(plan)
    }

    var caseNumbersOnly = false

    private func compilePlan(_ plan: QueryPlan) -> String {
        let condition = plan.predicate.map(predicates.sql)
        let whereClause = condition.map { "\nWHERE \($0)" } ?? ""
        if let grouping = plan.grouping {
            return GroupSQL(compiler: self, plan: plan, condition: condition).sql(grouping)
        }
        if plan.kind == .count {
            return "SELECT COUNT(*) AS count\nFROM \(casesTable)" + whereClause
        }
        let projection = caseNumbersOnly ? ["c.case_no AS case_no"] : ["c.name AS name"] + (plan.projection.isEmpty
            ? layout.attributes.map { "\(display($0)) AS \(id($0.definition.id))" }
            : plan.projection.compactMap(projected))
        var keys: [String] = []
        for term in plan.order { keys += orderKeys(term) }
        keys.append("c.case_no")
        return "SELECT " + projection.joined(separator: ", ") + "\nFROM \(casesTable)" + whereClause
            + "\nORDER BY " + keys.joined(separator: ", ") + limit(plan)
    }

    /// A `show` column, headed as caseql heads it.
    private func projected(_ item: Projection) -> String? {
        switch item {
        case .attribute(let a):
            return layout.attribute(a).map { "\(display($0)) AS \(id($0.definition.id))" }
        case .dimension(let d):
            return "c.\(extras.column(.mostSpecific(dimension: d))) AS \(id(d))"
        case .category(let ref):
            return "c.\(extras.column(.category(ref))) AS \(id(ref.id))"
        case .codes(let d):
            return "c.\(extras.column(.codeCount(dimension: d))) AS \(id(SQLCompiler.codesHeader(d)))"
        }
    }

    /// A category as a group or crosstab row is labelled: its id in English, its label in Chinese
    /// (as caseql's StudyText.rowName), from the `categories` table row `g`.
    func categoryLabel(_ g: String) -> String {
        guard language == .zh else { return "\(g).id" }
        return "COALESCE(NULLIF(\(g).label_zh, ''), NULLIF(\(g).label_en, ''), \(g).id)"
    }

    /// The same for a category of the study, as a literal.
    func categoryLabel(_ c: CaseModel.Category) -> String {
        guard language == .zh else { return c.id }
        let text = c.labels.text(in: .zh)
        return text.isEmpty ? c.id : text
    }

    static func codesHeader(_ d: String?) -> String { d.map { "codes in " + $0 } ?? "codes" }

    /// `value` of the rows aggregated, joined by "; " in the order of `key` (the separator
    /// caseql's CSV uses for a list).
    func aggregate(_ value: String, key: String) -> String {
        let separator = dialect.string("; ")
        switch dialect.stringAggregation {
        case .stringAgg:
            return "string_agg(\(value), \(separator) ORDER BY \(key))"
        case .groupConcatOfOrderedRows:
            return "group_concat(\(value), \(separator))"
        case .sortedCollectList:
            return "array_join(transform(array_sort(collect_list(named_struct('k', \(key), 'v', \(value)))), e -> e.v), \(separator))"
        }
    }

    func limit(_ plan: QueryPlan) -> String { plan.limit.map { "\nLIMIT \($0)" } ?? "" }

    /// An attribute as caseql shows it: numbers, bands as printed, text in English (Chinese where
    /// there is no English), an enumeration value's label.
    func display(_ a: RelationalLayout.AttributeColumns) -> String {
        let x = "c." + id(a.value)
        switch a.definition.kind {
        case .number, .range: return x
        case .text:
            // LocalizedText.text(in:): the language's text, the other one where it has none.
            let (first, other) = language == .zh ? ("c." + id(a.zh ?? a.value), x) : (x, "c." + id(a.zh ?? a.value))
            return "CASE WHEN \(first) = '' THEN \(other) ELSE \(first) END"
        case .enumeration:
            guard !a.definition.values.isEmpty else { return x }
            return "CASE \(x)" + a.definition.values.map { v in
                " WHEN \(dialect.string(v.id)) THEN \(dialect.string(SQLCompiler.label(v, language)))"
            }.joined() + " END"
        }
    }

    static func label(_ v: AttributeValueDefinition, _ language: LocalizedText.Language = .en) -> String {
        let text = v.labels.text(in: language)
        return text.isEmpty ? v.id : text
    }

    /// Sort keys of one term; a missing value sorts last in either direction.
    func orderKeys(_ term: OrderTerm) -> [String] {
        let dir = term.direction == .asc ? "ASC" : "DESC"
        switch term.key {
        case .name:
            return ["\(dialect.textSortKey("c.name")) \(dir)"]
        case .attribute(let a):
            guard let x = layout.attribute(a) else { return [] }
            let missing = "CASE WHEN c.\(id(x.low ?? x.value)) IS NULL THEN 1 ELSE 0 END"
            return [missing] + sortValues(x).map { "\($0) \(dir)" }
        case .codes(let d):
            return ["c.\(extras.column(.codeCount(dimension: d))) \(dir)"]
        case .count, .group:
            return []
        }
    }

    /// What orders an attribute's values: the number, a band's bounds, text in code-point order
    /// ignoring case, an enumeration value's label (ranked here, from the study).
    func sortValues(_ x: RelationalLayout.AttributeColumns) -> [String] {
        switch x.definition.kind {
        case .number: return ["c." + id(x.value)]
        case .range: return ["c." + id(x.low ?? x.value), "c." + id(x.high ?? x.value)]
        case .text: return [dialect.textSortKey(display(x))]
        case .enumeration: return [enumerationRank(x)]
        }
    }

    func enumerationRank(_ x: RelationalLayout.AttributeColumns) -> String {
        let values = x.definition.values
        guard !values.isEmpty else { return "0" }
        let labels = values.map { SQLCompiler.label($0, language).lowercased() }
        let order = values.indices.sorted { labels[$0] < labels[$1] }
        return "CASE c.\(id(x.value))" + order.enumerated().map { rank, i in
            " WHEN \(dialect.string(values[i].id)) THEN \(rank)"
        }.joined() + " END"
    }
}
