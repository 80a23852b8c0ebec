import CaseModel

extension Resolver {
    public func plan(_ query: Query) throws(Diagnostic) -> QueryPlan {
        try checkNoun(query.noun)
        var predicate: Predicate?
        if let condition = query.condition { predicate = try self.predicate(condition) }
        var plan = QueryPlan(kind: query.kind, predicate: predicate, grouping: nil, limit: query.limit,
                             negatesCodes: predicate.map(Resolver.negatesCodes) ?? false)
        if let g = query.groupBy.first {
            plan.grouping = try grouping(g)
        }
        if query.groupBy.count > 1 {
            plan.subgrouping = try grouping(query.groupBy[1])
        }
        for item in query.show {
            if let p = try projection(item) { plan.projection.append(p) }
        }
        if !query.show.isEmpty, let g = query.groupBy.first {
            throw Diagnostic("'show' lists columns of each \(vocabulary.caseNoun.dropLastS); with 'group by' the rows are groups",
                             at: query.show[0].range.to(query.show[query.show.count - 1].range),
                             notes: ["note: grouped by '\(Printer.print(g))' here"])
        }
        if query.kind == .count, query.groupBy.isEmpty {
            if let r = query.orderRange {
                throw Diagnostic("'order by' applies to 'count' only with 'group by'", at: r)
            }
            if let r = query.limitRange {
                throw Diagnostic("'limit' applies to 'count' only with 'group by'", at: r)
            }
        }
        for item in query.order {
            plan.order.append(OrderTerm(key: try orderKey(item, grouping: plan.grouping), direction: item.direction))
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

    public func grouping(_ item: ShowItem) throws(Diagnostic) -> Grouping {
        switch item {
        case .name(let name): return try grouping(name)
        case .codes(let count): return .codes(dimension: try codesDimension(count))
        }
    }

    func codesDimension(_ count: CodeCount) throws(Diagnostic) -> String? {
        try count.dimension.map { d throws(Diagnostic) in taxonomy.dimensions[try dimension(d)].id }
    }

    /// A `show` item; nil for `name`, which is always the first column.
    func projection(_ item: ShowItem) throws(Diagnostic) -> Projection? {
        guard case .name(let name) = item else {
            guard case .codes(let count) = item else { return nil }
            return .codes(dimension: try codesDimension(count))
        }
        if Vocabulary.key(name.text) == Vocabulary.nameAttribute { return nil }
        if let a = vocabulary.attribute(named: name.text) { return .attribute(attributeID(a)) }
        let dims = vocabulary.dimension(named: name.text)
        if let d = dims.first, dims.count == 1 { return .dimension(taxonomy.dimensions[d].id) }
        if !vocabulary.category(named: name.text).isEmpty {
            return .category(ref(try category(name, inDimension: nil)))
        }
        var d = unknown("dimension, category or attribute", name,
                        among: index.attributes.map(\.id) + taxonomy.dimensions.map(\.id) + taxonomy.nodes.map(\.category.id)
                            + vocabulary.categoryNames() + ["codes"],
                        listing: false)
        d.notes.append("note: 'show' takes dimensions (" + taxonomy.dimensions.map(\.id).joined(separator: ", ")
                       + "), categories, attributes (" + index.attributes.map(\.id).joined(separator: ", ") + ") and 'codes'")
        throw d
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

    func orderKey(_ item: OrderItem, grouping: Grouping?) throws(Diagnostic) -> OrderKey {
        let name = item.key
        let codes: Grouping? = Parser.isCodes(name)
            ? .codes(dimension: try codesDimension(CodeCount(range: name.range, dimension: item.codesIn))) : nil
        if grouping != nil {
            if Vocabulary.key(name.text) == "count" { return .count }
            if let codes, codes == grouping { return .group }
            if codes == nil, let g = try? self.grouping(name), g == grouping { return .group }
            throw Diagnostic("with 'group by', order by 'count' or by the grouping itself", at: name.range)
        }
        if case .codes(let d) = codes { return .codes(dimension: d) }
        switch try attribute(name) {
        case .name: return .name
        case .attribute(let a): return .attribute(attributeID(a))
        }
    }
}
