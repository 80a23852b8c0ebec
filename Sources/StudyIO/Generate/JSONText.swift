import CaseModel
/// A small JSON writer for the metadata of a generated study (taxonomy and attributes); the
/// cases themselves are streamed by `writeJSON`.
struct JSONText {
    var text = ""

    /// The one JSON string writer of the model, so generated studies escape exactly as exports do.
    static func quoted(_ s: String) -> String { JSONWriter.quoted(s) }

    mutating func string(_ s: String) { text += Self.quoted(s) }

    mutating func number(_ n: Int) { text += String(n) }

    mutating func object(_ body: (inout ObjectWriter) -> Void) {
        var writer = ObjectWriter()
        body(&writer)
        text += "{" + writer.members.joined(separator: ", ") + "}"
    }

    mutating func array<T>(_ items: [T], _ body: (inout JSONText, T) -> Void) {
        let parts = items.map { item -> String in
            var element = JSONText()
            body(&element, item)
            return element.text
        }
        text += "[" + parts.joined(separator: ", ") + "]"
    }

    struct ObjectWriter {
        var members: [String] = []

        mutating func field(_ key: String, _ body: (inout JSONText) -> Void) {
            var value = JSONText()
            body(&value)
            members.append(JSONText.quoted(key) + ": " + value.text)
        }
    }

    /// `{"en": …, "zh": …}` with the empty language left out (the format forbids both empty, so
    /// an empty text falls back to `fallback`).
    mutating func localized(_ t: LocalizedText, fallback: String = "") {
        object { o in
            if !t.en.isEmpty || t.zh.isEmpty { o.field("en") { $0.string(t.en.isEmpty ? fallback : t.en) } }
            if !t.zh.isEmpty { o.field("zh") { $0.string(t.zh) } }
        }
    }

    mutating func section(_ s: SectionRef) {
        object { o in
            o.field("number") { $0.string(s.number) }
            o.field("title") { $0.string(s.title) }
        }
    }

    mutating func attribute(_ a: AttributeDefinition) {
        object { o in
            o.field("id") { $0.string(a.id) }
            o.field("labels") { $0.localized(a.labels, fallback: a.id) }
            if !a.aliases.isEmpty { o.field("aliases") { $0.array(a.aliases) { $0.string($1) } } }
            o.field("kind") { $0.string(a.kind.rawValue) }
            if !a.description.isEmpty { o.field("description") { $0.localized(a.description) } }
            if a.kind == .enumeration {
                o.field("values") {
                    $0.array(a.values) { w, v in
                        w.object { o in
                            o.field("id") { $0.string(v.id) }
                            o.field("labels") { $0.localized(v.labels, fallback: v.id) }
                            if !v.aliases.isEmpty { o.field("aliases") { $0.array(v.aliases) { $0.string($1) } } }
                        }
                    }
                }
            }
        }
    }

    mutating func dimension(_ d: Dimension) {
        object { o in
            Self.header(&o, id: d.id, labels: d.labels, aliases: d.aliases, definition: d.definition,
                        definitionSource: d.definitionSource, section: d.section)
            o.field("categories") { $0.array(d.categories) { $0.category($1) } }
        }
    }

    /// Recursion follows the taxonomy's depth, which is the caller's data, not untrusted input.
    mutating func category(_ c: Category) {
        object { o in
            Self.header(&o, id: c.id, labels: c.labels, aliases: c.aliases, definition: c.definition,
                        definitionSource: c.definitionSource, section: c.section)
            if !c.children.isEmpty { o.field("children") { $0.array(c.children) { $0.category($1) } } }
        }
    }

    private static func header(_ o: inout ObjectWriter, id: String, labels: LocalizedText, aliases: [String],
                        definition: LocalizedText, definitionSource: DefinitionSource, section: SectionRef?) {
        o.field("id") { $0.string(id) }
        o.field("labels") { $0.localized(labels, fallback: id) }
        if !aliases.isEmpty { o.field("aliases") { $0.array(aliases) { $0.string($1) } } }
        if !definition.isEmpty { o.field("definition") { $0.localized(definition) } }
        if definitionSource != .verbatim { o.field("definitionSource") { $0.string(definitionSource.rawValue) } }
        if let section { o.field("section") { $0.section(section) } }
    }
}
