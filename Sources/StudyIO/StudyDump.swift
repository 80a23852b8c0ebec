import CaseModel

/// A compact, trusted serialisation of a `Study`, for the built-in study only: `caseql -c` starts by
/// decoding the built-in study, and the validating JSON decoder (positions, name registry, did-you-
/// mean) spent about a fifth of a one-shot query's time on a file that never changes. The dump is
/// produced from the decoded JSON and checked against it by a test (BuiltinStudyTests), so it needs
/// no validation of its own; a dump that does not decode is a build of broken data.
///
/// The format is text so it can sit in a Swift string literal: a string is `<UTF-8 length>:<bytes>`,
/// an integer `<digits>;`, a number its shortest round-trip text as a string, an optional `0` or `1`
/// and the value, an array its count then its elements. It starts with `caseql-dump <version>;`.
public enum StudyDump {
    static let version = 1

    public static func encode(_ study: Study) -> String {
        var w = Writer()
        w.raw("caseql-dump \(version);")
        w.localized(study.title)
        w.string(study.source)
        w.string(study.caseNoun)
        w.array(study.attributes) { w, a in
            w.string(a.id); w.localized(a.labels); w.strings(a.aliases); w.string(a.kind.rawValue)
            w.localized(a.description)
            w.array(a.values) { w, v in w.string(v.id); w.localized(v.labels); w.strings(v.aliases) }
        }
        w.array(study.taxonomy.dimensions) { w, d in
            w.string(d.id); w.localized(d.labels); w.strings(d.aliases); w.localized(d.definition)
            w.string(d.definitionSource.rawValue); w.section(d.section)
            w.array(d.categories) { w, c in w.category(c) }
        }
        w.array(study.cases) { w, c in
            w.string(c.name); w.strings(c.aliases)
            // Attribute order is the dictionary's, which varies run to run: sort so one study has one dump.
            w.array(c.attributes.sorted { $0.key < $1.key }) { w, pair in
                w.string(pair.key)
                switch pair.value {
                case .text(let t): w.raw("t"); w.localized(t)
                case .number(let n): w.raw("n"); w.number(n)
                case .range(let low, let high, let text): w.raw("r"); w.number(low); w.number(high); w.string(text)
                case .value(let id): w.raw("v"); w.string(id)
                }
            }
            w.array(c.codes) { w, code in w.string(code.category); w.number(code.membership); w.evidence(code.evidence) }
            w.array(c.candidates) { w, x in w.string(x.category); w.string(x.reason); w.evidence(x.evidence) }
            w.array(c.facts) { w, f in
                w.string(f.id); w.localized(f.label)
                if let v = f.value { w.raw("1"); w.number(v) } else { w.raw("0") }
                w.string(f.unit); w.string(f.text); w.evidence([f.evidence]); w.raw(f.sourceRequested ? "1" : "0")
            }
            w.notes(c.notes)
        }
        w.notes(study.notes)
        w.raw(study.codesAreData ? "1" : "0")
        return w.out
    }

    /// The study, or nil when `text` is not a dump of this version.
    public static func decode(_ text: String) -> Study? {
        var text = text
        return text.withUTF8 { bytes in
            var r = Reader(bytes: bytes)
            return try? r.study()
        }
    }

    private struct Writer {
        var out = ""

        mutating func raw(_ s: String) { out += s }
        mutating func string(_ s: String) { out += "\(s.utf8.count):"; out += s }
        mutating func int(_ n: Int) { out += "\(n);" }
        mutating func number(_ d: Double) { string(d.description) }
        mutating func localized(_ t: LocalizedText) { string(t.en); string(t.zh) }
        mutating func strings(_ a: [String]) { array(a) { w, s in w.string(s) } }
        mutating func array<T>(_ a: [T], _ element: (inout Writer, T) -> Void) {
            int(a.count)
            for x in a { element(&self, x) }
        }
        mutating func section(_ s: SectionRef?) {
            guard let s else { raw("0"); return }
            raw("1"); string(s.number); string(s.title)
        }
        mutating func category(_ c: Category) {
            string(c.id); localized(c.labels); strings(c.aliases); localized(c.definition)
            string(c.definitionSource.rawValue); section(c.section)
            array(c.children) { w, child in w.category(child) }
        }
        mutating func evidence(_ e: [Evidence]) {
            array(e) { w, x in w.string(x.quote); w.string(x.gloss); w.string(x.section.number); w.string(x.section.title) }
        }
        mutating func notes(_ n: [Note]) {
            array(n) { w, x in w.string(x.kind.rawValue); w.localized(x.text); w.evidence(x.evidence) }
        }
    }

    private struct Malformed: Error {}

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var at = 0

        mutating func study() throws -> Study {
            guard try raw(count: "caseql-dump ".utf8.count) == "caseql-dump ", try int() == StudyDump.version else { throw Malformed() }
            let title = try localized()
            let source = try string()
            let noun = try string()
            let attributes = try array { r in
                AttributeDefinition(id: try r.string(), labels: try r.localized(), aliases: try r.strings(),
                                    kind: try r.enumeration(AttributeKind.self), description: try r.localized(),
                                    values: try r.array { r in
                                        AttributeValueDefinition(id: try r.string(), labels: try r.localized(), aliases: try r.strings())
                                    })
            }
            let dimensions = try array { r in
                Dimension(id: try r.string(), labels: try r.localized(), aliases: try r.strings(), definition: try r.localized(),
                          definitionSource: try r.enumeration(DefinitionSource.self), section: try r.section(),
                          categories: try r.array { r in try r.category() })
            }
            let cases = try array { r in
                let name = try r.string()
                let aliases = try r.strings()
                var attributes: [String: AttributeValue] = [:]
                for _ in 0..<(try r.int()) {
                    let key = try r.string()
                    switch try r.byte() {
                    case UInt8(ascii: "t"): attributes[key] = .text(try r.localized())
                    case UInt8(ascii: "n"): attributes[key] = .number(try r.number())
                    case UInt8(ascii: "r"): attributes[key] = .range(low: try r.number(), high: try r.number(), text: try r.string())
                    case UInt8(ascii: "v"): attributes[key] = .value(try r.string())
                    default: throw Malformed()
                    }
                }
                let codes = try r.array { r in Code(category: try r.string(), membership: try r.number(), evidence: try r.evidence()) }
                let candidates = try r.array { r in Candidate(category: try r.string(), reason: try r.string(), evidence: try r.evidence()) }
                let facts = try r.array { r in
                    let id = try r.string()
                    let label = try r.localized()
                    let value = try r.flag() ? try r.number() : nil
                    let unit = try r.string()
                    let text = try r.string()
                    guard let evidence = try r.evidence().first else { throw Malformed() }
                    return Fact(id: id, label: label, value: value, unit: unit, text: text, evidence: evidence,
                                sourceRequested: try r.flag())
                }
                return Case(name: name, aliases: aliases, attributes: attributes, codes: codes, candidates: candidates,
                            facts: facts, notes: try r.notes())
            }
            let notes = try notes()
            var study = Study(title: title, source: source, caseNoun: noun, attributes: attributes,
                              taxonomy: Taxonomy(dimensions: dimensions), cases: cases, notes: notes)
            study.codesAreData = try flag()
            guard at == bytes.count else { throw Malformed() }
            return study
        }

        mutating func byte() throws -> UInt8 {
            guard at < bytes.count else { throw Malformed() }
            defer { at += 1 }
            return bytes[at]
        }

        mutating func raw(count: Int) throws -> String {
            guard count <= bytes.count - at else { throw Malformed() }
            defer { at += count }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[at..<at + count]), as: UTF8.self)
        }

        mutating func int() throws -> Int {
            var n = 0
            var digits = 0
            while true {
                let b = try byte()
                if b == UInt8(ascii: ";") || b == UInt8(ascii: ":") { break }
                guard b >= UInt8(ascii: "0"), b <= UInt8(ascii: "9"), digits < 18 else { throw Malformed() }
                n = n * 10 + Int(b - UInt8(ascii: "0"))
                digits += 1
            }
            guard digits > 0 else { throw Malformed() }
            return n
        }

        mutating func string() throws -> String { try raw(count: try int()) }
        mutating func flag() throws -> Bool { try byte() == UInt8(ascii: "1") }
        mutating func number() throws -> Double {
            guard let d = Double(try string()) else { throw Malformed() }
            return d
        }
        mutating func localized() throws -> LocalizedText { LocalizedText(en: try string(), zh: try string()) }
        mutating func strings() throws -> [String] { try array { r in try r.string() } }
        mutating func enumeration<E: RawRepresentable>(_: E.Type) throws -> E where E.RawValue == String {
            guard let e = E(rawValue: try string()) else { throw Malformed() }
            return e
        }
        mutating func array<T>(_ element: (inout Reader) throws -> T) throws -> [T] {
            let count = try int()
            guard count <= bytes.count - at else { throw Malformed() }
            var out: [T] = []
            out.reserveCapacity(count)
            for _ in 0..<count { out.append(try element(&self)) }
            return out
        }
        mutating func section() throws -> SectionRef? {
            try flag() ? SectionRef(number: try string(), title: try string()) : nil
        }
        mutating func category() throws -> Category {
            Category(id: try string(), labels: try localized(), aliases: try strings(), definition: try localized(),
                     definitionSource: try enumeration(DefinitionSource.self), section: try section(),
                     children: try array { r in try r.category() })
        }
        mutating func evidence() throws -> [Evidence] {
            try array { r in
                Evidence(quote: try r.string(), gloss: try r.string(),
                         section: SectionRef(number: try r.string(), title: try r.string()))
            }
        }
        mutating func notes() throws -> [Note] {
            try array { r in Note(kind: try r.enumeration(Note.Kind.self), text: try r.localized(), evidence: try r.evidence()) }
        }
    }
}

extension StudyDump {
    /// The Swift source of `Sources/StudyIO/BuiltinStudyDump.swift` for `study`: the dump in a raw
    /// multi-line literal whose `#` delimiter is one longer than the longest run of `#` in it, so
    /// no text can end the literal or start an escape (the JSON's own embedding does the same).
    public static func swiftSource(for study: Study, from fileName: String) -> String {
        let dump = encode(study)
        var longest = 0, run = 0
        for b in dump.utf8 {
            run = b == UInt8(ascii: "#") ? run + 1 : 0
            longest = max(longest, run)
        }
        let hashes = String(repeating: "#", count: longest + 1)
        return """
            // Generated from \(fileName) by `CASEQL_UPDATE_GOLDEN=1 swift test --filter BuiltinStudyDump`
            // (Scripts/embed-study.sh runs it). Do not edit: a test checks it is the dump of the embedded JSON.

            extension BuiltinStudy {
                /// `StudyDump.encode` of the embedded study; a multi-line literal drops the line break before
                /// its closing delimiter, so the dump ends at the end of its last line.
                static let embeddedDump = \(hashes)\"\"\"
            \(dump)
            \"\"\"\(hashes)
            }

            """
    }
}
