import CaseModel

/// Collects one case's codes from the codings of its sources and selections: one `Code` per
/// category in the order first met, each distinct passage once as its evidence.
struct CaseBuilder {
    var name: String
    var aliases: [String]
    var attributes: [String: AttributeValue] = [:]
    var notes: [Note] = []
    private var order: [String] = []
    private var evidence: [String: [Evidence]] = [:]
    private var seen: Set<Evidence> = []
    private var seenPerCategory: [String: Set<Evidence>] = [:]
    /// Source indexes whose codings are in the case.
    var sources: Set<Int> = []

    init(name: String, aliases: [String]) {
        self.name = name
        self.aliases = aliases
    }

    mutating func add(category: String, evidence passage: Evidence?) {
        if evidence[category] == nil {
            order.append(category)
            evidence[category] = []
        }
        guard let passage else { return }
        if seenPerCategory[category, default: []].insert(passage).inserted {
            evidence[category]!.append(passage)
        }
    }

    var value: Case {
        Case(name: name, aliases: aliases, attributes: attributes,
             codes: order.map { Code(category: $0, evidence: evidence[$0] ?? []) }, notes: notes)
    }
}
