/// A study loaded in its queryable form. Large matrices are never turned into `Case` values: the
/// index is built straight from the file, and `study` carries only the metadata (its `cases` are
/// filled for small files, where `describe` and exports need them).
public struct LoadedStudy: Sendable {
    public var study: Study
    public var index: CaseIndex
    /// Fuzzy-set degrees by taxonomy node (an index into `index.taxonomy.nodes`), one per case,
    /// for code columns that hold a degree strictly between 0 and 1. A crisp column is absent:
    /// its bitset in `index.directSets` already says everything.
    public var memberships: [Int: [Float]]
    /// What the loader guessed and a person should know (a case matrix's separator when it is not
    /// a comma), shown once: on stderr in scripts, above the prompt in the shell.
    public var notes: [String] = []

    public init(study: Study, index: CaseIndex, memberships: [Int: [Float]] = [:]) {
        self.study = study
        self.index = index
        self.memberships = memberships
    }

    /// The degree of `kase` in the category at `node` as coded directly: from `memberships` for a
    /// fuzzy column, else 1 or 0 from the crisp bitset.
    public func membership(case kase: Int, node: Int) -> Double {
        if let degrees = memberships[node] { return degrees[kase].asDecimal }
        return index.directSets[node][kase] ? 1 : 0
    }
}

extension LoadedStudy {
    /// A study from the JSON format: its index, and the degrees of any fuzzy codes (kept for every
    /// format, so a JSON study's degrees reach `truthtable` as a matrix's do).
    public init(study: Study) {
        let index = CaseIndex(study: study)
        var memberships: [Int: [Float]] = [:]
        for (c, kase) in study.cases.enumerated() {
            for code in kase.codes where code.membership != 0 && code.membership != 1 {
                guard let node = index.taxonomy.index(of: code.category) else { continue }
                if memberships[node] == nil {
                    // Crisp codes of the same category keep their 1; uncoded cases are 0.
                    memberships[node] = (0..<study.cases.count).map { index.directSets[node][$0] ? 1 : 0 }
                }
                memberships[node]![c] = Float(code.membership)
            }
        }
        self.init(study: study, index: index, memberships: memberships)
    }
}
