import CaseModel
/// Turns a parsed document into a `Study`, checking every rule of the format and collecting every
/// problem it finds rather than stopping at the first. Readers return nil where a value is missing
/// or wrong (the problem has been reported); the study is only returned when nothing was reported.
final class StudyDecoder {
    let fileName: String
    private(set) var diagnostics: [StudyDiagnostic] = []
    private var droppedDiagnostics = 0
    /// The path of the value being read. Kept as a stack rather than built per value, so decoding a
    /// million cases does not build a million path strings.
    private(set) var path = JSONPath()

    // What the taxonomy and attributes declared, for checking the cases against.
    var categoryIDs: Set<String> = []
    var dimensionIDs: Set<String> = []
    var taxonomyNames = NameRegistry()
    var attributesByID: [String: AttributeDefinition] = [:]
    /// Every attribute id declared, including those whose declaration has problems (already
    /// reported): cases using them are not reported again.
    var declaredAttributeIDs: Set<String> = []
    /// How deep the category being read is nested.
    var categoryDepth = 0
    var attributeNames = NameRegistry()
    var valueNamesByAttribute: [String: NameRegistry] = [:]
    /// The document's bytes and where the root's `cases` elements are, when the parser deferred them.
    var deferredCases: (bytes: [UInt8], array: DeferredArray)?
    /// Range texts already parsed, with their bounds (at most `rangeCacheLimit`: a study whose
    /// ranges are all different gains nothing from keeping them).
    var rangeBounds: [String: (low: Double, high: Double)] = [:]
    static let rangeCacheLimit = 4096

    init(fileName: String) {
        self.fileName = fileName
    }

    // MARK: Reporting

    /// Reports a problem with the value at `position`, at the current path (plus `component`).
    /// The message is only built when it will be shown: a file with a million bad codes must not
    /// search for a million suggestions.
    func report(_ message: @autoclosure () -> String, at position: JSONPosition, component: JSONPath.Component? = nil) {
        report(message(), at: position, components: component.map { [$0] } ?? [])
    }

    func report(_ message: @autoclosure () -> String, at position: JSONPosition, components: [JSONPath.Component]) {
        guard diagnostics.count < StudyFormat.diagnosticLimit else {
            droppedDiagnostics += 1
            return
        }
        let full = JSONPath(path.components + components)
        diagnostics.append(StudyDiagnostic(file: fileName, position: position, path: full, message: message()))
    }

    /// The diagnostics in the order of the file, with a last line when some were left out.
    func sortedDiagnostics() -> [StudyDiagnostic] {
        var sorted = diagnostics.enumerated().sorted {
            ($0.element.position ?? JSONPosition(line: 0, column: 0), $0.offset)
                < ($1.element.position ?? JSONPosition(line: 0, column: 0), $1.offset)
        }.map(\.element)
        if droppedDiagnostics > 0 {
            sorted.append(StudyDiagnostic(file: fileName, position: nil,
                                          message: "\(droppedDiagnostics) more problems not shown"))
        }
        return sorted
    }

    /// Reads a nested value with `component` on the path.
    func at<T>(_ component: JSONPath.Component, _ body: () -> T) -> T {
        path.components.append(component)
        defer { path.components.removeLast() }
        return body()
    }

    // MARK: Objects

    /// An object's members, after reporting unknown keys (with a suggestion) and missing required ones.
    func object(_ node: JSONNode, required: [String], optional: [String] = []) -> ObjectFields? {
        guard case .object(let members) = node.content else {
            reportType(expected: "an object", found: node)
            return nil
        }
        for member in members where !required.contains(member.key) && !optional.contains(member.key) {
            var message = "unknown key '\(member.key)'"
            if let suggestion = Suggestions.closest(to: member.key, among: required + optional) {
                message += " (did you mean '\(suggestion)'?)"
            }
            report(message, at: member.keyPosition, component: .key(member.key))
        }
        for key in required where !members.contains(where: { $0.key == key }) {
            report("missing required key '\(key)'", at: node.position)
        }
        return ObjectFields(members: members)
    }

    /// Reads the member `key` with `read`, if it is present.
    func field<T>(_ fields: ObjectFields, _ key: String, _ read: (JSONNode) -> T?) -> T? {
        guard let node = fields[key] else { return nil }
        return at(.key(key)) { read(node) }
    }

    /// Reads every element of an array, each with its index on the path.
    func array<T>(_ node: JSONNode, _ read: (JSONNode) -> T?) -> [T]? {
        guard case .array(let elements) = node.content else {
            reportType(expected: "an array", found: node)
            return nil
        }
        var result: [T] = []
        result.reserveCapacity(elements.count)
        var complete = true
        for (i, element) in elements.enumerated() {
            if let value = at(.index(i), { read(element) }) {
                result.append(value)
            } else {
                complete = false
            }
        }
        return complete ? result : nil
    }

    // MARK: Scalars

    func reportType(expected: String, found node: JSONNode) {
        report("expected \(expected), found \(node.kindDescription)", at: node.position)
    }

    func string(_ node: JSONNode) -> String? {
        guard case .string(let s) = node.content else {
            reportType(expected: "a string", found: node)
            return nil
        }
        return s
    }

    func nonEmptyString(_ node: JSONNode) -> String? {
        guard let s = string(node) else { return nil }
        guard !s.isEmpty else {
            report("must not be empty", at: node.position)
            return nil
        }
        return s
    }

    func number(_ node: JSONNode) -> Double? {
        guard case .number(let d) = node.content else {
            reportType(expected: "a number", found: node)
            return nil
        }
        return d
    }

    func bool(_ node: JSONNode) -> Bool? {
        guard case .bool(let b) = node.content else {
            reportType(expected: "true or false", found: node)
            return nil
        }
        return b
    }

    /// An id: an ASCII identifier, so it can be typed in a query without quotes.
    func identifier(_ node: JSONNode) -> String? {
        guard let s = string(node) else { return nil }
        guard JSONPath.isPlainKey(s) else {
            report("'\(s)' is not a valid id (ids are ASCII identifiers: a letter or '_', then letters, digits or '_')",
                   at: node.position)
            return nil
        }
        return s
    }

    /// Aliases with their positions, so a colliding one can be pointed at.
    func aliases(_ node: JSONNode) -> [(name: String, position: JSONPosition)]? {
        array(node) { element in nonEmptyString(element).map { ($0, element.position) } }
    }

    /// `{"en": …, "zh": …}` (either may be missing or empty, not both), or a plain string: English
    /// when it is ASCII, Chinese otherwise.
    func localizedText(_ node: JSONNode) -> LocalizedText? {
        switch node.content {
        case .string(let s):
            guard !s.isEmpty else {
                report("text must not be empty", at: node.position)
                return nil
            }
            return s.utf8.allSatisfy { $0 < 0x80 } ? LocalizedText(en: s) : LocalizedText(zh: s)
        case .object:
            guard let fields = object(node, required: [], optional: ["en", "zh"]) else { return nil }
            let en = field(fields, "en", string)
            let zh = field(fields, "zh", string)
            let text = LocalizedText(en: en ?? "", zh: zh ?? "")
            if text.isEmpty, (fields["en"] == nil || en != nil), (fields["zh"] == nil || zh != nil) {
                report("text needs a non-empty 'en' or 'zh'", at: node.position)
                return nil
            }
            return text
        default:
            reportType(expected: "text (a string or {\"en\": …, \"zh\": …})", found: node)
            return nil
        }
    }
}

/// An object's members, looked up by key (objects in the format have a handful of keys, so a linear
/// search beats building a dictionary).
struct ObjectFields {
    let members: [JSONMember]

    subscript(key: String) -> JSONNode? {
        members.first { $0.key == key }?.value
    }
}
