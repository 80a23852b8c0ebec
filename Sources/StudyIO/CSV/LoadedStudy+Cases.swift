import CaseModel
extension LoadedStudy {
    /// `Case` values rebuilt from the index (small matrices, and exports of studies loaded straight
    /// to columns): names, attributes, and codes
    /// with their membership (a fuzzy degree above 0 is a code, shown with its degree, though
    /// only degrees above the crossover count in queries). A matrix carries no evidence.
    public func makeCases() -> [Case] {
        var cases = index.names.map { Case(name: $0) }
        for (a, definition) in index.attributes.enumerated() {
            for r in cases.indices {
                if let value = index.columns[a].value(at: r, definition: definition) {
                    cases[r].attributes[definition.id] = value
                }
            }
        }
        for (node, info) in index.taxonomy.nodes.enumerated() {
            if let degrees = memberships[node] {
                for (r, degree) in degrees.enumerated() where degree > 0 {
                    cases[r].codes.append(Code(category: info.category.id, membership: degree.asDecimal))
                }
            } else {
                index.directSets[node].forEachMember { cases[$0].codes.append(Code(category: info.category.id)) }
            }
        }
        return cases
    }
}

extension AttributeColumn {
    /// The value of one case, as `Case.attributes` holds it; nil where missing.
    func value(at row: Int, definition: AttributeDefinition) -> AttributeValue? {
        switch self {
        case .number(let values):
            return values[row].isNaN ? nil : .number(values[row])
        case .range(let low, let high, let codes, let dictionary):
            return codes[row] < 0 ? nil : .range(low: low[row], high: high[row], text: dictionary[Int(codes[row])])
        case .text(let codes, let dictionary):
            return codes[row] < 0 ? nil : .text(dictionary[Int(codes[row])])
        case .enumeration(let codes):
            let code = Int(codes[row])
            return definition.values.indices.contains(code) ? .value(definition.values[code].id) : nil
        }
    }
}
