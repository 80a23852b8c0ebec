import CaseModel

/// The interface's own words in every language it speaks. One catalogue (`Catalogue.entries`) holds
/// each message's English beside its Chinese; a message is looked up by key and filled with its
/// arguments, which replace `{1}`, `{2}` … in order (a translation may place them differently).
public enum Localized {
    /// The message `key` in `language`, its placeholders filled from `arguments`.
    public static func text(_ key: Message, _ language: LocalizedText.Language, _ arguments: String...) -> String {
        fill(template(key, language), arguments)
    }

    /// The template of `key` in `language`, with its placeholders.
    static func template(_ key: Message, _ language: LocalizedText.Language) -> String {
        guard let entry = Catalogue.entries[key] else { return key.rawValue }
        return language == .zh && !entry.zh.isEmpty ? entry.zh : entry.en
    }

    static func fill(_ template: String, _ arguments: [String]) -> String {
        guard !arguments.isEmpty else { return template }
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"), let n = Int(after[..<close]), n >= 1, n <= arguments.count {
                out += arguments[n - 1]
                rest = after[after.index(after: close)...]
            } else {
                out.append("{")
                rest = after
            }
        }
        return out + rest
    }

    /// The language a locale asks for: the first set of `LC_ALL`, `LC_MESSAGES`, `LANG` (as POSIX
    /// orders them) decides; Chinese for `zh…`, English otherwise.
    public static func language(fromLocale values: [String?]) -> LocalizedText.Language {
        guard let value = values.compactMap({ $0 }).first(where: { !$0.isEmpty }) else { return .en }
        return value.lowercased().hasPrefix("zh") ? .zh : .en
    }

    /// The placeholders a template uses, for the catalogue's test.
    static func placeholders(_ template: String) -> Set<Int> {
        var found = Set<Int>()
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"), let n = Int(after[..<close]) { found.insert(n) }
            rest = after
        }
        return found
    }
}
