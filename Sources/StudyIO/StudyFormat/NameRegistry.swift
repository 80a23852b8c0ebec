import CaseModel
/// The names of one namespace (the taxonomy's dimensions and categories; the attributes; one
/// enumeration's values), so a name that would resolve to two different things is caught.
/// Names match case-insensitively, as queries do.
struct NameRegistry {
    /// Lower-cased name → the kind of thing it names (`category`) and its id. The owner's wording
    /// ("category 'crowdfunding'") is only built for a message: a million cases claim their names.
    private var owners: [String: (kind: String, id: String)] = [:]

    /// Claims `name` for the `kind` thing `id`; returns the other owner ("case 'x'") if the name is
    /// already someone else's.
    mutating func claim(_ name: String, kind: String, id: String) -> String? {
        let key = name.lowercased()
        if let existing = owners[key] {
            return existing.kind == kind && existing.id == id ? nil : Self.owner(existing.kind, existing.id)
        }
        owners[key] = (kind, id)
        names.append(name)
        return nil
    }

    /// Makes room for `count` more names.
    mutating func reserve(_ count: Int) {
        owners.reserveCapacity(owners.count + count)
        names.reserveCapacity(names.count + count)
    }

    /// How messages name a thing: `category 'crowdfunding'`.
    static func owner(_ kind: String, _ id: String) -> String {
        "\(kind) '\(id)'"
    }

    /// The id of what `name` names, case-insensitively.
    func id(named name: String) -> String? {
        owners[name.lowercased()]?.id
    }

    /// Every name claimed, as first spelt.
    private(set) var names: [String] = []
}
