import CaseModel
/// What each column of a case matrix holds, decided from the header row (and, for a QCA table
/// without dotted headers, from a first look at the values).
enum ColumnRole: Equatable {
    case name
    /// Index into `MatrixLayout.codes`.
    case code(Int)
    /// Index into `MatrixLayout.attributes`.
    case attribute(Int)
    case undecided
}

struct HeaderCell {
    var text: String
    var field: CSVField
}

struct CodeSlot {
    var column: Int
    var categoryID: String
    /// Index into the flat taxonomy.
    var node: Int
}

struct AttributeSlot {
    var definition: AttributeDefinition
    /// Declared by the caller (its kind is fixed) rather than inferred from the values.
    var declared: Bool
    /// The CSV column; nil for a declared attribute the file does not have.
    var column: Int?
    /// A category of the given taxonomy this header is a near miss of: if the values turn out
    /// to be memberships, the header is a misspelt category, not an attribute.
    var nearMissCategory: String?
}

struct MatrixLayout {
    /// The single dimension of a QCA table, whose sets are its conditions and outcome alike.
    static let qcaDimension = "conditions"

    var roles: [ColumnRole]
    var taxonomy: Taxonomy
    var flat: FlatTaxonomy
    var codes: [CodeSlot]
    var attributes: [AttributeSlot]
    /// Attribute slots by lowercased id, so the clash check is not a scan per column.
    private var attributeByID: [String: Int] = [:]

    /// `survey` is asked which of the given columns hold only membership values; it is called
    /// only for a QCA table (no taxonomy, no dotted header).
    static func make(headers: [HeaderCell], taxonomy given: Taxonomy?, declared: [AttributeDefinition],
                     scanner: CSVScanner,
                     survey: ([Int]) throws(CSVLoadError) -> Set<Int>) throws(CSVLoadError) -> MatrixLayout {
        var layout = MatrixLayout(roles: [.name] + Array(repeating: .undecided, count: headers.count - 1),
                                  taxonomy: Taxonomy(dimensions: []), flat: FlatTaxonomy(Taxonomy(dimensions: [])),
                                  codes: [],
                                  attributes: declared.map { AttributeSlot(definition: $0, declared: true) })
        try checkDistinct(headers, scanner)
        var declaredByName: [String: Int] = [:]
        for (i, d) in declared.enumerated() {
            for name in [d.id, d.labels.en, d.labels.zh] + d.aliases where !name.isEmpty {
                declaredByName[name.lowercased()] = declaredByName[name.lowercased()] ?? i
            }
        }
        let names = given.map { TaxonomyNames(FlatTaxonomy($0)) }
        var fromHeaders = HeaderTaxonomy()
        let isDotted = headers.dropFirst().contains { $0.text.contains(".") && declaredByName[$0.text.lowercased()] == nil }
        var categoryOfColumn: [Int: String] = [:]

        for k in 1..<headers.count {
            let header = headers[k]
            do throws(LayoutProblem) {
                if let slot = declaredByName[header.text.lowercased()] {
                    if let other = layout.attributes[slot].column {
                        throw LayoutProblem("attribute '\(declared[slot].id)' already has column \(other + 1)")
                    }
                    layout.attributes[slot].column = k
                    layout.roles[k] = .attribute(slot)
                } else if let names {
                    if let category = try resolve(header.text, in: names) {
                        categoryOfColumn[k] = category
                    } else {
                        try layout.addInferredAttribute(header.text, column: k,
                            nearMiss: Suggestions.closest(to: header.text, among: names.categoryIDs))
                    }
                } else if isDotted {
                    if header.text.contains(".") {
                        categoryOfColumn[k] = try fromHeaders.add(segments: header.text.split(separator: ".", omittingEmptySubsequences: false), column: k)
                    } else {
                        try layout.addInferredAttribute(header.text, column: k)
                    }
                }
            } catch {
                throw scanner.error(header.field, error.message)
            }
        }

        let undecided = layout.roles.indices.filter { layout.roles[$0] == .undecided && categoryOfColumn[$0] == nil }
        if !undecided.isEmpty {
            let sets = try survey(undecided)
            for k in undecided {
                do throws(LayoutProblem) {
                    if sets.contains(k) {
                        categoryOfColumn[k] = try fromHeaders.add(segments: [Substring(qcaDimension), Substring(headers[k].text)], column: k)
                    } else {
                        try layout.addInferredAttribute(headers[k].text, column: k)
                    }
                } catch {
                    throw scanner.error(headers[k].field, error.message)
                }
            }
        }

        layout.taxonomy = given ?? fromHeaders.taxonomy
        layout.flat = names?.flat ?? FlatTaxonomy(layout.taxonomy)
        try layout.placeCodes(categoryOfColumn, headers: headers, scanner: scanner)
        try layout.checkNamesDoNotClash(headers: headers, scanner: scanner)
        return layout
    }

    private static func checkDistinct(_ headers: [HeaderCell], _ scanner: CSVScanner) throws(CSVLoadError) {
        var seen: [String: Int] = [:]
        for (k, header) in headers.enumerated() {
            if k > 0, header.text.allSatisfy(\.isWhitespace) {
                throw scanner.error(header.field, "empty column header: every column after the first needs a name")
            }
            if let first = seen[header.text] {
                throw scanner.error(header.field, "duplicate column '\(header.text)' (also column \(first + 1))")
            }
            seen[header.text] = k
        }
    }

    /// A category of the given taxonomy named by a header (`financing.crowdfunding`, a path
    /// `financing.private.equity`, or a category alone); nil for a header that names none (an
    /// attribute).
    private static func resolve(_ header: String, in names: TaxonomyNames) throws(LayoutProblem) -> String? {
        let segments = header.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard segments.count > 1 else {
            let found = names.categories(named: header)
            if found.count > 1 {
                let ids = found.map { names.flat.path(of: $0).joined(separator: ".") }
                throw LayoutProblem("'\(header)' names several categories (\(ids.joined(separator: ", "))); write DIMENSION.CATEGORY")
            }
            if let node = found.first { return names.flat.nodes[node].category.id }
            if let d = names.dimensions(named: header).first {
                throw LayoutProblem("'\(header)' is a dimension; a code column names one of its categories, e.g. '\(names.flat.dimensions[d].id).\(names.categoryIDs(inDimension: d).first ?? "CATEGORY")'")
            }
            return nil
        }
        guard let d = names.dimensions(named: segments[0]).first else {
            throw LayoutProblem(names.unknownDimensionMessage(segments[0]))
        }
        var parent: Int?
        for name in segments.dropFirst() {
            let candidates = names.categories(named: name).filter { names.flat.nodes[$0].dimension == d }
            guard let node = candidates.first(where: { parent == nil || names.flat.lineage(of: $0).dropFirst().contains(parent!) })
            else {
                if candidates.isEmpty { throw LayoutProblem(names.unknownCategoryMessage(name, dimension: d)) }
                throw LayoutProblem("'\(name)' is not under '\(names.flat.nodes[parent ?? 0].category.id)' in '\(header)'")
            }
            parent = node
        }
        return parent.map { names.flat.nodes[$0].category.id }
    }

    private mutating func addInferredAttribute(_ header: String, column: Int, nearMiss: String? = nil) throws(LayoutProblem) {
        let id = Identifier.make(from: header) ?? "column\(column + 1)"
        if id.lowercased() == "name" {
            throw LayoutProblem("'\(header)' would be a second case name: the first column holds the case names; rename this column")
        }
        if attributeByID.isEmpty {
            for (i, slot) in attributes.enumerated() { attributeByID[slot.definition.id.lowercased()] = attributeByID[slot.definition.id.lowercased()] ?? i }
        }
        if let clash = attributeByID[id.lowercased()] {
            throw LayoutProblem("column '\(header)' gives attribute id '\(id)', which attribute '\(attributes[clash].definition.id)' already has")
        }
        attributeByID[id.lowercased()] = attributes.count
        let label = LocalizedText.plain(header)
        let aliases = header == id ? [] : [header]
        let definition = AttributeDefinition(id: id, labels: label, aliases: aliases, kind: .number)
        attributes.append(AttributeSlot(definition: definition, declared: false, column: column, nearMissCategory: nearMiss))
        roles[column] = .attribute(attributes.count - 1)
    }

    private mutating func placeCodes(_ categoryOfColumn: [Int: String], headers: [HeaderCell],
                                     scanner: CSVScanner) throws(CSVLoadError) {
        var columnOfNode: [Int: Int] = [:]
        for k in categoryOfColumn.keys.sorted() {
            guard let id = categoryOfColumn[k], let node = flat.index(of: id) else { continue }
            if let other = columnOfNode[node] {
                throw scanner.error(headers[k].field,
                    "column '\(headers[k].text)' codes category '\(id)', as column \(other + 1) ('\(headers[other].text)') already does")
            }
            columnOfNode[node] = k
            codes.append(CodeSlot(column: k, categoryID: id, node: node))
            roles[k] = .code(codes.count - 1)
        }
    }

    /// A dimension and an attribute with one name would make `X = …` and `X includes …` ambiguous.
    private func checkNamesDoNotClash(headers: [HeaderCell], scanner: CSVScanner) throws(CSVLoadError) {
        let dimensions = Set(taxonomy.dimensions.map { $0.id.lowercased() })
        for slot in attributes where dimensions.contains(slot.definition.id.lowercased()) {
            let field = slot.column.map { headers[$0].field } ?? headers[0].field
            throw scanner.error(field, "'\(slot.definition.id)' names both an attribute and a dimension")
        }
    }
}

extension LocalizedText {
    /// A plain string as the study format reads one: English if ASCII, else Chinese.
    static func plain(_ text: String) -> LocalizedText {
        text.utf8.allSatisfy { $0 < 0x80 } ? LocalizedText(en: text) : LocalizedText(zh: text)
    }
}
