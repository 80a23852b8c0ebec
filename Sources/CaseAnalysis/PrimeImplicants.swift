/// Prime implicants, the two ways R's QCA finds them.
enum PrimeImplicants {
    /// The prime implicants of the Boolean function true exactly on `on` (Quine–McCluskey: merge
    /// terms that differ in one condition until none merge). R's QCA uses this for the conservative
    /// solution, where every configuration outside `on` counts as false, and for the intermediate
    /// one, where `on` also holds the easy counterfactuals.
    static func ofFunction(on: [Int], conditionCount k: Int) -> [Implicant] {
        var level = Set(on.map { Implicant(configuration: $0, conditionCount: k) })
        var primes: [Implicant] = []
        while !level.isEmpty {
            var merged: Set<Implicant> = []
            var next: Set<Implicant> = []
            for term in level {
                var rest = term.mask
                while rest != 0 {
                    let bit = rest & -rest
                    rest &= rest - 1
                    let partner = Implicant(mask: term.mask, bits: term.bits ^ bit)
                    if level.contains(partner) {
                        merged.insert(term)
                        next.insert(Implicant(mask: term.mask & ~bit, bits: term.bits))
                    }
                }
            }
            primes += level.subtracting(merged)
            level = next
        }
        return primes.sortedAsQCA(conditionCount: k)
    }

    /// The prime implicants that cover at least one of `positives` and none of `negatives`, every
    /// other configuration being a don't-care (a logical remainder): R's QCA `include = "?"`.
    /// As QCA's Consistency Cubes, they are searched by growing number of literals, each set of
    /// conditions in turn, and the search stops once the positives are all covered and two more
    /// levels in a row bring no new prime implicant.
    static func withRemainders(positives: [Int], negatives: [Int], conditionCount k: Int) -> [Implicant] {
        var found: [Implicant] = []
        var negativeStamp = [Int32](repeating: -1, count: 1 << k)
        var positiveStamp = [Int32](repeating: -1, count: 1 << k)
        var stamp: Int32 = 0
        var quietLevels = 0
        for size in 1...k {
            let before = found.count
            let previous = found
            forEachCombination(of: size, from: k) { conditions in
                var mask = 0
                for c in conditions { mask |= 1 << (k - 1 - c) }
                stamp += 1
                for n in negatives { negativeStamp[n & mask] = stamp }
                for p in positives {
                    let projection = p & mask
                    guard positiveStamp[projection] != stamp, negativeStamp[projection] != stamp else { continue }
                    positiveStamp[projection] = stamp
                    let candidate = Implicant(mask: mask, bits: projection)
                    if !previous.contains(where: { $0.subsumes(candidate) }) { found.append(candidate) }
                }
            }
            if !found.isEmpty && covered(positives, by: found) {
                quietLevels = found.count > before ? 0 : quietLevels + 1
                if quietLevels > 1 { break }
            }
        }
        return found.sortedAsQCA(conditionCount: k)
    }

    private static func covered(_ configurations: [Int], by terms: [Implicant]) -> Bool {
        configurations.allSatisfy { c in terms.contains { $0.covers(c) } }
    }
}

/// Calls `body` with each `size`-subset of 0..<n, ascending, in lexicographic order.
func forEachCombination(of size: Int, from n: Int, _ body: ([Int]) -> Void) {
    guard size > 0, size <= n else { return }
    var combination = Array(0..<size)
    while true {
        body(combination)
        var i = size - 1
        while i >= 0 && combination[i] == n - size + i { i -= 1 }
        if i < 0 { return }
        combination[i] += 1
        for j in (i + 1)..<size { combination[j] = combination[j - 1] + 1 }
    }
}
