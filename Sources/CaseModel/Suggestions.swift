/// "Did you mean" for misspelt names: the closest candidate by edit distance, or nothing when no
/// candidate is close enough (no suggestion is better than a wrong one).
public enum Suggestions {
    public static func closest(to name: String, among candidates: some Sequence<String>) -> String? {
        // No name is this long: a megabyte of garbage gets no suggestion, and costs no time.
        guard name.utf8.count <= 512 else { return nil }
        let target = Array(name.lowercased())
        guard !target.isEmpty else { return nil }
        // Allow about one edit in three characters, at least one, at most three.
        let limit = min(3, max(1, target.count / 3))
        var best: (distance: Int, name: String)?
        for candidate in candidates {
            let c = Array(candidate.lowercased())
            if abs(c.count - target.count) > limit { continue }
            let d = distance(target, c, limit: limit)
            guard d <= limit, d > 0 || candidate != name else { continue }
            if best == nil || d < best!.distance { best = (d, candidate) }
        }
        if let best { return best.name }
        // A truncated name (`finance`, `crowdf`) has no close spelling but one obvious completion.
        if target.count >= 4 {
            let extensions = Set(candidates.filter { $0.lowercased().hasPrefix(name.lowercased()) })
            if extensions.count == 1 { return extensions.first }
            let stem = String(target.dropLast(1))
            let stemmed = Set(candidates.filter { $0.lowercased().hasPrefix(stem) })
            if stemmed.count == 1 { return stemmed.first }
        }
        return nil
    }

    /// Damerau–Levenshtein (optimal string alignment) distance, stopping early past `limit`.
    static func distance(_ a: [Character], _ b: [Character], limit: Int) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var prev2 = [Int](repeating: 0, count: b.count + 1)
        var prev = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMin = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var v = min(prev[j] + 1, current[j - 1] + 1, prev[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    v = min(v, prev2[j - 2] + 1)
                }
                current[j] = v
                rowMin = min(rowMin, v)
            }
            if rowMin > limit { return limit + 1 }
            (prev2, prev, current) = (prev, current, prev2)
        }
        return prev[b.count]
    }
}
