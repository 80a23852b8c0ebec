import CaseModel
import QueryResult

/// Runs statements against one loaded study. A value: the shell keeps one per loaded study and
/// rebuilds it when `.open` loads another.
public struct Interpreter: Sendable {
    public let study: Study
    public let index: CaseIndex
    public let vocabulary: Vocabulary
    public var language: LocalizedText.Language
    /// Fuzzy-set degrees by taxonomy node, one per case, for categories coded with degrees; the
    /// bitsets hold only crisp membership (above the 0.5 crossover). Used by `truthtable`.
    public let memberships: [Int: [Float]]
    /// Sets the session made (`calibrate`), shared by the copies of this interpreter: a statement
    /// after a `calibrate` runs on the study with the new category (see `execute`).
    let session: SessionSets
    /// The version of `session` this interpreter's study is.
    let generation: Int
    /// The database that answers `select`, `count` and `crosstab` when the study lives in one (see
    /// `QueryBackend`). A study after `calibrate` has a set the database lacks: its interpreter has none.
    public var backend: (any QueryBackend)?

    public init(study: Study, index: CaseIndex, memberships: [Int: [Float]] = [:], language: LocalizedText.Language = .en) {
        self.init(study: study, index: index, memberships: memberships, vocabulary: Vocabulary(study: study, index: index),
                  language: language, session: SessionSets(), generation: 0)
    }

    init(study: Study, index: CaseIndex, memberships: [Int: [Float]], vocabulary: Vocabulary,
         language: LocalizedText.Language, session: SessionSets, generation: Int) {
        self.study = study
        self.index = index
        self.memberships = memberships
        self.vocabulary = vocabulary
        self.language = language
        self.session = session
        self.generation = generation
    }

    /// The interpreter of a loaded study, taken whole: its index and every fuzzy degree.
    public init(_ loaded: LoadedStudy, language: LocalizedText.Language = .en) {
        self.init(study: loaded.study, index: loaded.index, memberships: loaded.memberships, language: language)
    }

    public init(study: Study, language: LocalizedText.Language = .en) {
        self.init(LoadedStudy(study: study), language: language)
    }

    var resolver: Resolver { Resolver(vocabulary: vocabulary, language: language) }

    /// Parses and runs every statement of `source`, stopping at the first error.
    /// A calibration in `source` lasts to its end only, so a shared interpreter stays as it was; the
    /// shell's session keeps calibrations, as it runs statements one by one through `execute`.
    public func run(_ source: String) throws(Diagnostic) -> [StatementOutput] {
        var own = Interpreter(study: study, index: index, memberships: memberships, vocabulary: vocabulary,
                              language: language, session: SessionSets(copying: session), generation: generation)
        own.backend = backend
        var outputs: [StatementOutput] = []
        for statement in try Parser.parse(source, language: language) {
            outputs.append(try own.execute(statement.statement))
        }
        return outputs
    }

    /// The interpreter of the session's latest study: this one, or the one after its `calibrate`s
    /// (for the shell's completion and banner, which hold an interpreter between statements).
    public var latest: Interpreter { session.newer(than: generation, language: language) ?? self }

    public func execute(_ statement: Statement) throws(Diagnostic) -> StatementOutput {
        if let newer = session.newer(than: generation, language: language) { return try newer.execute(statement) }
        return try statement.node.execute(in: self)
    }
}
