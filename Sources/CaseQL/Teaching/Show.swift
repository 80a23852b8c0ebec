import CaseModel
import QueryResult

/// `show taxonomy | dimensions | categories [DIM] | firms | attributes`: browsing the study.
extension Interpreter {
    static let showTargets = ShowTarget.words

    func show(_ target: ShowTarget) throws(Diagnostic) -> StatementOutput {
        switch target {
        case .taxonomy: return .document(taxonomyTree())
        case .dimensions: return .table(dimensionsTable())
        case .categories(let name): return .table(try categoriesTable(name.map { n throws(Diagnostic) in try resolver.dimension(n) }))
        case .attributes: return .table(attributesTable())
        case .notes: return .document(notesDocument())
        case .study: return .document(studyDocument())
        case .cases(let noun):
            guard vocabulary.isCaseNoun(noun.text) else {
                let targets = Interpreter.showTargets + [study.caseNoun]
                var notes = ["note: " + say(.showLists, targets.joined(separator: ", "))]
                if let guess = Suggestions.closest(to: noun.text, among: targets) {
                    notes.insert("help: " + say(.errorDidYouMean, guess), at: 0)
                }
                throw Diagnostic(say(.showUnknownTarget, noun.text), at: noun.range, notes: notes)
            }
            return .table(casesTable())
        }
    }

    // MARK: taxonomy

    func taxonomyTree() -> Document {
        let heads = taxonomy.dimensions.indices.map { d in
            let dimension = taxonomy.dimensions[d]
            var content: [Inline] = [.name(dimension.id, id: dimension.id)]
            let labels = bilingual(dimension.labels)
            if labels != dimension.id { content.append(.plain("  " + labels)) }
            if let section = dimension.section { content.append(.plain("  " + section.display)) }
            return ListItem(content, count: index.dimensionSets[d].cardinality, blocks: [.list(List(categoryItems(ofDimension: d)))])
        }
        let blocks: [Block] = [
            .heading(level: 1, [.plain(say(.showTaxonomyTitle, sizeOfTaxonomy, String(index.count), study.caseNoun))]),
            .paragraph([.plain(say(.showTaxonomyCounts, study.caseNoun, caseSingular))]),
            .list(List(heads, style: .rootedTree)),
        ]
        let payload = DataValue.record([
            ("kind", .string("taxonomy")), ("cases", .integer(index.count)),
            ("dimensions", .array(taxonomy.dimensions.indices.map { d in
                let dimension = taxonomy.dimensions[d]
                return .record([("id", .string(dimension.id)), ("labels", data(dimension.labels)),
                                ("section", data(dimension.section) ?? .null), ("cases", .integer(index.dimensionSets[d].cardinality)),
                                ("categories", treeData(ofDimension: d))])
            })),
        ])
        return Document(blocks, data: payload)
    }

    /// "5 dimensions, 50 categories", singular where one.
    var sizeOfTaxonomy: String {
        let d = taxonomy.dimensions.count, c = taxonomy.nodes.count
        return say(.showTaxonomySize, String(d), Localized.plural(d, "dimension"), String(c),
                   Localized.plural(c, "category", "categories"))
    }

    /// A dimension's categories as a tree, each led by its count of cases.
    func tree(ofDimension d: Int) -> Block {
        .list(List(categoryItems(ofDimension: d), style: .tree))
    }

    func categoryItems(ofDimension d: Int) -> [ListItem] {
        taxonomy.roots(ofDimension: d).map(categoryItem)
    }

    private func categoryItem(_ node: Int) -> ListItem {
        let category = taxonomy.nodes[node].category
        var content: [Inline] = [name(ofNode: node)]
        let labels = bilingual(category.labels)
        if labels != category.id { content.append(.plain("  " + labels)) }
        let children = taxonomy.children(of: node)
        let direct = index.directSets[node].cardinality
        if direct > 0, !children.isEmpty { content.append(.plain("  " + say(.showCodedDirectly, String(direct)))) }
        return ListItem(content, count: index.categorySets[node].cardinality,
                        blocks: children.isEmpty ? [] : [.list(List(children.map(categoryItem)))])
    }

    /// The categories of a dimension as nested data: id, labels, section, cases, children.
    func treeData(ofDimension d: Int) -> DataValue {
        func node(_ n: Int) -> DataValue {
            let category = taxonomy.nodes[n].category
            return .record([("id", .string(category.id)), ("labels", data(category.labels)),
                            ("section", data(category.section) ?? .null), ("cases", .integer(index.categorySets[n].cardinality)),
                            ("coded_directly", .integer(index.directSets[n].cardinality)),
                            ("children", .array(taxonomy.children(of: n).map(node)))])
        }
        return .array(taxonomy.roots(ofDimension: d).map(node))
    }

    // MARK: tables

    func dimensionsTable() -> ResultTable {
        let columns = [Column("dimension"), Column("zh"), Column("en"), Column("categories", isNumeric: true),
                       Column(study.caseNoun, isNumeric: true), Column("section")]
        let rows: [[Cell]] = taxonomy.dimensions.enumerated().map { d, dimension in
            let categories = taxonomy.nodes.filter { $0.dimension == d }.count
            return [.text(dimension.id), .text(dimension.labels.zh), .text(dimension.labels.en), .integer(categories),
                    .integer(index.dimensionSets[d].cardinality), .text(dimension.section?.display ?? "")]
        }
        var table = ResultTable(columns: columns, rows: rows)
        table.notes.append(ResultNote(.info, say(.showDimensionsNote, study.caseNoun)))
        return table
    }

    /// The categories, indented by depth for people; CSV and JSON get each one whole (id, parent,
    /// path, both languages' labels and definitions), so a teacher can make a handout from it.
    func categoriesTable(_ dimension: Int?) -> ResultTable {
        let columns = [Column("id", audience: .programs),
                       Column("dimension", audience: dimension == nil ? .everyone : .programs),
                       Column("category", audience: .people), Column("parent", audience: .programs),
                       Column("path", audience: .programs), Column("zh"), Column("en"),
                       Column("definition_en", audience: .programs), Column("definition_zh", audience: .programs),
                       Column(study.caseNoun, isNumeric: true), Column("section")]
        var rows: [[Cell]] = []
        for (i, node) in taxonomy.nodes.enumerated() where dimension == nil || node.dimension == dimension {
            let category = node.category
            let parent = node.parent.map { Cell.text(taxonomy.nodes[$0].category.id) } ?? .empty
            rows.append([.text(category.id), .text(taxonomy.dimensions[node.dimension].id),
                         .text(String(repeating: "  ", count: node.depth) + category.id), parent,
                         .text(pathText(i)), .text(category.labels.zh), .text(category.labels.en),
                         .text(category.definition.en), .text(category.definition.zh),
                         .integer(index.categorySets[i].cardinality), .text(category.section?.display ?? "")])
        }
        var table = ResultTable(columns: columns, rows: rows)
        table.notes.append(ResultNote(.info, say(.showCategoriesNote, study.caseNoun)))
        return table
    }

    func casesTable() -> ResultTable {
        let runner = QueryRunner(index: index, caseNoun: study.caseNoun, language: language)
        let plan = QueryPlan(kind: .select, predicate: nil, grouping: nil, limit: nil, negatesCodes: false)
        var table = runner.selectTable(plan, matches: .all(index.count))
        var codes = [Int](repeating: 0, count: index.count)
        for set in index.directSets { set.forEachMember { codes[$0] += 1 } }
        table.columns.append(Column("codes", isNumeric: true))
        for r in table.rows.indices { table.rows[r].append(.integer(codes[r])) }
        table.notes.append(ResultNote(.info, say(.showCasesNote, caseSingular)))
        return table
    }

    func attributesTable() -> ResultTable {
        let columns = [Column("attribute"), Column("kind"), Column("en"), Column("zh"), Column("values")]
        var rows: [[Cell]] = [[.text(Vocabulary.nameAttribute), .text("text"), .text("name"), .text("名称"),
                               .text(say(.showNameValues, caseSingular))]]
        for (a, attribute) in index.attributes.enumerated() {
            rows.append([.text(attribute.id), .text(attribute.kind.rawValue), .text(attribute.labels.en),
                         .text(attribute.labels.zh), .text(valueSummary(ofAttribute: a))])
        }
        return ResultTable(columns: columns, rows: rows)
    }

    /// What values an attribute takes: the declared list, the range of numbers, or the bands.
    func valueSummary(ofAttribute a: Int) -> String {
        let attribute = index.attributes[a]
        switch index.columns[a] {
        case .enumeration:
            // Ids only: a full list of labels makes the column too wide; 'explain ATTR' has them.
            return say(.showEnumerationValues, String(attribute.values.count), attribute.values.map(\.id).joined(separator: ", "))
        case .number(let column):
            let present = column.filter { !$0.isNaN }
            guard let lo = present.min(), let hi = present.max() else { return say(.showNumbersNone) }
            return say(.showNumbersRange, Cell.format(lo), Cell.format(hi))
        case .range(let lows, _, let codes, let dictionary):
            var seen: [(Double, String)] = []
            var known = Set<Int32>()
            for (i, code) in codes.enumerated() where code >= 0 && known.insert(code).inserted {
                seen.append((lows[i], dictionary[Int(code)]))
            }
            let bands = seen.sorted { $0.0 < $1.0 }.map(\.1)
            return bands.count <= 12 ? say(.showBands, bands.joined(separator: ", ")) : say(.showBandCount, String(bands.count))
        case .text(_, let dictionary):
            return say(.showFreeText, String(dictionary.count))
        }
    }
}
