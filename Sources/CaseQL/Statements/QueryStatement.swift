import QueryResult

/// `select NOUN …` and `count NOUN …`: the cases that match a condition, listed, grouped or counted.
extension Query: StatementNode {
    public static let definition = StatementDefinition(
        keywords: [.select, .count],
        grammar: """
            query = ( "select" | "count" ) , noun , [ "show" , item , { "," , item } ] , [ "where" , condition ] ,
                    [ "group" , "by" , item , [ "," , item ] ] , [ "order" , "by" , sortkey , { "," , sortkey } ] ,
                    [ "limit" , number ] ;
            """,
        parse: { p throws(Diagnostic) in try p.parseQuery() },
        help: { p in
            let n = p.noun
            let includes = p.includes
            return [
            HelpBook.Entry(topic: "select", aliases: ["group", "order", "by", "limit", "asc", "desc", "query"],
                  syntax: ["select \(n) [where COND] [group by ATTR|DIM|CAT] [order by KEY [asc|desc], …] [limit N]"],
                  summary: Localized.text(.helpSelectSummary, p.language, p.noun, String(p.noun.dropLastS)),
                  examples: HelpBook.present([
                    includes.map { "select \(n) where \($0)" },
                    "select \(n)",
                    p.enumerationCondition.map { c in "select \(n) where \(c)" + (p.numberAttribute.map { " order by \($0) desc limit 5" } ?? "") },
                    zip(p.dimension, p.enumerationAttribute).map { "select \(n) where has \($0) group by \($1)" },
                  ]), shellExamples: []),
            HelpBook.Entry(topic: "count", aliases: ["how many"],
                  syntax: ["count \(n) [where COND] [group by ATTR|DIM|CAT] [order by count|GROUP [asc|desc]] [limit N]"],
                  summary: Localized.text(.helpCountSummary, p.language, p.noun, String(p.noun.dropLastS)),
                  examples: HelpBook.present([
                    p.dimension.map { "count \(n) group by \($0)" },
                    "count \(n)",
                    zip(p.numberCondition, p.enumerationAttribute).map { "count \(n) where \($0) group by \($1) order by count desc" },
                  ]), shellExamples: []),
            ]
        },
        complete: { $0.querySlot() })

    public var printed: String { Printer.print(self) }

    public func execute(in interpreter: Interpreter) throws(Diagnostic) -> StatementOutput {
        let plan = try interpreter.resolver.plan(self)
        let runner = QueryRunner(index: interpreter.index, caseNoun: interpreter.study.caseNoun,
                                 language: interpreter.language, study: interpreter.study,
                                 memberships: interpreter.memberships)
        if let backend = interpreter.backend,
           let answer = try backend.answer(plan, study: interpreter.study, index: interpreter.index,
                                           language: interpreter.language, at: noun.range) {
            return .table(runner.table(plan, answer: answer))
        }
        return .table(runner.run(plan))
    }
}

extension Keyword {
    static let select = Keyword("select")
    // `count` is declared with the clause words: it is also `order by count`.
}

extension Parser {
    mutating func parseQuery() throws(Diagnostic) -> Query {
        let kind: Query.Kind = advance().kind == .keyword(.select) ? .select : .count
        guard case .identifier(let noun) = current.kind else {
            throw unexpected(expected: ["the case noun (e.g. 'firms')"], context: "after '\(kind.rawValue)'")
        }
        var query = Query(kind: kind, noun: Name(noun, range: advance().range))
        if let show = accept(.show) {
            if kind == .count {
                throw Diagnostic("'show' lists columns of 'select'; 'count' has none", at: show.range,
                                 notes: ["help: write 'select \(noun) show …'"])
            }
            repeat {
                query.show.append(try parseItem(what: "a dimension, category, attribute or 'codes' to show"))
                if query.show.count > Limits.maxListItems {
                    throw Diagnostic("too many items in the list (the limit is \(Limits.maxListItems))", at: query.show.last!.range)
                }
            } while accept(.comma) != nil
        }
        if accept(.where) != nil {
            query.condition = try parseCondition()
        }
        if accept(.group) != nil {
            _ = try expect(.by, context: "after 'group'")
            query.groupBy.append(try parseItem(what: "an attribute or dimension to group by"))
            if accept(.comma) != nil {
                query.groupBy.append(try parseItem(what: "a second attribute or dimension to group by"))
                if check(.comma) {
                    throw Diagnostic("'group by' takes at most two keys", at: current.range)
                }
            }
        }
        if let order = accept(.order) {
            query.orderRange = order.range
            _ = try expect(.by, context: "after 'order'")
            repeat {
                let key: Name
                if let count = accept(.count) {
                    key = Name("count", range: count.range)
                } else {
                    key = try parseName(what: "an attribute to order by")
                }
                var item = OrderItem(key: key)
                if Parser.isCodes(key), accept(.in) != nil {
                    item.codesIn = try parseName(what: "a dimension")
                }
                if accept(.desc) != nil { item.direction = .desc } else { _ = accept(.asc) }
                query.order.append(item)
                if query.order.count > Limits.maxSortKeys {
                    throw Diagnostic("too many sort keys (the limit is \(Limits.maxSortKeys))", at: key.range)
                }
            } while accept(.comma) != nil
        }
        if accept(.limit) != nil {
            guard case .number(let text) = current.kind else {
                throw unexpected(expected: ["a whole number"], context: "after 'limit'")
            }
            let t = advance()
            guard let n = Int(text), n >= 0, n <= Limits.maxLimit else {
                throw Diagnostic("limit must be a whole number from 0 to \(Limits.maxLimit), found \(text)", at: t.range)
            }
            query.limit = n
            query.limitRange = t.range
        }
        if check(.show) {
            throw Diagnostic("'show' is out of place: it comes right after the case noun", at: current.range)
        }
        if case .keyword(let k) = current.kind, [.where, .group, .order, .limit].contains(k) {
            throw Diagnostic("'\(k.rawValue)' is out of place: clauses go in the order where, group by, order by, limit",
                             at: current.range)
        }
        return query
    }

    /// The contextual word `codes` (bare, any case): a count of codes, not a name.
    static func isCodes(_ name: Name) -> Bool { !name.quoted && name.text.lowercased() == "codes" }

    /// A dimension, category or attribute by name, or `codes [in DIM]`.
    mutating func parseItem(what: String) throws(Diagnostic) -> ShowItem {
        let name = try parseName(what: what)
        guard Parser.isCodes(name) else { return .name(name) }
        var count = CodeCount(range: name.range)
        if accept(.in) != nil { count.dimension = try parseName(what: "a dimension") }
        return .codes(count)
    }
}

extension CompletionContext {
    /// `select|count NOUN [where COND] [group by X] [order by X [asc|desc]] [limit N]`
    func querySlot() -> CompletionSlot {
        if tokens.count == 1 { return .caseNoun }
        let clauses: [Keyword] = [.show, .where, .group, .order, .limit]
        let isSelect = isKeyword(tokens[0], .select)
        guard let k = lastIndex(of: clauses, from: 2), case .keyword(let clause) = tokens[k].kind else {
            return tokens.count == 2 ? .keywords((isSelect ? ["show"] : []) + ["where", "group", "order", "limit"]) : .nothing
        }
        let rest = Array(tokens[(k + 1)...])
        switch clause {
        case .show:
            if rest.isEmpty || rest.last?.kind == .comma {
                return .all([.attributes(withDimensions: true, then: ["codes"]), .categories(dimensions: nil, then: [])])
            }
            return .keywords(["where", "group", "order", "limit"])
        case .where:
            return conditionSlot(rest, then: ["and", "or", "group", "order", "limit"])
        case .group:
            switch rest.count {
            case 0: return .keywords(["by"])
            case 1: return .attributes(withDimensions: true, then: [])
            case 2: return .keywords(["order", "limit"])
            default: return .nothing
            }
        case .order:
            switch rest.count {
            case 0: return .keywords(["by"])
            case 1: return .attributes(withDimensions: false, then: ["count"])
            case 2: return .keywords(["asc", "desc", "limit"])
            case 3 where isKeyword(rest[2], .asc) || isKeyword(rest[2], .desc): return .keywords(["limit"])
            default: return .nothing
            }
        default:
            return .nothing
        }
    }
}
