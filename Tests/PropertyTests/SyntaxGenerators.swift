import PropertyBased
@testable import CaseQL

/// Random statements over a small vocabulary that covers the lexer's corners: qualified and
/// Chinese names, keywords and spaces that must be quoted, doubled quotes, emoji and combining
/// marks, negative and fractional numbers. Every tree is one the parser could have produced
/// (n-ary nodes have two or more items, `order` and `limit` carry their ranges).
enum SyntaxGen {
    static let bareNames = ["org", "financing", "crowdfunding", "financing.crowdfunding", "country", "founded",
                            "研发部门", "é_x", "A1", "Firms", "x"]
    static let quotedNames = ["select", "two words", "quote\"inside", "", "👩‍👩‍👧", "e\u{301}", "11~50", "and", "count"]
    static let numbers = ["0", "12", "-5", "3.25", "2014", "9007199254740991"]

    static func name(_ rng: inout some RandomNumberGenerator) -> Name {
        if Bool.random(using: &rng) {
            return Name(bareNames.randomElement(using: &rng)!, range: noRange)
        }
        return Name(quotedNames.randomElement(using: &rng)!, range: noRange, quoted: true)
    }

    static func value(_ rng: inout some RandomNumberGenerator) -> Value {
        switch Int.random(in: 0..<3, using: &rng) {
        case 0:
            let text = numbers.randomElement(using: &rng)!
            return Value(literal: .number(Double(text)!, text: text), range: noRange)
        case 1:
            return Value(literal: .word(bareNames.randomElement(using: &rng)!, quoted: false), range: noRange)
        default:
            return Value(literal: .word(quotedNames.randomElement(using: &rng)!, quoted: true), range: noRange)
        }
    }

    static func names(_ rng: inout some RandomNumberGenerator) -> [Name] {
        (0..<Int.random(in: 1...3, using: &rng)).map { _ in name(&rng) }
    }

    static func leaf(_ rng: inout some RandomNumberGenerator) -> Condition {
        switch Int.random(in: 0..<11, using: &rng) {
        case 0: return .includes(dimension: name(&rng), quantifier: nil, categories: [name(&rng)])
        case 1: return .includes(dimension: name(&rng), quantifier: Bool.random(using: &rng) ? .any : .all, categories: names(&rng))
        case 2: return .has(name(&rng))
        case 3: return .category(name(&rng))
        case 4: return .compare(attribute: name(&rng), op: Comparison.allCases.randomElement(using: &rng)!, value: value(&rng))
        case 5: return .isIn(attribute: name(&rng), values: (0..<Int.random(in: 1...3, using: &rng)).map { _ in value(&rng) })
        case 6: return .between(attribute: name(&rng), low: value(&rng), high: value(&rng))
        case 7: return .contains(attribute: name(&rng), text: value(&rng))
        case 8: return .codeCount(CodeCount(range: noRange, dimension: Bool.random(using: &rng) ? name(&rng) : nil),
                                  op: Comparison.allCases.randomElement(using: &rng)!, value: value(&rng))
        case 9: return .evidenceContains(category: Bool.random(using: &rng) ? name(&rng) : nil, text: value(&rng), range: noRange)
        default: return .not(.isIn(attribute: name(&rng), values: [value(&rng)]), range: noRange)
        }
    }

    static func condition(depth: Int, _ rng: inout some RandomNumberGenerator) -> Condition {
        guard depth > 0 else { return leaf(&rng) }
        func items(_ rng: inout some RandomNumberGenerator) -> [Condition] {
            (0..<Int.random(in: 2...4, using: &rng)).map { _ in condition(depth: depth - 1, &rng) }
        }
        switch Int.random(in: 0..<4, using: &rng) {
        case 0: return .and(items(&rng))
        case 1: return .or(items(&rng))
        case 2: return .not(condition(depth: depth - 1, &rng), range: noRange)
        default: return leaf(&rng)
        }
    }

    static func statement(_ rng: inout some RandomNumberGenerator) -> Statement {
        switch Int.random(in: 0..<10, using: &rng) {
        case 0, 1, 2, 3:
            var query = Query(kind: Bool.random(using: &rng) ? .select : .count,
                              noun: Name(["firms", "cases", "Firms"].randomElement(using: &rng)!, range: noRange))
            if Bool.random(using: &rng) { query.condition = condition(depth: Int.random(in: 0...3, using: &rng), &rng) }
            if query.kind == .select, Bool.random(using: &rng) {
                query.show = (0..<Int.random(in: 1...3, using: &rng)).map { _ in
                    Bool.random(using: &rng) ? .name(name(&rng)) : .codes(CodeCount(range: noRange, dimension: Bool.random(using: &rng) ? name(&rng) : nil))
                }
            }
            if Bool.random(using: &rng) { query.groupBy = [.name(name(&rng))] }
            if Bool.random(using: &rng) { query.groupBy.append(.codes(CodeCount(range: noRange))) }
            if Bool.random(using: &rng) {
                for _ in 0..<Int.random(in: 1...3, using: &rng) {
                    let key = Int.random(in: 0..<4, using: &rng) == 0 ? Name("count", range: noRange) : name(&rng)
                    query.order.append(OrderItem(key: key, direction: Bool.random(using: &rng) ? .desc : .asc))
                }
                query.orderRange = noRange
            }
            if Bool.random(using: &rng) {
                query.limit = [0, 1, 7, Limits.maxLimit].randomElement(using: &rng)!
                query.limitRange = noRange
            }
            return Statement(query)
        case 4: return Bool.random(using: &rng) ? Statement(ExplainStatement(name: name(&rng))) : Statement(DescribeStatement(name: name(&rng)))
        case 5: return Statement(WhyStatement(kase: name(&rng), category: name(&rng)))
        case 6:
            let targets: [ShowTarget] = [.taxonomy, .dimensions, .attributes, .notes, .study, .categories(nil), .categories(name(&rng)),
                                         .cases(Name("firms", range: noRange))]
            return Statement(ShowStatement(target: targets.randomElement(using: &rng)!))
        case 7:
            return Statement(Crosstab(rows: name(&rng), columns: name(&rng),
                                      condition: Bool.random(using: &rng) ? condition(depth: 2, &rng) : nil,
                                      showNoun: Bool.random(using: &rng) ? Name("cases", range: noRange) : nil))
        case 8:
            let topics: [Name?] = [nil, Name("select", range: noRange), Name("includes", range: noRange), name(&rng)]
            return Statement(HelpStatement(topic: topics.randomElement(using: &rng)!))
        default:
            return Statement(TourStatement())
        }
    }
}

extension Condition {
    /// Shrinking a failing condition tries its parts: a smaller tree that still fails is easier to read.
    var parts: [Condition] {
        switch self {
        case .and(let items), .or(let items): return items
        case .not(let inner, _): return [inner]
        default: return []
        }
    }
}

/// Random conditions up to depth 4 that shrink to their parts.
let conditionGen = Generator<Condition, [Condition]>(
    run: { rng in SyntaxGen.condition(depth: Int.random(in: 0...4, using: &rng), &rng) },
    shrink: { $0.parts })

let statementsGen = Generator<[Statement], Shrink.None<[Statement]>>(
    run: { rng in (0..<Int.random(in: 1...4, using: &rng)).map { _ in SyntaxGen.statement(&rng) } })
