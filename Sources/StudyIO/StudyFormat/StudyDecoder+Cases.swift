import CaseModel
extension StudyDecoder {
    /// Every case, with names and aliases unique across cases (case-insensitively).
    func cases(_ node: JSONNode) -> [Case]? {
        var caseNames = NameRegistry()
        guard let deferred = deferredCases, deferred.array.position == node.position,
              case .array(let kept) = node.content, kept.isEmpty else {
            return array(node) { kase($0, names: &caseNames) }
        }
        // Room for every case's name at once: growing a million-entry table rehashes it some
        // twenty times and, for a moment, holds it twice.
        caseNames.reserve(deferred.array.count)
        // Each case's nodes are read, decoded and dropped before the next case's are read.
        var result: [Case] = []
        result.reserveCapacity(deferred.array.count)
        var complete = true
        JSONParser.forEachElement(of: deferred.array, in: deferred.bytes) { i, element in
            if let value = at(.index(i), { kase(element, names: &caseNames) }) {
                result.append(value)
            } else {
                complete = false
            }
        }
        return complete ? result : nil
    }

    private func kase(_ node: JSONNode, names: inout NameRegistry) -> Case? {
        guard let fields = object(node, required: ["name", "attributes", "codes"],
                                  optional: ["aliases", "candidates", "facts", "notes"]) else { return nil }
        let name = field(fields, "name", nonEmptyString)
        let aliases = field(fields, "aliases", aliases)
        if let name, let nameNode = fields["name"] {
            claimCaseNames(name: name, at: nameNode.position, aliases: aliases ?? [], in: &names)
        }
        let attributes = field(fields, "attributes", caseAttributes)
        let codes = field(fields, "codes", codes)
        let candidates = field(fields, "candidates") { array($0, candidate) }
        let facts = field(fields, "facts", facts)
        let notes = field(fields, "notes") { array($0, note) }
        guard let name, let attributes, let codes, fields["aliases"] == nil || aliases != nil,
              fields["candidates"] == nil || candidates != nil, fields["facts"] == nil || facts != nil,
              fields["notes"] == nil || notes != nil else { return nil }
        return Case(name: name, aliases: aliases?.map(\.name) ?? [], attributes: attributes, codes: codes,
                    candidates: candidates ?? [], facts: facts ?? [], notes: notes ?? [])
    }

    private func claimCaseNames(name: String, at position: JSONPosition,
                                aliases: [(name: String, position: JSONPosition)], in names: inout NameRegistry) {
        // Built only for a message: most cases have no clash.
        var owner: String { NameRegistry.owner("case", name) }
        if let existing = names.id(named: name) {
            let message: String
            if existing == name {
                message = "duplicate case name '\(name)'"
            } else if existing.lowercased() == name.lowercased() {
                message = "duplicate case name '\(name)' (case '\(existing)' differs only in case)"
            } else {
                message = "'\(name)' names both case '\(existing)' and \(owner)"
            }
            report(message, at: position, component: .key("name"))
        } else {
            _ = names.claim(name, kind: "case", id: name)
        }
        for (i, alias) in aliases.enumerated() {
            if let other = names.claim(alias.name, kind: "case", id: name) {
                report("'\(alias.name)' names both \(other) and \(owner)", at: alias.position,
                       components: [.key("aliases"), .index(i)])
            }
        }
    }

    /// `{"country": "GB", …}`: keys are declared attribute ids, values typed by the attribute's kind.
    private func caseAttributes(_ node: JSONNode) -> [String: AttributeValue]? {
        guard case .object(let members) = node.content else {
            reportType(expected: "an object", found: node)
            return nil
        }
        // Sized once: grown an entry at a time it was reallocated thrice for a case's four values.
        var values = [String: AttributeValue](minimumCapacity: members.count)
        var complete = true
        for member in members {
            guard let attribute = attributesByID[member.key] else {
                complete = false
                if declaredAttributeIDs.contains(member.key) { continue }
                let message = member.key == "name"
                    ? "'name' is not an attribute here: it is the case's own 'name' key"
                    : "unknown attribute '\(member.key)'" + didYouMean(member.key, among: Array(attributesByID.keys))
                report(message, at: member.keyPosition, component: .key(member.key))
                continue
            }
            if let value = at(.key(member.key), { attributeValue(member.value, of: attribute) }) {
                values[member.key] = value
            } else {
                complete = false
            }
        }
        return complete ? values : nil
    }

    private func codes(_ node: JSONNode) -> [Code]? {
        var coded: Set<String> = []
        return array(node) { element -> Code? in
            guard let fields = object(element, required: ["category", "evidence"], optional: ["membership"]) else { return nil }
            let category = field(fields, "category", categoryReference)
            let membership = field(fields, "membership", membership)
            let evidence = field(fields, "evidence", evidenceList)
            if let category, let categoryNode = fields["category"], !coded.insert(category).inserted {
                report("the case is already coded for '\(category)'", at: categoryNode.position,
                       component: .key("category"))
            }
            guard let category, let evidence, fields["membership"] == nil || membership != nil else { return nil }
            return Code(category: category, membership: membership ?? 1, evidence: evidence)
        }
    }

    private func membership(_ node: JSONNode) -> Double? {
        guard let value = number(node) else { return nil }
        guard (0...1).contains(value) else {
            report("membership \(JSONWriter.format(value)) is outside [0, 1]", at: node.position)
            return nil
        }
        return value
    }

    private func candidate(_ node: JSONNode) -> Candidate? {
        guard let fields = object(node, required: ["category", "reason", "evidence"]) else { return nil }
        let category = field(fields, "category", categoryReference)
        let reason = field(fields, "reason", nonEmptyString)
        let evidence = field(fields, "evidence", evidenceList)
        guard let category, let reason, let evidence else { return nil }
        return Candidate(category: category, reason: reason, evidence: evidence)
    }

    /// A category id. Codes name categories by id; a label, alias or dimension gets a pointer to it.
    private func categoryReference(_ node: JSONNode) -> String? {
        guard let name = string(node) else { return nil }
        if categoryIDs.contains(name) { return name }
        let message: String
        if dimensionIDs.contains(name) {
            message = "'\(name)' is a dimension, not a category"
        } else if let id = taxonomyNames.id(named: name), categoryIDs.contains(id) {
            message = "unknown category '\(name)' (did you mean '\(id)'? codes name categories by id)"
        } else {
            message = "unknown category '\(name)'" + didYouMean(name, among: Array(categoryIDs))
        }
        report(message, at: node.position)
        return nil
    }

    private func facts(_ node: JSONNode) -> [Fact]? {
        var ids: Set<String> = []
        return array(node) { element -> Fact? in
            guard let fields = object(element, required: ["id", "label", "unit", "text", "evidence"],
                                      optional: ["value", "sourceRequested"]) else { return nil }
            let id = field(fields, "id", identifier)
            let label = field(fields, "label", localizedText)
            let value = field(fields, "value", number)
            let unit = field(fields, "unit", string)
            let text = field(fields, "text", nonEmptyString)
            let evidence = field(fields, "evidence", evidence)
            let sourceRequested = field(fields, "sourceRequested", bool)
            if let id, let idNode = fields["id"], !ids.insert(id).inserted {
                report("duplicate fact id '\(id)'", at: idNode.position, component: .key("id"))
            }
            guard let id, let label, let unit, let text, let evidence, fields["value"] == nil || value != nil,
                  fields["sourceRequested"] == nil || sourceRequested != nil else { return nil }
            return Fact(id: id, label: label, value: value, unit: unit, text: text, evidence: evidence,
                        sourceRequested: sourceRequested ?? false)
        }
    }
}
