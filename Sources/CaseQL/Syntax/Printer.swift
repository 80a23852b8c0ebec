/// Prints statements back to source text that parses to the same AST (ranges aside): the form shown
/// when a statement is echoed or rewritten, and what the round-trip property tests check.
///
/// Parentheses are written only where the grammar needs them (`or` inside `and`, `and`/`or` under
/// `not`) and where an n-ary node nests directly in one of its own kind, which parsing would not
/// produce on its own. Names are written bare when they lex back as the same bare name, else quoted.
/// Recursion follows nesting depth only; `and`/`or` lists of any length are loops.
public enum Printer {
    /// Statements separated by `;` and a line break.
    public static func print(_ statements: [Statement]) -> String {
        statements.map(print).joined(separator: ";\n")
    }

    public static func print(_ statement: Statement) -> String {
        statement.printed
    }

    public static func print(_ query: Query) -> String {
        var text = query.kind.rawValue + " " + query.noun.text
        if !query.show.isEmpty { text += " show " + query.show.map(print).joined(separator: ", ") }
        if let condition = query.condition { text += " where " + print(condition) }
        if !query.groupBy.isEmpty { text += " group by " + query.groupBy.map(print).joined(separator: ", ") }
        if !query.order.isEmpty {
            text += " order by " + query.order.map { item in
                // `order by count` is the keyword; a quoted "count" would name an attribute.
                let key = item.key
                var written = !key.quoted && key.text == Keyword.count.rawValue ? key.text : print(key)
                if let d = item.codesIn { written += " in " + print(d) }
                return item.direction == .desc ? written + " desc" : written
            }.joined(separator: ", ")
        }
        if let limit = query.limit { text += " limit \(limit)" }
        return text
    }

    public static func print(_ target: ShowTarget) -> String {
        switch target {
        case .taxonomy: return "taxonomy"
        case .dimensions: return "dimensions"
        case .attributes: return "attributes"
        case .categories(nil): return "categories"
        case .categories(let dimension?): return "categories " + print(dimension)
        case .cases(let noun): return noun.text
        case .notes: return "notes"
        case .study: return "study"
        }
    }

    public static func print(_ condition: Condition) -> String {
        switch condition {
        case .or(let items):
            return items.map { item in
                if case .or = item { return "(" + print(item) + ")" }
                return print(item)
            }.joined(separator: " or ")
        case .and(let items):
            return items.map { item in
                switch item {
                case .and, .or: return "(" + print(item) + ")"
                default: return print(item)
                }
            }.joined(separator: " and ")
        case .not(let inner, _):
            switch inner {
            case .and, .or: return "not (" + print(inner) + ")"
            default: return "not " + print(inner)
            }
        case .includes(let dimension, let quantifier, let categories):
            guard let quantifier else {
                return print(dimension) + " includes " + (categories.first.map(print) ?? "")
            }
            return print(dimension) + " includes " + quantifier.rawValue + " (" + categories.map(print).joined(separator: ", ") + ")"
        case .has(let name):
            return "has " + print(name)
        case .category(let name):
            return print(name)
        case .compare(let attribute, let op, let value):
            return print(attribute) + " " + op.rawValue + " " + print(value)
        case .isIn(let attribute, let values):
            return print(attribute) + " in (" + values.map(print).joined(separator: ", ") + ")"
        case .between(let attribute, let low, let high):
            return print(attribute) + " between " + print(low) + " and " + print(high)
        case .contains(let attribute, let text):
            return print(attribute) + " contains " + print(text)
        case .codeCount(let count, let op, let value):
            return print(count) + " " + op.rawValue + " " + print(value)
        case .evidenceContains(let category, let text, _):
            return "evidence" + (category.map { " for " + print($0) } ?? "") + " contains " + print(text)
        }
    }

    static func print(_ item: ShowItem) -> String {
        switch item {
        case .name(let name): return print(name)
        case .codes(let count): return print(count)
        }
    }

    static func print(_ count: CodeCount) -> String {
        "codes" + (count.dimension.map { " in " + print($0) } ?? "")
    }

    static func print(_ value: Value) -> String {
        switch value.literal {
        case .number(_, let text): return text
        case .word(let word, let quoted): return quoted || !isBareName(word) ? quote(word) : word
        }
    }

    static func print(_ name: Name) -> String {
        name.quoted || !isBareName(name.text) ? quote(name.text) : name.text
    }

    /// A double-quoted string; a quote inside is doubled, as the lexer reads it.
    static func quote(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            if scalar == "\"" { result += "\"\"" } else { result.unicodeScalars.append(scalar) }
        }
        return result + "\""
    }

    /// Whether `text` lexes as one bare name with this text (and not as a keyword).
    static func isBareName(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard let first = scalars.first, Lexer.isNameStart(first), Keyword(rawValue: text.lowercased()) == nil else {
            return false
        }
        var i = 1
        while i < scalars.count {
            let c = scalars[i]
            if c == ".", i + 1 < scalars.count, Lexer.isNameStart(scalars[i + 1]) {
                i += 1
            } else if !Lexer.isNamePart(c) {
                return false
            }
            i += 1
        }
        return true
    }
}
