/// A conjunction of conditions and negated conditions (a product term): QCA's implicant.
/// Configurations are K-bit numbers with the first condition most significant, so configuration
/// `c` is row `c + 1` of R's truth table.
public struct Implicant: Sendable, Hashable {
    /// Bit set where the condition is in the term.
    public let mask: Int
    /// For the conditions in `mask`: 1 for the condition, 0 for its negation.
    public let bits: Int

    public init(mask: Int, bits: Int) {
        self.mask = mask
        self.bits = bits & mask
    }

    /// The full configuration `configuration` of `k` conditions as a term.
    public init(configuration: Int, conditionCount k: Int) {
        self.init(mask: (1 << k) - 1, bits: configuration)
    }

    public var literalCount: Int { mask.nonzeroBitCount }

    public func covers(_ configuration: Int) -> Bool { configuration & mask == bits }

    /// `self` is implied by (is a superset of) `other`: every literal of `self` is in `other`.
    func subsumes(_ other: Implicant) -> Bool { other.mask & mask == mask && other.bits & mask == bits }

    /// QCA's code for condition `i` of `k`: 0 not in the term, 1 negated, 2 present.
    func code(_ i: Int, of k: Int) -> Int {
        let bit = 1 << (k - 1 - i)
        return mask & bit == 0 ? 0 : (bits & bit == 0 ? 1 : 2)
    }

    /// The term in QCA notation, conditions in their given order: `DEV*~IND`.
    public func notation(_ conditions: [String]) -> String {
        let k = conditions.count
        var literals: [String] = []
        for i in 0..<k {
            switch code(i, of: k) {
            case 1: literals.append("~" + conditions[i])
            case 2: literals.append(conditions[i])
            default: break
            }
        }
        return literals.joined(separator: "*")
    }

    /// The membership of each case in the term: the minimum over its literals (1 − x for a negation).
    public func memberships(in data: MembershipData) -> [Double] {
        let k = data.conditions.count
        var result = [Double](repeating: 1, count: data.caseCount)
        for i in 0..<k where code(i, of: k) != 0 {
            let negated = code(i, of: k) == 1
            let column = data.memberships[i]
            for c in 0..<result.count {
                let x = negated ? 1 - column[c] : column[c]
                if x < result[c] { result[c] = x }
            }
        }
        return result
    }
}

extension Array where Element == Implicant {
    /// QCA's order of prime implicants: fewer literals first; among equal lengths, condition by
    /// condition from the first, a negated condition before a present one before an absent one.
    /// R's QCA does this in C (`sort_matrix`): one pass per condition, last to first, each a stable
    /// descending sort on the code followed by an ascending re-sort of the rows that use the
    /// condition — except that when every row uses it, the last row is left out of the re-sort.
    /// That quirk decides, for instance, `DEV*URB*LIT*IND*STB + DEV*~URB*LIT*~IND*STB` (LF), so it
    /// is reproduced here; both sorts are stable, as R's.
    func sortedAsQCA(conditionCount k: Int) -> [Implicant] {
        var order = self
        for i in stride(from: k - 1, through: 0, by: -1) {
            order = stableSorted(order) { $0.code(i, of: k) > $1.code(i, of: k) }
            let users = order.prefix { $0.code(i, of: k) != 0 }.count
            let resorted = users == order.count ? users - 1 : users
            if resorted > 1 {
                let head = stableSorted(Array(order[0..<resorted])) { $0.code(i, of: k) < $1.code(i, of: k) }
                order.replaceSubrange(0..<resorted, with: head)
            }
        }
        return stableSorted(order) { $0.literalCount < $1.literalCount }
    }
}

/// A stable sort (Swift's `sorted` is stable today, but does not promise it).
func stableSorted<T>(_ items: [T], by before: (T, T) -> Bool) -> [T] {
    items.enumerated().sorted { a, b in
        if before(a.element, b.element) { return true }
        if before(b.element, a.element) { return false }
        return a.offset < b.offset
    }.map(\.element)
}
