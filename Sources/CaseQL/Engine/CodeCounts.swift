import CaseModel

extension CaseIndex {
    /// Per case, how many categories it is coded for directly: in dimension `d`, or in all.
    /// One pass over each category's bitset, so a million cases cost a few milliseconds.
    func codeCounts(inDimension d: Int?) -> [Int] {
        var counts = [Int](repeating: 0, count: count)
        for (node, set) in directSets.enumerated() where d == nil || taxonomy.nodes[node].dimension == d {
            set.visitMembers { counts[$0] &+= 1 }
        }
        return counts
    }

    /// The case's most specific codes in dimension `d`: categories it is coded for whose
    /// sub-categories it is not coded for, in taxonomy order.
    func mostSpecificCodes(of kase: Int, inDimension d: Int) -> [Int] {
        taxonomy.nodes.indices.filter { node in
            taxonomy.nodes[node].dimension == d && categorySets[node][kase]
                && !taxonomy.children(of: node).contains { categorySets[$0][kase] }
        }
    }
}

/// Finds text in the evidence of cases' codes. Reads the study's per-case records; a study loaded
/// without them (a large matrix) has no evidence to search.
struct EvidenceSearch {
    let index: CaseIndex
    let study: Study

    var hasRecords: Bool { study.cases.count == index.count }

    /// Whether a code's category lies in `scope`.
    func contains(_ category: String, in scope: CodeScope) -> Bool {
        switch scope {
        case .all: return true
        case .dimension(let id):
            guard let node = index.taxonomy.index(of: category) else { return false }
            return index.taxonomy.dimensions[index.taxonomy.nodes[node].dimension].id == id
        case .category(let ref):
            if category == ref.id { return true }
            guard ref.includesDescendants, let node = index.taxonomy.index(of: category),
                  let top = index.taxonomy.index(of: ref.id) else { return false }
            return index.taxonomy.lineage(of: node).contains(top)
        }
    }

    /// Cases with a quote or gloss holding `text` (lower case) among their codes in `scope`.
    /// Lower-casing both sides makes Latin script case-insensitive and leaves Chinese as it is.
    func cases(containing text: String, in scope: CodeScope) -> Bitset {
        var set = Bitset(count: index.count)
        guard hasRecords else { return set }
        for (i, kase) in study.cases.enumerated() {
            let found = kase.codes.contains { code in
                contains(code.category, in: scope) && code.evidence.contains {
                    $0.quote.lowercased().contains(text) || $0.gloss.lowercased().contains(text)
                }
            }
            if found { set.insert(i) }
        }
        return set
    }
}
