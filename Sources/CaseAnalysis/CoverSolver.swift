/// The prime-implicant chart: which prime implicants cover which positive configurations, and
/// every cover of the positives with the fewest implicants (R's QCA default, `all.sol = FALSE`).
struct PIChart {
    let implicants: [Implicant]
    let columns: [Int]
    /// `covers[p]`: the columns implicant `p` covers, as a bit set.
    private let covers: [[UInt64]]
    private let words: Int

    init(implicants: [Implicant], columns: [Int]) {
        words = (columns.count + 63) / 64
        self.columns = columns
        var kept: [Implicant] = []
        var sets: [[UInt64]] = []
        for term in implicants {
            var set = [UInt64](repeating: 0, count: (columns.count + 63) / 64)
            for (j, c) in columns.enumerated() where term.covers(c) { set[j / 64] |= 1 << UInt64(j % 64) }
            // R drops the implicants that cover no positive configuration (`getSolution`).
            if set.contains(where: { $0 != 0 }) {
                kept.append(term)
                sets.append(set)
            }
        }
        self.implicants = kept
        covers = sets
    }

    func columnsCovered(by p: Int) -> [Int] {
        (0..<columns.count).filter { covers[p][$0 / 64] & (1 << UInt64($0 % 64)) != 0 }
    }

    /// Every minimum-size cover, each as ascending implicant indexes, in lexicographic order (the
    /// order R's QCA lists its models M1, M2, …). Empty if the columns cannot be covered.
    func minimalCovers() -> [[Int]] {
        guard !columns.isEmpty else { return [] }
        var candidates = [[Int]](repeating: [], count: columns.count)
        for p in implicants.indices {
            for j in columnsCovered(by: p) { candidates[j].append(p) }
        }
        guard candidates.allSatisfy({ !$0.isEmpty }) else { return [] }
        for size in 1...min(columns.count, implicants.count) {
            var found: Set<[Int]> = []
            var chosen: [Int] = []
            var excluded = [Bool](repeating: false, count: implicants.count)
            search(size, [UInt64](repeating: 0, count: words), &chosen, &excluded, candidates, &found)
            if !found.isEmpty { return found.sorted { $0.lexicographicallyPrecedes($1) } }
        }
        return []
    }

    /// Depth-first: branch on the uncovered column with the fewest usable implicants; a later
    /// branch excludes the earlier branches' implicants, so each cover is reached once.
    private func search(_ budget: Int, _ covered: [UInt64], _ chosen: inout [Int], _ excluded: inout [Bool],
                        _ candidates: [[Int]], _ found: inout Set<[Int]>) {
        var best = -1
        var bestOptions: [Int] = []
        for j in 0..<columns.count where covered[j / 64] & (1 << UInt64(j % 64)) == 0 {
            let options = candidates[j].filter { !excluded[$0] }
            if options.isEmpty { return }
            if best < 0 || options.count < bestOptions.count {
                best = j
                bestOptions = options
                if options.count == 1 { break }
            }
        }
        if best < 0 {
            found.insert(chosen.sorted())
            return
        }
        guard budget > 0 else { return }
        var newlyExcluded: [Int] = []
        for p in bestOptions {
            var next = covered
            for w in 0..<words { next[w] |= covers[p][w] }
            chosen.append(p)
            search(budget - 1, next, &chosen, &excluded, candidates, &found)
            chosen.removeLast()
            excluded[p] = true
            newlyExcluded.append(p)
        }
        for p in newlyExcluded { excluded[p] = false }
    }
}
