@testable import CaseQL

/// ASTs compared without where they were written: every source range becomes the same empty range,
/// so a printed-and-reparsed statement equals the original exactly when nothing but positions changed.
let noRange = SourceRange(SourcePosition(offset: 0, line: 1, column: 1), SourcePosition(offset: 0, line: 1, column: 1))

extension Name {
    var rangeFree: Name { Name(text, range: noRange, quoted: quoted) }
}

extension Value {
    var rangeFree: Value { Value(literal: literal, range: noRange) }
}

extension Condition {
    var rangeFree: Condition {
        switch self {
        case .and(let items): return .and(items.map(\.rangeFree))
        case .or(let items): return .or(items.map(\.rangeFree))
        case .not(let inner, _): return .not(inner.rangeFree, range: noRange)
        case .includes(let d, let q, let cats): return .includes(dimension: d.rangeFree, quantifier: q, categories: cats.map(\.rangeFree))
        case .has(let n): return .has(n.rangeFree)
        case .category(let n): return .category(n.rangeFree)
        case .compare(let a, let op, let v): return .compare(attribute: a.rangeFree, op: op, value: v.rangeFree)
        case .isIn(let a, let vs): return .isIn(attribute: a.rangeFree, values: vs.map(\.rangeFree))
        case .between(let a, let lo, let hi): return .between(attribute: a.rangeFree, low: lo.rangeFree, high: hi.rangeFree)
        case .contains(let a, let t): return .contains(attribute: a.rangeFree, text: t.rangeFree)
        case .codeCount(let c, let op, let v): return .codeCount(c.rangeFree, op: op, value: v.rangeFree)
        case .evidenceContains(let c, let t, _): return .evidenceContains(category: c?.rangeFree, text: t.rangeFree, range: noRange)
        }
    }
}

extension Statement {
    /// The statement with every range cleared, for each kind the generators produce.
    var rangeFree: Statement {
        if let e = self.as(EvidenceStatement.self) {
            return Statement(EvidenceStatement(scope: e.scope?.rangeFree, condition: e.condition?.rangeFree, withCandidates: e.withCandidates))
        }
        if var q = self.as(Query.self) {
            q.noun = q.noun.rangeFree
            q.condition = q.condition?.rangeFree
            q.groupBy = q.groupBy.map(\.rangeFree)
            q.show = q.show.map(\.rangeFree)
            q.order = q.order.map { OrderItem(key: $0.key.rangeFree, direction: $0.direction, codesIn: $0.codesIn?.rangeFree) }
            q.orderRange = q.orderRange.map { _ in noRange }
            q.limitRange = q.limitRange.map { _ in noRange }
            return Statement(q)
        }
        if let e = self.as(ExplainStatement.self) { return Statement(ExplainStatement(name: e.name.rangeFree)) }
        if let d = self.as(DescribeStatement.self) { return Statement(DescribeStatement(name: d.name.rangeFree)) }
        if let w = self.as(WhyStatement.self) { return Statement(WhyStatement(kase: w.kase.rangeFree, category: w.category.rangeFree)) }
        if let s = self.as(ShowStatement.self) {
            switch s.target {
            case .categories(let d): return Statement(ShowStatement(target: .categories(d?.rangeFree)))
            case .cases(let n): return Statement(ShowStatement(target: .cases(n.rangeFree)))
            default: return self
            }
        }
        if var c = self.as(Crosstab.self) {
            c.rows = c.rows.rangeFree
            c.columns = c.columns.rangeFree
            c.condition = c.condition?.rangeFree
            c.showNoun = c.showNoun?.rangeFree
            return Statement(c)
        }
        if let h = self.as(HelpStatement.self) { return Statement(HelpStatement(topic: h.topic?.rangeFree)) }
        if var spec = self.as(TruthTableSpec.self) {
            spec.outcome = spec.outcome.rangeFree
            spec.conditions = spec.conditions.map(\.rangeFree)
            spec.condition = spec.condition?.rangeFree
            spec.cutoffRange = spec.cutoffRange.map { _ in noRange }
            return Statement(spec)
        }
        return self
    }
}

extension CodeCount {
    var rangeFree: CodeCount { CodeCount(range: noRange, dimension: dimension?.rangeFree) }
}

extension ShowItem {
    var rangeFree: ShowItem {
        switch self {
        case .name(let n): return .name(n.rangeFree)
        case .codes(let c): return .codes(c.rangeFree)
        }
    }
}
