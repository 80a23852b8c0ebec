import CaseModel
extension StudyDecoder {
    /// An attribute declaration; claims its names and, for an enumeration, its values' names.
    func attributeDefinition(_ node: JSONNode) -> AttributeDefinition? {
        guard let fields = object(node, required: ["id", "labels", "kind"],
                                  optional: ["aliases", "description", "values"]) else { return nil }
        let id = field(fields, "id", identifier)
        let labels = field(fields, "labels", localizedText)
        let aliases = field(fields, "aliases", aliases)
        let kind = field(fields, "kind", attributeKind)
        let description = field(fields, "description", localizedText)
        var values: [AttributeValueDefinition]?
        if let valuesNode = fields["values"] {
            if let kind, kind != .enumeration {
                report("only enumeration attributes have 'values'", at: valuesNode.position, component: .key("values"))
            } else {
                var registry = NameRegistry()
                values = at(.key("values")) { array(valuesNode) { attributeValue($0, registry: &registry) } }
                if let id { valueNamesByAttribute[id] = registry }
            }
        } else if kind == .enumeration {
            report("an enumeration attribute needs 'values'", at: node.position)
        }
        guard let id, let idNode = fields["id"] else { return nil }
        if id == "name" {
            report("'name' is reserved: every case has a name", at: idNode.position, component: .key("id"))
        } else if !declaredAttributeIDs.insert(id).inserted {
            report("duplicate attribute id '\(id)'", at: idNode.position, component: .key("id"))
        }
        claimNames(kind: "attribute", id: id, idPosition: idNode.position, labels: labels,
                   labelsPosition: fields["labels"]?.position, aliases: aliases, in: &attributeNames)
        guard let labels, let kind, fields["aliases"] == nil || aliases != nil,
              fields["description"] == nil || description != nil, fields["values"] == nil || values != nil else { return nil }
        let definition = AttributeDefinition(id: id, labels: labels, aliases: aliases?.map(\.name) ?? [], kind: kind,
                                             description: description ?? LocalizedText(), values: values ?? [])
        if attributesByID[id] == nil { attributesByID[id] = definition }
        return definition
    }

    private func attributeKind(_ node: JSONNode) -> AttributeKind? {
        guard let name = string(node) else { return nil }
        if let kind = AttributeKind(rawValue: name) { return kind }
        let kinds = AttributeKind.allCases.map(\.rawValue)
        report("unknown attribute kind '\(name)'" + didYouMean(name, among: kinds, otherwise: kinds), at: node.position)
        return nil
    }

    private func attributeValue(_ node: JSONNode, registry: inout NameRegistry) -> AttributeValueDefinition? {
        guard let fields = object(node, required: ["id", "labels"], optional: ["aliases"]) else { return nil }
        let id = field(fields, "id", identifier)
        let labels = field(fields, "labels", localizedText)
        let aliases = field(fields, "aliases", aliases)
        guard let id, let idNode = fields["id"] else { return nil }
        if registry.id(named: id) == id {
            report("duplicate value id '\(id)'", at: idNode.position, component: .key("id"))
        }
        claimNames(kind: "value", id: id, idPosition: idNode.position, labels: labels,
                   labelsPosition: fields["labels"]?.position, aliases: aliases, in: &registry)
        guard let labels, fields["aliases"] == nil || aliases != nil else { return nil }
        return AttributeValueDefinition(id: id, labels: labels, aliases: aliases?.map(\.name) ?? [])
    }

    /// A case's value for a declared attribute, by the attribute's kind.
    func attributeValue(_ node: JSONNode, of attribute: AttributeDefinition) -> AttributeValue? {
        switch attribute.kind {
        case .number:
            return number(node).map(AttributeValue.number)
        case .text:
            return localizedText(node).map(AttributeValue.text)
        case .range:
            if case .number(let d) = node.content {
                return .range(low: d, high: d, text: JSONWriter.format(d))
            }
            guard let text = string(node) else { return nil }
            // A study has few distinct bands (`11~50`) over many cases: each is parsed once.
            if let bounds = rangeBounds[text] { return .range(low: bounds.low, high: bounds.high, text: text) }
            switch RangeText.parse(text) {
            case .success(let bounds):
                if rangeBounds.count < StudyDecoder.rangeCacheLimit { rangeBounds[text] = bounds }
                return .range(low: bounds.low, high: bounds.high, text: text)
            case .failure(let problem):
                report(problem.message, at: node.position)
                return nil
            }
        case .enumeration:
            guard let name = string(node) else { return nil }
            let registry = valueNamesByAttribute[attribute.id]
            if attribute.values.contains(where: { $0.id == name }) { return .value(name) }
            // A label or alias stands for its value (`德国`, `Germany` for `DE`).
            if let id = registry?.id(named: name) { return .value(id) }
            report("unknown value '\(name)' for attribute '\(attribute.id)'"
                   + didYouMean(name, among: registry?.names ?? []),
                   at: node.position)
            return nil
        }
    }
}
