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
            guard case .query(let query) = parsed.statement else {
                throw Diagnostic(StatementCompiler.reason(parsed.statement), at: parsed.range)
            }
            statements.append(compiler.compile(try resolver.plan(query)))
        }
        return statements
    }

    static func reason(_ statement: Statement) -> String {
        let what: String
        switch statement {
        case .query: what = "query"
        case .explain: what = "'explain' is teaching prose about the taxonomy"
        case .describe: what = "'describe' is teaching prose about one case"
        case .why: what = "'why' quotes the evidence for one code"
        case .show: what = "'show' lists the study's own structure"
        case .help, .tour: what = "help and the tour are teaching prose"
        case .truthTable: what = "'truthtable' is QCA analysis (fuzzy-set scores), done by caseql itself"
        case .crosstab: what = "'crosstab' builds a matrix in caseql"
        }
        return what + "; it does not compile to SQL (select and count do)"
    }
}
