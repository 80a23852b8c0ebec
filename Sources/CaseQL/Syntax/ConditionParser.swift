extension Parser {
    /// `or` binds loosest, then `and`, then `not`.
    mutating func parseCondition() throws(Diagnostic) -> Condition {
        try nest()
        defer { depth -= 1 }
        var items = [try parseAnd()]
        while accept(.or) != nil {
            items.append(try parseAnd())
        }
        return items.count == 1 ? items[0] : .or(items)
    }

    mutating func parseAnd() throws(Diagnostic) -> Condition {
        var items = [try parseUnary()]
        while accept(.and) != nil {
            items.append(try parseUnary())
        }
        return items.count == 1 ? items[0] : .and(items)
    }

    mutating func parseUnary() throws(Diagnostic) -> Condition {
        // `not not … not x` is a loop, not recursion, so a long chain cannot overflow the stack.
        var nots: [SourceRange] = []
        defer { depth -= nots.count }
        while let t = accept(.not) {
            nots.append(t.range)
            try nest()
        }
        var condition = try parsePrimary()
        for r in nots.reversed() {
            condition = .not(condition, range: r.to(condition.range))
        }
        return condition
    }

    mutating func nest() throws(Diagnostic) {
        depth += 1
        if depth > Limits.maxNesting {
            throw Diagnostic("conditions nested too deeply (the limit is \(Limits.maxNesting))", at: current.range)
        }
    }

    mutating func parsePrimary() throws(Diagnostic) -> Condition {
        if let open = accept(.lparen) {
            let inner = try parseCondition()
            if accept(.rparen) == nil {
                var d = unexpected(expected: ["')'"], context: "to close the parenthesis")
                d.labels.append(Diagnostic.Label(Localized.text(.errorParenOpened, language), at: open.range))
                throw d
            }
            return inner
        }
        if accept(.has) != nil {
            return .has(try parseName(what: "a dimension or category"))
        }
        if let evidence = accept(.evidence) {
            var category: Name?
            if case .identifier(let w) = current.kind, w.lowercased() == "for" {
                _ = advance()
                category = try parseName(what: "a category or dimension")
            }
            _ = try expect(.contains, context: "after 'evidence'")
            let text = try parseValue()
            return .evidenceContains(category: category, text: text, range: evidence.range.to(text.range))
        }
        let subject: Name
        switch current.kind {
        case .identifier, .string:
            subject = try parseName(what: "a condition")
            if Parser.isCodes(subject) {
                var count = CodeCount(range: subject.range)
                if check(.in), tokens[index + 1].kind != .lparen {
                    _ = advance()
                    count.dimension = try parseName(what: "a dimension")
                }
                if let op = acceptComparison() {
                    return .codeCount(count, op: op, value: try parseValue())
                }
                if count.dimension != nil {
                    throw unexpected(expected: ["a comparison such as '> 2'"], context: "after 'codes in \(count.dimension!.text)'")
                }
            }
        default:
            throw unexpected(expected: ["a dimension", "an attribute", "'has'", "'not'", "'('"], context: "in the condition")
        }
        switch current.kind {
        case .keyword(.includes):
            _ = advance()
            return try parseIncludes(dimension: subject)
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual:
            let op = acceptComparison()!
            return .compare(attribute: subject, op: op, value: try parseValue())
        case .keyword(.in):
            _ = advance()
            return .isIn(attribute: subject, values: try parseValueList())
        case .keyword(.not) where tokens[index + 1].kind == .keyword(.in):
            let notToken = advance()
            _ = advance()
            let values = try parseValueList()
            let inner = Condition.isIn(attribute: subject, values: values)
            return .not(inner, range: subject.range.to(notToken.range).to(inner.range))
        case .keyword(.between):
            _ = advance()
            let low = try parseValue()
            _ = try expect(.and, context: "between the bounds of 'between'")
            let high = try parseValue()
            return .between(attribute: subject, low: low, high: high)
        case .keyword(.contains):
            _ = advance()
            return .contains(attribute: subject, text: try parseValue())
        default:
            // A bare category stands for "coded for it".
            return .category(subject)
        }
    }

    mutating func acceptComparison() -> Comparison? {
        let op: Comparison
        switch current.kind {
        case .equal: op = .equal
        case .notEqual: op = .notEqual
        case .less: op = .less
        case .lessEqual: op = .lessEqual
        case .greater: op = .greater
        case .greaterEqual: op = .greaterEqual
        default: return nil
        }
        _ = advance()
        return op
    }

    mutating func parseIncludes(dimension: Name) throws(Diagnostic) -> Condition {
        var quantifier: Quantifier?
        if accept(.any) != nil { quantifier = .any } else if accept(.all) != nil { quantifier = .all }
        if quantifier == nil, check(.lparen) {
            throw Diagnostic("a list of categories needs 'any' or 'all'", at: current.range,
                             notes: ["help: write '\(dimension.text) includes any (…)' or '\(dimension.text) includes all (…)'"])
        }
        guard quantifier != nil else {
            return .includes(dimension: dimension, quantifier: nil, categories: [try parseName(what: "a category")])
        }
        _ = try expect(.lparen, "'('", context: "after '\(quantifier!.rawValue)'")
        var categories = [try parseName(what: "a category")]
        while accept(.comma) != nil {
            categories.append(try parseName(what: "a category"))
            if categories.count > Limits.maxListItems {
                throw Diagnostic("too many items in the list (the limit is \(Limits.maxListItems))", at: current.range)
            }
        }
        _ = try expect(.rparen, "')'", context: "to close the list")
        return .includes(dimension: dimension, quantifier: quantifier, categories: categories)
    }

    mutating func parseValueList() throws(Diagnostic) -> [Value] {
        _ = try expect(.lparen, "'('", context: "to open the list of values")
        var values = [try parseValue()]
        while accept(.comma) != nil {
            values.append(try parseValue())
            if values.count > Limits.maxListItems {
                throw Diagnostic("too many items in the list (the limit is \(Limits.maxListItems))", at: current.range)
            }
        }
        _ = try expect(.rparen, "')'", context: "to close the list")
        return values
    }

    mutating func parseValue() throws(Diagnostic) -> Value {
        switch current.kind {
        case .number(let text):
            let t = advance()
            // Compared after rounding: 2^53 + 1 reads as 2^53, which is past the limit.
            guard let d = Double(text), d.isFinite, abs(d) <= Limits.maxNumber else {
                throw Diagnostic("number out of range: \(text) (numbers are limited to ±\(Int(Limits.maxNumber)))", at: t.range)
            }
            return Value(literal: .number(d, text: text), range: t.range)
        case .string(let s):
            let t = advance()
            return Value(literal: .word(s, quoted: true), range: t.range)
        case .identifier(let s):
            let t = advance()
            return Value(literal: .word(s, quoted: false), range: t.range)
        default:
            throw unexpected(expected: ["a value"])
        }
    }
}
