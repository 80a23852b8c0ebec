import CaseModel

extension Resolver {
    public func plan(_ query: Query) throws(Diagnostic) -> QueryPlan {
        try checkNoun(query.noun)
        var predicate: Predicate?
        if let condition = query.condition { predicate = try self.predicate(condition) }
        var plan = QueryPlan(kind: query.kind, predicate: predicate, grouping: nil, limit: query.limit,
                             negatesCodes: predicate.map(Resolver.negatesCodes) ?? false)
        if let g = query.groupBy {
            plan.grouping = try grouping(g)
        }
        if query.kind == .count, query.groupBy == nil {
            if let r = query.orderRange {
                throw Diagnostic("'order by' applies to 'count' only with 'group by'", at: r)
            }
            if let r = query.limitRange {
                throw Diagnostic("'limit' applies to 'count' only with 'group by'", at: r)
            }
        }
        for item in query.order {
            plan.order.append(OrderTerm(key: try orderKey(item.key, grouping: plan.grouping), direction: item.direction))
        }
        return plan
    }

    static func negatesCodes(_ p: Predicate) -> Bool {
        switch p {
        case .not(let inner): return inner.involvesCodes
        case .and(let items), .or(let items): return items.contains(where: negatesCodes)
        default: return false
        }
    }

    public func grouping(_ name: Name) throws(Diagnostic) -> Grouping {
        if Vocabulary.key(name.text) == Vocabulary.nameAttribute { return .name }
        if let a = vocabulary.attribute(named: name.text) { return .attribute(attributeID(a)) }
        let dims = vocabulary.dimension(named: name.text)
        if let d = dims.first, dims.count == 1 { return .dimension(taxonomy.dimensions[d].id) }
        let cats = vocabulary.category(named: name.text)
        if !cats.isEmpty {
            let c = try category(name, inDimension: nil)
            if taxonomy.children(of: c).isEmpty {
                throw Diagnostic("'\(name.text)' has no sub-categories to group by", at: name.range)
            }
            return .category(ref(c))
        }
        throw unknown("attribute or dimension", name,
                      among: [Vocabulary.nameAttribute] + index.attributes.map(\.id) + taxonomy.dimensions.map(\.id))
    }

    func orderKey(_ name: Name, grouping: Grouping?) throws(Diagnostic) -> OrderKey {
        if grouping != nil {
            if Vocabulary.key(name.text) == "count" { return .count }
            if let g = try? self.grouping(name), g == grouping { return .group }
            throw Diagnostic("with 'group by', order by 'count' or by the grouping itself", at: name.range)
        }
        switch try attribute(name) {
        case .name: return .name
        case .attribute(let a): return .attribute(attributeID(a))
        }
    }
}
