import CaseModel

/// The items of "expected X, found Y" in Chinese. The parser and every statement's parse name what
/// they expect in English (`parseName(what: "a dimension")`), and `Diagnostic.expected` keeps that
/// English for programs and completion; this table is where the Chinese of each item lives, keyed
/// by the English, so a statement file needs no change to be read in Chinese. A test checks that
/// every item written in the sources has its Chinese here. Quoted tokens (`'by'`) are the language
/// and stay as they are.
enum ExpectedItems {
    static let zh: [String: String] = [
        "a dimension": "维度",
        "a category": "类别",
        // QCA statements
        "a condition name": "条件名称",
        "a numeric attribute": "数值型属性",
        "an expectation (C, ~C or -)": "方向预期（C、~C 或 -）",
        "the name of the new set": "新集合的名称",
        "the outcome (a category, or ~ and a category)": "结果（一个类别，或 ~ 加一个类别）",
        "an attribute": "属性",
        "a condition": "条件",
        "a condition (a category)": "条件（一个类别）",
        "a category or dimension": "类别或维度",
        "a dimension or category": "维度或类别",
        "a dimension or attribute": "维度或属性",
        "a dimension, category or attribute": "维度、类别或属性",
        "a category, dimension or attribute to explain": "要解释的类别、维度或属性",
        "a dimension, category, attribute or 'codes' to show": "要显示的维度、类别、属性或 'codes'",
        "a dimension, a category, 'questions' or 'seed'": "维度、类别、'questions' 或 'seed'",
        "a case name": "案例名称",
        "the case noun (e.g. 'firms')": "案例名词（如 'firms'）",
        "the outcome (a category)": "结果（一个类别）",
        "an attribute to order by": "用于排序的属性",
        "an attribute or dimension to group by": "用于分组的属性或维度",
        "a second attribute or dimension to group by": "用于分组的第二个属性或维度",
        "a whole number": "整数",
        "a value": "值",
        "a help topic": "帮助主题",
        "a comparison such as '> 2'": "比较，如 '> 2'",
        "end of line": "行尾",
    ]

    /// Where the parser was, for "expected X after Y"; "after 'group'" and its kin by pattern.
    static let contextsZh: [String: String] = [
        "after the crosstab's rows": "在交叉表的行之后",
        "after the outcome": "在结果之后",
        "after the statement": "在语句之后",
        "between the bounds of 'between'": "在 'between' 的两个界值之间",
        "in the condition": "在条件中",
        "to close the list": "以闭合列表",
        "to close the parenthesis": "以闭合括号",
        "to open the list of values": "以开始取值列表",
    ]

    /// An item in `language`: its Chinese when the table has it, a quoted token as it is.
    static func item(_ english: String, _ language: LocalizedText.Language) -> String {
        guard language == .zh else { return english }
        return zh[english] ?? english
    }

    static func context(_ english: String, _ language: LocalizedText.Language) -> String {
        guard language == .zh else { return english }
        if let text = contextsZh[english] { return text }
        if english.hasPrefix("after ") { return "在 " + english.dropFirst("after ".count) + " 之后" }
        return english
    }

    /// What the parser found, as the message names it: `name 'x'`, `end of line` … in `language`.
    static func found(_ token: Token, _ language: LocalizedText.Language) -> String {
        guard language == .zh else { return token.description }
        switch token.kind {
        case .identifier(let s): return Localized.text(.foundName, language, s)
        case .string(let s): return Localized.text(.foundString, language, s)
        case .number(let s): return Localized.text(.foundNumber, language, s)
        case .newline: return Localized.text(.foundEndOfLine, language)
        case .end: return Localized.text(.foundEndOfInput, language)
        default: return token.description
        }
    }
}
