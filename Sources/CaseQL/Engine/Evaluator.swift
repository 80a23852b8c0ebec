import CaseModel

/// Evaluates resolved predicates to sets of cases: word-wise bit operations over the index's
/// category bitsets, and one pass over a column for attribute tests.
public struct Evaluator: Sendable {
    public let index: CaseIndex

    public init(index: CaseIndex) {
        self.index = index
    }

    public func evaluate(_ predicate: Predicate?) -> Bitset {
        guard let predicate else { return .all(index.count) }
        return evaluate(predicate)
    }

    public func evaluate(_ predicate: Predicate) -> Bitset {
        switch predicate {
        case .and(let items):
            var result = evaluate(items[0])
            for item in items.dropFirst() where !result.isEmpty { result.formIntersection(evaluate(item)) }
            return result
        case .or(let items):
            var result = evaluate(items[0])
            for item in items.dropFirst() { result.formUnion(evaluate(item)) }
            return result
        case .not(let inner):
            return evaluate(inner).complement()
        case .category(let node):
            return index.categorySets[node]
        case .anyCategory(let nodes):
            var result = Bitset(count: index.count)
            for n in nodes { result.formUnion(index.categorySets[n]) }
            return result
        case .allCategories(let nodes):
            var result = Bitset.all(index.count)
            for n in nodes { result.formIntersection(index.categorySets[n]) }
            return result
        case .dimension(let d):
            return index.dimensionSets[d]
        case .cases(let members):
            return Bitset(count: index.count, members: members)
        case .nameContains(let text):
            return scan { index.names[$0].lowercased().contains(text) }
        case .number(let a, let op, let value):
            guard case .number(let column) = index.columns[a] else { return Bitset(count: index.count) }
            return scan { i in
                let v = column[i]
                return !v.isNaN && Evaluator.compare(v, op, value)
            }
        case .numberBetween(let a, let low, let high):
            guard case .number(let column) = index.columns[a] else { return Bitset(count: index.count) }
            return scan { i in column[i] >= low && column[i] <= high }
        case .range(let a, let op, let value):
            guard case .range(let lows, let highs, _, _) = index.columns[a] else { return Bitset(count: index.count) }
            return scan { i in
                let lo = lows[i], hi = highs[i]
                if lo.isNaN { return false }
                // Every value of the band must satisfy the comparison: test both ends.
                return Evaluator.compare(lo, op, value) && Evaluator.compare(hi, op, value)
            }
        case .rangeEquals(let a, let low, let high):
            guard case .range(let lows, let highs, _, _) = index.columns[a] else { return Bitset(count: index.count) }
            return scan { i in lows[i] == low && highs[i] == high }
        case .rangeBetween(let a, let low, let high):
            guard case .range(let lows, let highs, _, _) = index.columns[a] else { return Bitset(count: index.count) }
            return scan { i in lows[i] >= low && highs[i] <= high }
        case .enumeration(let a, let values):
            guard case .enumeration(let codes) = index.columns[a] else { return Bitset(count: index.count) }
            return scan { values.contains(codes[$0]) }
        case .textEquals(let a, let text):
            return dictionaryScan(a) { $0.en.lowercased() == text || $0.zh.lowercased() == text }
        case .textContains(let a, let text):
            return dictionaryScan(a) { $0.en.lowercased().contains(text) || $0.zh.lowercased().contains(text) }
        case .enumerationContains(let a, let text):
            guard case .enumeration(let codes) = index.columns[a] else { return Bitset(count: index.count) }
            let matching = Set(index.attributes[a].values.enumerated().filter { _, v in
                ([v.id, v.labels.en, v.labels.zh] + v.aliases).contains { $0.lowercased().contains(text) }
            }.map { Int32($0.offset) })
            return scan { matching.contains(codes[$0]) }
        case .hasValue(let a):
            switch index.columns[a] {
            case .number(let column): return scan { !column[$0].isNaN }
            case .range(let lows, _, _, _): return scan { !lows[$0].isNaN }
            case .text(let codes, _), .enumeration(let codes): return scan { codes[$0] >= 0 }
            }
        }
    }

    /// Text tests run once per distinct value, then map codes to a bitset.
    private func dictionaryScan(_ a: Int, _ test: (LocalizedText) -> Bool) -> Bitset {
        guard case .text(let codes, let dictionary) = index.columns[a] else { return Bitset(count: index.count) }
        let matching = dictionary.map(test)
        return scan { codes[$0] >= 0 && matching[Int(codes[$0])] }
    }

    private func scan(_ test: (Int) -> Bool) -> Bitset {
        var result = Bitset(count: index.count)
        for i in 0..<index.count where test(i) { result.insert(i) }
        return result
    }

    static func compare(_ a: Double, _ op: Comparison, _ b: Double) -> Bool {
        switch op {
        case .equal: return a == b
        case .notEqual: return a != b
        case .less: return a < b
        case .lessEqual: return a <= b
        case .greater: return a > b
        case .greaterEqual: return a >= b
        }
    }
}
