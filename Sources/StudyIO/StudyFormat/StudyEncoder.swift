import CaseModel
/// A study as the JSON of the format, every object's keys in the documented order and optional keys
/// left out when they hold nothing, so an export reads like a hand-written study file.
enum StudyEncoder {
    typealias Members = [(key: String, value: JSONValue)]

    static func encode(_ study: Study) -> JSONValue {
        var members: Members = [("format", .number(Double(Study.formatVersion))), ("title", text(study.title))]
        if !study.source.isEmpty { members.append(("source", .string(study.source))) }
        members.append(("caseNoun", .string(study.caseNoun)))
        members.append(("attributes", .array(study.attributes.map(attribute))))
        members.append(("taxonomy", .object([("dimensions", .array(study.taxonomy.dimensions.map(dimension)))])))
        members.append(("cases", .array(study.cases.map { kase($0, attributes: study.attributes) })))
        if !study.notes.isEmpty { members.append(("notes", .array(study.notes.map(note)))) }
        return .object(members)
    }

    /// Only the non-empty languages, English first.
    static func text(_ text: LocalizedText) -> JSONValue {
        var members: Members = []
        if !text.en.isEmpty { members.append(("en", .string(text.en))) }
        if !text.zh.isEmpty { members.append(("zh", .string(text.zh))) }
        return .object(members)
    }

    private static func strings(_ list: [String]) -> JSONValue {
        .array(list.map(JSONValue.string))
    }

    /// `id`, `labels` and `aliases` (when there are any): how every named thing starts.
    private static func named(_ id: String, _ labels: LocalizedText, _ aliases: [String]) -> Members {
        var members: Members = [("id", .string(id)), ("labels", text(labels))]
        if !aliases.isEmpty { members.append(("aliases", strings(aliases))) }
        return members
    }

    private static func attribute(_ attribute: AttributeDefinition) -> JSONValue {
        var members = named(attribute.id, attribute.labels, attribute.aliases)
        members.append(("kind", .string(attribute.kind.rawValue)))
        if !attribute.description.isEmpty { members.append(("description", text(attribute.description))) }
        if attribute.kind == .enumeration {
            members.append(("values", .array(attribute.values.map { .object(named($0.id, $0.labels, $0.aliases)) })))
        }
        return .object(members)
    }

    private static func definitionAndSection(_ definition: LocalizedText, _ source: DefinitionSource,
                                             _ section: SectionRef?) -> Members {
        var members: Members = []
        if !definition.isEmpty { members.append(("definition", text(definition))) }
        // Verbatim is the default, so only a paraphrase is marked.
        if source != .verbatim { members.append(("definitionSource", .string(source.rawValue))) }
        if let section { members.append(("section", sectionRef(section))) }
        return members
    }

    private static func dimension(_ dimension: Dimension) -> JSONValue {
        var members = named(dimension.id, dimension.labels, dimension.aliases)
        members += definitionAndSection(dimension.definition, dimension.definitionSource, dimension.section)
        members.append(("categories", .array(dimension.categories.map(category))))
        return .object(members)
    }

    private static func category(_ category: Category) -> JSONValue {
        var members = named(category.id, category.labels, category.aliases)
        members += definitionAndSection(category.definition, category.definitionSource, category.section)
        if !category.children.isEmpty { members.append(("children", .array(category.children.map(Self.category)))) }
        return .object(members)
    }

    private static func kase(_ kase: Case, attributes: [AttributeDefinition]) -> JSONValue {
        var members: Members = [("name", .string(kase.name))]
        if !kase.aliases.isEmpty { members.append(("aliases", strings(kase.aliases))) }
        // In the order the study declares its attributes; anything undeclared after, by id.
        var values: Members = []
        for definition in attributes {
            if let value = kase.attributes[definition.id] { values.append((definition.id, attributeValue(value))) }
        }
        let declared = Set(attributes.map(\.id))
        for id in kase.attributes.keys.sorted() where !declared.contains(id) {
            if let value = kase.attributes[id] { values.append((id, attributeValue(value))) }
        }
        members.append(("attributes", .object(values)))
        members.append(("codes", .array(kase.codes.map(code))))
        if !kase.candidates.isEmpty { members.append(("candidates", .array(kase.candidates.map(candidate)))) }
        if !kase.facts.isEmpty { members.append(("facts", .array(kase.facts.map(fact)))) }
        if !kase.notes.isEmpty { members.append(("notes", .array(kase.notes.map(note)))) }
        return .object(members)
    }

    private static func attributeValue(_ value: AttributeValue) -> JSONValue {
        switch value {
        case .number(let d): return .number(d)
        case .range(_, _, let printed): return .string(printed)
        case .value(let id): return .string(id)
        case .text(let t): return text(t)
        }
    }

    private static func code(_ code: Code) -> JSONValue {
        var members: Members = [("category", .string(code.category))]
        // Crisp codes are the common case; only a fuzzy degree is worth writing.
        if code.membership != 1 { members.append(("membership", .number(code.membership))) }
        members.append(("evidence", .array(code.evidence.map(evidence))))
        return .object(members)
    }

    private static func candidate(_ candidate: Candidate) -> JSONValue {
        .object([("category", .string(candidate.category)), ("reason", .string(candidate.reason)),
                 ("evidence", .array(candidate.evidence.map(evidence)))])
    }

    private static func fact(_ fact: Fact) -> JSONValue {
        var members: Members = [("id", .string(fact.id)), ("label", text(fact.label))]
        if let value = fact.value { members.append(("value", .number(value))) }
        members += [("unit", .string(fact.unit)), ("text", .string(fact.text)), ("evidence", evidence(fact.evidence))]
        if fact.sourceRequested { members.append(("sourceRequested", .bool(true))) }
        return .object(members)
    }

    private static func note(_ note: Note) -> JSONValue {
        .object([("kind", .string(note.kind.rawValue)), ("text", text(note.text)),
                 ("evidence", .array(note.evidence.map(evidence)))])
    }

    private static func evidence(_ evidence: Evidence) -> JSONValue {
        var members: Members = [("quote", .string(evidence.quote))]
        if !evidence.gloss.isEmpty { members.append(("gloss", .string(evidence.gloss))) }
        members.append(("section", sectionRef(evidence.section)))
        return .object(members)
    }

    private static func sectionRef(_ section: SectionRef) -> JSONValue {
        .object([("number", .string(section.number)), ("title", .string(section.title))])
    }
}
