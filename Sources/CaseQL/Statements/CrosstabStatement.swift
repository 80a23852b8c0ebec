import QueryResult

/// `crosstab DIM by ATTR|DIM [where COND] [show NOUN]`: NVivo's matrix coding query.
public struct Crosstab: StatementNode {
    public var rows: Name
    public var columns: Name
    public var condition: Condition?
    /// `show firms`: the noun as written, checked against the study's case noun.
    public var showNoun: Name?
    /// `percent row|column|total`: cells as a share of their row's, column's or the grand total.
    public var percent: PercentBase?

    public enum PercentBase: String, Sendable, Hashable, CaseIterable {
        case row, column, total
    }

    public init(rows: Name, columns: Name, condition: Condition? = nil, showNoun: Name? = nil, percent: PercentBase? = nil) {
        self.rows = rows
        self.columns = columns
        self.condition = condition
        self.showNoun = showNoun
        self.percent = percent
    }

    /// Cells list the cases instead of counting them.
    public var showCases: Bool { showNoun != nil }
}


extension Crosstab {
    public static let definition = StatementDefinition(
        keywords: [.crosstab],
        grammar: #"crosstab = "crosstab" , name , "by" , name , [ "where" , condition ] , [ "percent" , ( "row" | "column" | "total" ) ] , [ "show" , noun ] ;"#,
        parse: { p throws(Diagnostic) in try p.parseCrosstab() },
        help: { p in
            let n = p.noun
            return [
            HelpBook.Entry(topic: "crosstab", aliases: ["cross", "table", "co-occurrence"],
                  syntax: ["crosstab DIM|CAT|ATTR by DIM|CAT|ATTR [where COND] [percent row|column|total] [show \(n)]"],
                  summary: Localized.text(.helpCrosstabSummary, p.language, p.noun, String(p.noun.dropLastS)),
                  examples: HelpBook.present([
                    zip(p.dimension, p.crosstabColumns).map { "crosstab \($0) by \($1)" },
                    zip(p.dimension, p.otherDimension).map { "crosstab \($0) by \($1)" },
                    zip(zip(p.dimension, p.crosstabColumns), p.numberCondition).map { "crosstab \($0.0) by \($0.1) where \($1)" },
                    zip(p.dimension, p.crosstabColumns).map { "crosstab \($0) by \($1) show \(n)" },
                    zip(p.dimension, p.otherDimension).map { "crosstab \($0) by \($1) percent row" },
                    p.dimension.map { "crosstab \($0) by \($0)" },
                  ]), shellExamples: []),
            ]
        },
        complete: { $0.crosstabSlot() })

    public var printed: String {
        var text = "crosstab " + Printer.print(rows) + " by " + Printer.print(columns)
        if let condition { text += " where " + Printer.print(condition) }
        if let percent { text += " percent " + percent.rawValue }
        // The noun after `show` is checked by the resolver; any case noun parses to the same tree.
        if let showNoun { text += " show " + showNoun.text }
        return text
    }

    public func execute(in interpreter: Interpreter) throws(Diagnostic) -> StatementOutput {
        if let backend = interpreter.backend { return try interpreter.crosstab(self, cellsFrom: backend) }
        return try interpreter.crosstab(self)
    }
}

extension Keyword {
    static let crosstab = Keyword("crosstab")
}

extension Parser {
    mutating func parseCrosstab() throws(Diagnostic) -> Crosstab {
        _ = advance()
        let rows = try parseName(what: "a dimension, category or attribute")
        _ = try expect(.by, context: "after the crosstab's rows")
        let columns = try parseName(what: "a dimension or attribute")
        var condition: Condition?
        if accept(.where) != nil { condition = try parseCondition() }
        var percent: Crosstab.PercentBase?
        if let word = acceptWord("percent") {
            guard case .identifier(let base) = current.kind, let p = Crosstab.PercentBase(rawValue: base.lowercased()) else {
                var d = unexpected(expected: ["'row'", "'column'", "'total'"], context: "after '\(word.text)'")
                if case .identifier(let w) = current.kind,
                   let guess = Suggestions.closest(to: w, among: Crosstab.PercentBase.allCases.map(\.rawValue)) {
                    d.notes.append("help: did you mean '\(guess)'?")
                }
                throw d
            }
            _ = advance()
            percent = p
        }
        var showNoun: Name?
        if accept(.show) != nil {
            guard case .identifier(let word) = current.kind else {
                throw unexpected(expected: ["the case noun (e.g. 'firms')"], context: "after 'show'")
            }
            showNoun = Name(word, range: advance().range)
        }
        if let percent, let showNoun {
            throw Diagnostic("'percent \(percent.rawValue)' gives shares, 'show \(showNoun.text)' names: choose one", at: showNoun.range)
        }
        return Crosstab(rows: rows, columns: columns, condition: condition, showNoun: showNoun, percent: percent)
    }
}

extension CompletionContext {
    /// `crosstab DIM by DIM|ATTR [where COND] [show NOUN]`
    func crosstabSlot() -> CompletionSlot {
        switch tokens.count {
        case 1: return .attributes(withDimensions: true, then: [])
        case 2: return .keywords(["by"])
        case 3: return .attributes(withDimensions: true, then: [])
        case 4: return .keywords(["where", "percent", "show"])
        default: break
        }
        if case .identifier(let w) = tokens[tokens.count - 1].kind, w.lowercased() == "percent" {
            return .keywords(Crosstab.PercentBase.allCases.map(\.rawValue))
        }
        guard let k = lastIndex(of: [.where, .show], from: 4) else {
            return tokens.count == 6 ? .keywords(["show"]) : .nothing
        }
        let rest = Array(tokens[(k + 1)...])
        if isKeyword(tokens[k], .show) { return rest.isEmpty ? .caseNoun : .nothing }
        return conditionSlot(rest, then: ["and", "or", "percent", "show"])
    }
}
