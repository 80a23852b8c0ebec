import CaseModel

/// A plan's predicate bound to one loaded index: ids replaced by node, attribute, value and case
/// positions, which is what the bitset evaluator works on. Only the in-memory engine sees this.
indirect enum BoundPredicate: Sendable, Hashable {
    case and([BoundPredicate])
    case or([BoundPredicate])
    case not(BoundPredicate)
    /// A precomputed set: a category's members (with or without its descendants), a dimension's,
    /// cases by name, or nothing (an id this index lacks).
    case set(Bitset)
    case allSets([Bitset])
    case anySets([Bitset])
    case nameContains(String)
    case number(attribute: Int, op: Comparison, value: Double)
    case numberBetween(attribute: Int, low: Double, high: Double)
    case range(attribute: Int, op: Comparison, value: Double)
    case rangeEquals(attribute: Int, low: Double, high: Double)
    case rangeBetween(attribute: Int, low: Double, high: Double)
    case enumeration(attribute: Int, values: Set<Int32>)
    case textEquals(attribute: Int, text: String)
    case textContains(attribute: Int, text: String)
    case enumerationContains(attribute: Int, text: String)
    case hasValue(attribute: Int)
}

enum BoundGrouping: Sendable, Hashable {
    case attribute(Int)
    case name
    case dimension(Int)
    case category(Int)
    /// Code counts, in one dimension (nil: all).
    case codes(Int?)
}

enum BoundOrderKey: Sendable, Hashable {
    case attribute(Int)
    case name
    case count
    case group
    case codes(Int?)
}

struct BoundOrderTerm: Sendable, Hashable {
    var key: BoundOrderKey
    var direction: SortOrder
}

/// Maps a plan's ids to positions in `index`. An id the index does not have binds to the empty
/// set (a category) or to a test no case passes (an attribute): a plan made for another study
/// answers with nothing rather than trapping.
struct Binder {
    let index: CaseIndex
    /// The per-case records, for evidence tests; nil (or a study without records) finds no evidence.
    var study: Study?

    func node(_ ref: CategoryRef) -> Int? { index.taxonomy.index(of: ref.id) }

    func attribute(_ id: String) -> Int? { index.attributes.firstIndex { $0.id == id } }

    func dimension(_ id: String) -> Int? { index.taxonomy.dimensions.firstIndex { $0.id == id } }

    func members(_ ref: CategoryRef) -> Bitset {
        guard let n = node(ref) else { return Bitset(count: index.count) }
        return ref.includesDescendants ? index.categorySets[n] : index.directSets[n]
    }

    /// A test no case passes. Made only where it is needed (`?? none` is lazy): at ten million
    /// cases an empty set is 1.25 MB to allocate and clear, once per node of every condition.
    var none: BoundPredicate { .set(Bitset(count: index.count)) }

    func bind(_ p: Predicate) -> BoundPredicate {
        switch p {
        case .and(let items): return .and(items.map(bind))
        case .or(let items): return .or(items.map(bind))
        case .not(let inner): return .not(bind(inner))
        case .coded(let ref): return .set(members(ref))
        case .codedAll(let refs): return .allSets(refs.map(members))
        case .codedAny(let refs): return .anySets(refs.map(members))
        case .hasDimension(let id):
            return dimension(id).map { .set(index.dimensionSets[$0]) } ?? none
        case .cases(let names):
            var set = Bitset(count: index.count)
            for (i, name) in index.names.enumerated() where names.contains(name) { set.insert(i) }
            return .set(set)
        case .nameContains(let text): return .nameContains(text)
        case .number(let a, let op, let v): return attribute(a).map { .number(attribute: $0, op: op, value: v) } ?? none
        case .numberBetween(let a, let lo, let hi): return attribute(a).map { .numberBetween(attribute: $0, low: lo, high: hi) } ?? none
        case .range(let a, let op, let v): return attribute(a).map { .range(attribute: $0, op: op, value: v) } ?? none
        case .rangeEquals(let a, let lo, let hi): return attribute(a).map { .rangeEquals(attribute: $0, low: lo, high: hi) } ?? none
        case .rangeBetween(let a, let lo, let hi): return attribute(a).map { .rangeBetween(attribute: $0, low: lo, high: hi) } ?? none
        case .enumeration(let a, let ids):
            guard let ai = attribute(a) else { return none }
            let codes = index.attributes[ai].values.indices.filter { ids.contains(index.attributes[ai].values[$0].id) }
            return .enumeration(attribute: ai, values: Set(codes.map { Int32($0) }))
        case .textEquals(let a, let t): return attribute(a).map { .textEquals(attribute: $0, text: t) } ?? none
        case .textContains(let a, let t): return attribute(a).map { .textContains(attribute: $0, text: t) } ?? none
        case .enumerationContains(let a, let t): return attribute(a).map { .enumerationContains(attribute: $0, text: t) } ?? none
        case .hasValue(let a): return attribute(a).map { .hasValue(attribute: $0) } ?? none
        case .codeCount(let d, let op, let value):
            var dim: Int?
            if let d { guard let found = dimension(d) else { return none }; dim = found }
            var set = Bitset(count: index.count)
            for (i, n) in index.codeCounts(inDimension: dim).enumerated() where Evaluator.compare(Double(n), op, value) {
                set.insert(i)
            }
            return .set(set)
        case .evidenceContains(let text, let scope):
            guard let study else { return none }
            return .set(EvidenceSearch(index: index, study: study).cases(containing: text, in: scope))
        }
    }

    func bind(_ g: Grouping) -> BoundGrouping? {
        switch g {
        case .name: return .name
        case .attribute(let id): return attribute(id).map { .attribute($0) }
        case .dimension(let id): return dimension(id).map { .dimension($0) }
        case .category(let ref): return node(ref).map { .category($0) }
        case .codes(nil): return .codes(nil)
        case .codes(let d?): return dimension(d).map { .codes($0) }
        }
    }

    func bind(_ k: OrderKey) -> BoundOrderKey? {
        switch k {
        case .name: return .name
        case .count: return .count
        case .group: return .group
        case .attribute(let id): return attribute(id).map { .attribute($0) }
        case .codes(nil): return .codes(nil)
        case .codes(let d?): return dimension(d).map { .codes($0) }
        }
    }
}

extension Resolver {
    /// The plan's name for a resolved taxonomy node.
    func ref(_ node: Int, includesDescendants: Bool = true) -> CategoryRef {
        let n = taxonomy.nodes[node]
        return CategoryRef(id: n.category.id, dimension: taxonomy.dimensions[n.dimension].id,
                           includesDescendants: includesDescendants)
    }

    func attributeID(_ a: Int) -> String { index.attributes[a].id }
}
