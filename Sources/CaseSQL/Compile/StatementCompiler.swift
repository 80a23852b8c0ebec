import CaseModel
import CaseQL

/// Statements to SQL: each `select`/`count`/`crosstab` is parsed, resolved against the study and compiled;
/// any other statement is a positioned error that says why it has no SQL form.
public struct StatementCompiler: Sendable {
    public let study: Study
    public let index: CaseIndex
    public let dialect: SQLDialect
    /// Categories coded with fuzzy degrees (`show CAT` gives the degree).
    public let fuzzyCategories: Set<String>
    /// The language of the labels in answers (see `SQLCompiler.language`).
    public var language: LocalizedText.Language = .en

    public init(study: Study, index: CaseIndex, dialect: SQLDialect, fuzzyCategories: Set<String> = []) {
        self.study = study
        self.index = index
        self.dialect = dialect
        self.fuzzyCategories = fuzzyCategories
    }

    public init(_ loaded: LoadedStudy, dialect: SQLDialect) {
        self.init(study: loaded.study, index: loaded.index, dialect: dialect,
                  fuzzyCategories: Set(loaded.memberships.keys.map { loaded.index.taxonomy.nodes[$0].category.id }))
    }

    /// One SQL statement (without the final `;`) per caseql statement of `source`.
    public func compile(_ source: String) throws(Diagnostic) -> [String] {
        let resolver = Resolver(vocabulary: Vocabulary(study: study, index: index))
        let compiler = self.compiler
        var statements: [String] = []
        for parsed in try Parser.parse(source) {
            if let crosstab = parsed.statement.as(Crosstab.self) {
                statements.append(try CrosstabSQL(study: study, index: index, resolver: resolver, compiler: compiler).compile(crosstab))
                continue
            }
            guard let query = parsed.statement.as(Query.self) else {
                throw Diagnostic(StatementCompiler.reason(parsed.statement), at: parsed.range)
            }
            let plan = try resolver.plan(query)
            if let missing = StatementCompiler.uncompiled(plan) {
                throw Diagnostic("\(missing) does not compile to SQL yet; run it in caseql itself", at: parsed.range)
            }
            statements.append(compiler.compile(plan))
        }
        return statements
    }

    var compiler: SQLCompiler {
        var compiler = SQLCompiler(attributes: index.attributes, dialect: dialect, caseNoun: study.caseNoun, fuzzyCategories: fuzzyCategories)
        compiler.language = language
        return compiler
    }

    /// What a live engine runs for a resolved `select`/`count`: the answer, except that a `select`
    /// without grouping gives its cases' positions (`case_no`), which caseql lays out; nil when the
    /// plan does not compile.
    public func liveSQL(_ plan: QueryPlan) -> String? {
        if StatementCompiler.uncompiled(plan) != nil { return nil }
        return plan.kind == .select && plan.grouping == nil ? compiler.compileCaseNumbers(plan) : compiler.compile(plan)
    }

    /// A crosstab's cells in long form (row, column, value), totals included, in reading order.
    public func sql(_ crosstab: Crosstab) throws(Diagnostic) -> String {
        try CrosstabSQL(study: study, index: index, resolver: Resolver(vocabulary: Vocabulary(study: study, index: index)),
                        compiler: compiler).compile(crosstab)
    }

    /// What a plan uses that the compiler does not handle yet (a second grouping key); nil when it compiles.
    static func uncompiled(_ plan: QueryPlan) -> String? {
        if plan.subgrouping != nil { return "grouping by two keys" }
        return nil
    }

    static func reason(_ statement: Statement) -> String {
        let what: String
        switch statement.node {
        case is ExplainStatement: what = "'explain' is teaching prose about the taxonomy"
        case is DescribeStatement: what = "'describe' is teaching prose about one case"
        case is WhyStatement: what = "'why' quotes the evidence for one code"
        case is ShowStatement: what = "'show' lists the study's own structure"
        case is HelpStatement, is TourStatement: what = "help and the tour are teaching prose"
        case is EvidenceStatement:
            what = "'evidence' lists the quotes behind each code, read in caseql (a condition 'evidence contains …' compiles)"
        case is TruthTableSpec: what = "'truthtable' is QCA analysis (fuzzy-set scores), done by caseql itself"
        default: what = "'\(statement.printed.prefix { $0 != " " })' is not a query"
        }
        return what + "; it does not compile to SQL (select, count and crosstab do)"
    }
}
