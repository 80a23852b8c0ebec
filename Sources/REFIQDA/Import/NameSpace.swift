import CaseModel

/// Ids and labels for names written in free text. caseql's ids are ASCII identifiers
/// (`[a-z_][a-z0-9_]*`, typable in a query); REFI-QDA names are anything (Chinese, spaces,
/// duplicates under different parents). Ids are derived from the name, or from the GUID when the
/// name has no ASCII letters or digits, so the same file always gives the same ids; a clash gets
/// `_2`, `_3` in document order. Every id, label and alias is claimed case-insensitively, as queries
/// match them, and a label already taken is qualified with its parent.
struct NameSpace {
    private var taken: Set<String>

    init(reserved: [String] = []) {
        taken = Set(reserved.map { $0.lowercased() })
    }

    mutating func id(for name: String, guid: String?, fallbackPrefix: String) -> String {
        var base = Identifier.make(from: name, style: .lowercased)
        if base == nil, let guid, let key = GUID.key(guid) {
            base = fallbackPrefix + "_" + key.prefix(8)
        }
        return unique(base ?? fallbackPrefix)
    }

    /// `label`, or `label (qualifier)` when that is taken, or a numbered form as a last resort. A
    /// label that only spells the thing's own id differently (`Crowdfunding`, id `crowdfunding`) is its own.
    mutating func label(_ label: String, qualifier: String, ownID: String = "") -> String {
        if label.lowercased() == ownID.lowercased() || claim(label) { return label }
        let qualified = qualifier.isEmpty ? label : "\(label) (\(qualifier))"
        if claim(qualified) { return qualified }
        return unique(qualified, separator: " ")
    }

    /// Claims `name`; false if it is already someone's.
    mutating func claim(_ name: String) -> Bool {
        taken.insert(name.lowercased()).inserted
    }

    private mutating func unique(_ base: String, separator: String = "_") -> String {
        if claim(base) { return base }
        var n = 2
        while !claim("\(base)\(separator)\(n)") { n += 1 }
        return "\(base)\(separator)\(n)"
    }
}
