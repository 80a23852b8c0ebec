import CaseModel
import QueryResult

extension Localized {
    /// The message `key` in `language` as runs of a document: the template's text as plain runs, each
    /// `{n}` replaced by the n-th run given, so a name or a query keeps its kind (a terminal or
    /// Markdown shows it as such) wherever a translation places it.
    static func inlines(_ key: Message, _ language: LocalizedText.Language, _ arguments: [Inline]) -> [Inline] {
        var out: [Inline] = []
        var text = ""
        var rest = Substring(template(key, language))
        while let open = rest.firstIndex(of: "{") {
            text += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"), let n = Int(after[..<close]), n >= 1, n <= arguments.count {
                if !text.isEmpty { out.append(.plain(text)) }
                text = ""
                out.append(arguments[n - 1])
                rest = after[after.index(after: close)...]
            } else {
                text.append("{")
                rest = after
            }
        }
        text += rest
        if !text.isEmpty { out.append(.plain(text)) }
        return out
    }

    /// "dimension" for 1, "dimensions" otherwise: English inflects the noun after a number; Chinese
    /// templates use a measure word (`{1} 个维度`) and leave this argument out.
    static func plural(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        n == 1 ? singular : plural ?? singular + "s"
    }
}
