import QueryResult

/// `crosstab DIM by ATTR|DIM [where COND] [show NOUN]`: NVivo's matrix coding query.
public struct Crosstab: StatementNode {
    public var rows: Name
    public var columns: Name
    public var condition: Condition?
    /// `show firms`: the noun as written, checked against the study's case noun.
    public var showNoun: Name?

    public init(rows: Name, columns: Name, condition: Condition? = nil, showNoun: Name? = nil) {
        self.rows = rows
        self.columns = columns
        self.condition = condition
        self.showNoun = showNoun
    }

    /// Cells list the cases instead of counting them.
    public var showCases: Bool { showNoun != nil }
}


extension Crosstab {
    public static let definition = StatementDefinition(
        keywords: [.crosstab],
        grammar: #"crosstab = "crosstab" , name , "by" , name , [ "where" , condition ] , [ "show" , noun ] ;"#,
        parse: { p throws(Diagnostic) in try p.parseCrosstab() },
        help: { p in
            let n = p.noun
            return [
            HelpBook.Entry(topic: "crosstab", aliases: ["matrix", "cross", "table"],
                  syntax: ["crosstab DIM by ATTR|DIM [where COND] [show \(n)]"],
                  summary: Localized.text(.helpCrosstabSummary, p.language, p.noun, String(p.noun.dropLastS)),
                  examples: HelpBook.present([
                    zip(p.dimension, p.crosstabColumns).map { "crosstab \($0) by \($1)" },
                    zip(p.dimension, p.otherDimension).map { "crosstab \($0) by \($1)" },
                    zip(zip(p.dimension, p.crosstabColumns), p.numberCondition).map { "crosstab \($0.0) by \($0.1) where \($1)" },
                    zip(p.dimension, p.crosstabColumns).map { "crosstab \($0) by \($1) show \(n)" },
                  ]), shellExamples: []),
            ]
        },
        complete: { $0.crosstabSlot() })

    public var printed: String {
        var text = "crosstab " + Printer.print(rows) + " by " + Printer.print(columns)
        if let condition { text += " where " + Printer.print(condition) }
        // The noun after `show` is checked by the resolver; any case noun parses to the same tree.
        if let showNoun { text += " show " + showNoun.text }
        return text
    }

    public func execute(in interpreter: Interpreter) throws(Diagnostic) -> StatementOutput {
        try interpreter.crosstab(self)
    }
}

extension Keyword {
    static let crosstab = Keyword("crosstab")
}

extension Parser {
    mutating func parseCrosstab() throws(Diagnostic) -> Crosstab {
        _ = advance()
        let rows = try parseName(what: "a dimension")
        _ = try expect(.by, context: "after the crosstab's rows")
        let columns = try parseName(what: "a dimension or attribute")
        var condition: Condition?
        if accept(.where) != nil { condition = try parseCondition() }
        var showNoun: Name?
        if accept(.show) != nil {
            guard case .identifier(let word) = current.kind else {
                throw unexpected(expected: ["the case noun (e.g. 'firms')"], context: "after 'show'")
            }
            showNoun = Name(word, range: advance().range)
        }
        return Crosstab(rows: rows, columns: columns, condition: condition, showNoun: showNoun)
    }
}

extension CompletionContext {
    /// `crosstab DIM by DIM|ATTR [where COND] [show NOUN]`
    func crosstabSlot() -> CompletionSlot {
        switch tokens.count {
        case 1: return .dimensions
        case 2: return .keywords(["by"])
        case 3: return .attributes(withDimensions: true, then: [])
        case 4: return .keywords(["where", "show"])
        default: break
        }
        guard let k = lastIndex(of: [.where, .show], from: 4) else { return .nothing }
        let rest = Array(tokens[(k + 1)...])
        if isKeyword(tokens[k], .show) { return rest.isEmpty ? .caseNoun : .nothing }
        return conditionSlot(rest, then: ["and", "or", "show"])
    }
}
