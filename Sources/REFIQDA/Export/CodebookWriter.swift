import CaseModel

/// The taxonomy as REFI-QDA codes: each dimension a top-level code that is not codable (a grouping
/// node: caseql codes cases for categories), its categories codable codes beneath it. A GUID among
/// a node's aliases (as an import keeps it) is reused, so a round trip keeps the package's GUIDs.
struct CodebookWriter {
    /// Category or dimension id → the GUID written for it.
    private(set) var guids: [String: String] = [:]

    mutating func write(_ taxonomy: Taxonomy, into xml: inout XMLText) {
        xml.start("Codes")
        for dimension in taxonomy.dimensions {
            let guid = Self.guid(aliases: dimension.aliases, seed: "dimension:" + dimension.id)
            guids[dimension.id] = guid
            code(name: dimension.labels, id: dimension.id, guid: guid, codable: false,
                 definition: dimension.definition, children: dimension.categories, into: &xml)
        }
        xml.end()
    }

    private mutating func code(name: LocalizedText, id: String, guid: String, codable: Bool,
                               definition: LocalizedText, children: [Category], into xml: inout XMLText) {
        let label = name.text(in: .en)
        let empty = definition.isEmpty && children.isEmpty
        xml.start("Code", [("guid", guid), ("name", label.isEmpty ? id : label), ("isCodable", codable ? "true" : "false")],
                  empty: empty)
        guard !empty else { return }
        if !definition.isEmpty { xml.leaf("Description", definition.text(in: .en)) }
        for child in children {
            let childGUID = Self.guid(aliases: child.aliases, seed: "category:" + child.id)
            guids[child.id] = childGUID
            code(name: child.labels, id: child.id, guid: childGUID, codable: true, definition: child.definition,
                 children: child.children, into: &xml)
        }
        xml.end()
    }

    static func guid(aliases: [String], seed: String) -> String {
        aliases.first(where: GUID.isGUID).flatMap(GUID.key) ?? GUID.derived(from: seed)
    }
}
