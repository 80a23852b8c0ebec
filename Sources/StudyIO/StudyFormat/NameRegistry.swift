import CaseModel
/// The names of one namespace (the taxonomy's dimensions and categories; the attributes; one
/// enumeration's values), so a name that would resolve to two different things is caught.
/// Names match case-insensitively, as queries do.
struct NameRegistry {
    /// Lower-cased name → the thing it names ("category 'crowdfunding'") and its id.
    private var owners: [String: (owner: String, id: String)] = [:]

    /// Claims `name` for `owner`; returns the other owner if the name is already someone else's.
    mutating func claim(_ name: String, owner: String, id: String) -> String? {
        let key = name.lowercased()
        if let existing = owners[key] {
            return existing.owner == owner ? nil : existing.owner
        }
        owners[key] = (owner, id)
        names.append(name)
        return nil
    }

    /// The id of what `name` names, case-insensitively.
    func id(named name: String) -> String? {
        owners[name.lowercased()]?.id
    }

    /// Every name claimed, as first spelt.
    private(set) var names: [String] = []
}
