import CaseModel
extension StudyDecoder {
    /// `{"dimensions": […]}`. Dimensions and categories share one namespace: a query names either.
    func taxonomy(_ node: JSONNode) -> Taxonomy? {
        guard let fields = object(node, required: ["dimensions"]) else { return nil }
        guard let dimensions = field(fields, "dimensions", { array($0, dimension) }) else { return nil }
        return Taxonomy(dimensions: dimensions)
    }

    private func dimension(_ node: JSONNode) -> Dimension? {
        guard let fields = object(node, required: ["id", "labels", "categories"],
                                  optional: Self.taxonomyNodeKeys) else { return nil }
        let common = taxonomyNode(fields, kind: "dimension", ids: &dimensionIDs)
        let categories = field(fields, "categories") { array($0, category) }
        guard let common, let categories else { return nil }
        return Dimension(id: common.id, labels: common.labels, aliases: common.aliases, definition: common.definition,
                         definitionSource: common.definitionSource, section: common.section, categories: categories)
    }

    /// Taxonomies are a few levels deep; the limit keeps every recursive walk of a taxonomy (here,
    /// in `FlatTaxonomy`, in hashing) far from the end of a thread's stack.
    static let maximumCategoryDepth = 32

    private func category(_ node: JSONNode) -> Category? {
        categoryDepth += 1
        defer { categoryDepth -= 1 }
        guard categoryDepth <= Self.maximumCategoryDepth else {
            report("categories nested deeper than \(Self.maximumCategoryDepth) levels", at: node.position)
            return nil
        }
        guard let fields = object(node, required: ["id", "labels"],
                                  optional: Self.taxonomyNodeKeys + ["children"]) else { return nil }
        let common = taxonomyNode(fields, kind: "category", ids: &categoryIDs)
        let children = field(fields, "children") { array($0, category) }
        guard let common, fields["children"] == nil || children != nil else { return nil }
        return Category(id: common.id, labels: common.labels, aliases: common.aliases, definition: common.definition,
                        definitionSource: common.definitionSource, section: common.section, children: children ?? [])
    }

    /// The optional keys dimensions and categories share.
    private static let taxonomyNodeKeys = ["aliases", "definition", "definitionSource", "section"]

    private struct TaxonomyNodeFields {
        var id: String
        var labels: LocalizedText
        var aliases: [String]
        var definition: LocalizedText
        var definitionSource: DefinitionSource
        var section: SectionRef?
    }

    /// What dimensions and categories have in common, with their ids and names claimed.
    private func taxonomyNode(_ fields: ObjectFields, kind: String, ids: inout Set<String>) -> TaxonomyNodeFields? {
        let id = field(fields, "id", identifier)
        let labels = field(fields, "labels", localizedText)
        let aliases = field(fields, "aliases", aliases)
        let definition = field(fields, "definition", localizedText)
        let definitionSource = field(fields, "definitionSource", definitionSource)
        let section = field(fields, "section", section)
        guard let id, let idNode = fields["id"] else { return nil }
        if !ids.insert(id).inserted {
            report("duplicate \(kind) id '\(id)'", at: idNode.position, component: .key("id"))
        }
        claimNames(kind: kind, id: id, idPosition: idNode.position, labels: labels,
                   labelsPosition: fields["labels"]?.position, aliases: aliases, in: &taxonomyNames)
        guard let labels, fields["aliases"] == nil || aliases != nil, fields["definition"] == nil || definition != nil,
              fields["definitionSource"] == nil || definitionSource != nil,
              fields["section"] == nil || section != nil else { return nil }
        return TaxonomyNodeFields(id: id, labels: labels, aliases: aliases?.map(\.name) ?? [],
                                  definition: definition ?? LocalizedText(),
                                  definitionSource: definitionSource ?? .verbatim, section: section)
    }

    private func definitionSource(_ node: JSONNode) -> DefinitionSource? {
        guard let name = string(node) else { return nil }
        if let source = DefinitionSource(rawValue: name) { return source }
        let sources = DefinitionSource.allCases.map(\.rawValue)
        report("unknown definition source '\(name)'" + didYouMean(name, among: sources, otherwise: sources),
               at: node.position)
        return nil
    }
}
