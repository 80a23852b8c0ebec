import CaseModel
import CaseQL

/// Statements to SQL: each `select`/`count` is parsed, resolved against the study and compiled;
/// any other statement is a positioned error that says why it has no SQL form.
public struct StatementCompiler: Sendable {
    public let study: Study
    public let index: CaseIndex
    public let dialect: SQLDialect

    public init(study: Study, index: CaseIndex, dialect: SQLDialect) {
        self.study = study
        self.index = index
        self.dialect = dialect
    }

    /// One SQL statement (without the final `;`) per caseql statement of `source`.
    public func compile(_ source: String) throws(Diagnostic) -> [String] {
        let resolver = Resolver(vocabulary: Vocabulary(study: study, index: index))
        let compiler = SQLCompiler(attributes: index.attributes, dialect: dialect, caseNoun: study.caseNoun)
        var statements: [String] = []
        for parsed in try Parser.parse(source) {
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

    /// What a plan uses that the compiler does not handle yet (projections, code counts,
    /// evidence search, a second grouping key); nil when it compiles.
    static func uncompiled(_ plan: QueryPlan) -> String? {
        if !plan.projection.isEmpty { return "'select … show'" }
        if plan.subgrouping != nil { return "grouping by two keys" }
        if case .codes? = plan.grouping { return "grouping by 'codes'" }
        if plan.order.contains(where: { if case .codes = $0.key { return true } else { return false } }) { return "ordering by 'codes'" }
        if let p = plan.predicate, uses(p) { return "a condition on 'codes' or on evidence" }
        return nil
    }

    private static func uses(_ p: Predicate) -> Bool {
        switch p {
        case .and(let items), .or(let items): return items.contains(where: uses)
        case .not(let inner): return uses(inner)
        case .codeCount, .evidenceContains: return true
        default: return false
        }
    }

    static func reason(_ statement: Statement) -> String {
        let what: String
        switch statement.node {
        case is ExplainStatement: what = "'explain' is teaching prose about the taxonomy"
        case is DescribeStatement: what = "'describe' is teaching prose about one case"
        case is WhyStatement: what = "'why' quotes the evidence for one code"
        case is ShowStatement: what = "'show' lists the study's own structure"
        case is HelpStatement, is TourStatement: what = "help and the tour are teaching prose"
        case is TruthTableSpec: what = "'truthtable' is QCA analysis (fuzzy-set scores), done by caseql itself"
        case is Crosstab: what = "'crosstab' builds a matrix in caseql"
        default: what = "'\(statement.printed.prefix { $0 != " " })' is not a query"
        }
        return what + "; it does not compile to SQL (select and count do)"
    }
}
