import CaseModel
import QueryResult

/// `show taxonomy | dimensions | categories [DIM] | firms | attributes`: browsing the study.
extension Interpreter {
    static let showTargets = ShowTarget.words

    func show(_ target: ShowTarget) throws(Diagnostic) -> StatementOutput {
        switch target {
        case .taxonomy: return .text(taxonomyTree())
        case .dimensions: return .table(dimensionsTable())
        case .categories(let name): return .table(try categoriesTable(name.map { n throws(Diagnostic) in try resolver.dimension(n) }))
        case .attributes: return .table(attributesTable())
        case .notes: return .text(notesText())
        case .study: return .text(studyText())
        case .cases(let noun):
            guard vocabulary.isCaseNoun(noun.text) else {
                let targets = Interpreter.showTargets + [study.caseNoun]
                var notes = ["note: 'show' lists: " + targets.joined(separator: ", ")]
                if let guess = Suggestions.closest(to: noun.text, among: targets) {
                    notes.insert("help: did you mean '\(guess)'?", at: 0)
                }
                throw Diagnostic("unknown 'show' target '\(noun.text)'", at: noun.range, notes: notes)
            }
            return .table(casesTable())
        }
    }

    // MARK: taxonomy

    func taxonomyTree() -> String {
        var block = TextBlock()
        let total = index.count
        block.line("Taxonomy: \(taxonomy.dimensions.count) dimensions, \(taxonomy.nodes.count) categories, \(total) \(study.caseNoun).")
        block.wrapped("The number before each name counts the \(study.caseNoun) coded for it or for one of its "
                      + "sub-categories; 0 means the paper names no \(caseSingular) for it.")
        let digits = String(index.count).count
        for d in taxonomy.dimensions.indices {
            block.gap()
            block.append(tree(ofDimension: d, digits: digits, withHead: true))
        }
        return block.text
    }

    /// A dimension's categories as a tree, each line led by its count of cases, right-aligned in
    /// `digits` columns.
    func tree(ofDimension d: Int, digits: Int, withHead: Bool) -> TextBlock {
        func pad(_ n: Int) -> String {
            let s = String(n)
            return String(repeating: " ", count: max(0, digits - s.count)) + s
        }
        var block = TextBlock()
        let dimension = taxonomy.dimensions[d]
        if withHead {
            var head = "\(pad(index.dimensionSets[d].cardinality))  \(dimension.id)"
            let labels = bilingual(dimension.labels)
            if labels != dimension.id { head += "  " + labels }
            if let section = dimension.section { head += "  " + section.display }
            block.line(head)
        }
        let isLast = lastSiblings()
        for node in taxonomy.nodes.indices where taxonomy.nodes[node].dimension == d {
            var prefix = ""
            for ancestor in taxonomy.lineage(of: node).dropFirst().reversed() {
                prefix += isLast[ancestor] ? "   " : "│  "
            }
            prefix += isLast[node] ? "└─ " : "├─ "
            let category = taxonomy.nodes[node].category
            let head = "\(pad(index.categorySets[node].cardinality))  \(prefix)\(category.id)  "
            let labels = bilingual(category.labels)
            var line = labels == category.id ? head.trimmingTrailingSpaces : head + labels
            // Long labels in both languages would overflow a terminal: keep the output language's.
            if TextLayout.columns(line) > TextLayout.lineWidth { line = head + label(category.labels, or: "") }
            let direct = index.directSets[node].cardinality
            if direct > 0, !taxonomy.children(of: node).isEmpty {
                line += "  (\(direct) coded on it directly)"
            }
            block.line(line)
        }
        return block
    }

    /// For every node: no sibling follows it (it is drawn with └─).
    func lastSiblings() -> [Bool] {
        var lastOfParent: [Int: Int] = [:]
        for (i, node) in taxonomy.nodes.enumerated() {
            // Top-level categories share a parent key per dimension, below any node index.
            lastOfParent[node.parent ?? -1 - node.dimension] = i
        }
        return taxonomy.nodes.indices.map { i in
            let node = taxonomy.nodes[i]
            return lastOfParent[node.parent ?? -1 - node.dimension] == i
        }
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
        table.notes.append(ResultNote(.info, "\(study.caseNoun): how many have at least one code in the dimension; "
            + "'show categories DIMENSION' lists its categories."))
        return table
    }

    func categoriesTable(_ dimension: Int?) -> ResultTable {
        var columns = [Column("category"), Column("zh"), Column("en"), Column(study.caseNoun, isNumeric: true), Column("section")]
        if dimension == nil { columns.insert(Column("dimension"), at: 0) }
        var rows: [[Cell]] = []
        for (i, node) in taxonomy.nodes.enumerated() where dimension == nil || node.dimension == dimension {
            let category = node.category
            var row: [Cell] = [.text(String(repeating: "  ", count: node.depth) + category.id), .text(category.labels.zh),
                               .text(category.labels.en), .integer(index.categorySets[i].cardinality),
                               .text(category.section?.display ?? "")]
            if dimension == nil { row.insert(.text(taxonomy.dimensions[node.dimension].id), at: 0) }
            rows.append(row)
        }
        var table = ResultTable(columns: columns, rows: rows)
        table.notes.append(ResultNote(.info, "\(study.caseNoun): coded for the category or one of its sub-categories; "
            + "'explain CATEGORY' shows its definition and evidence."))
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
        table.notes.append(ResultNote(.info, "codes: categories the \(caseSingular) is coded for directly; "
            + "'describe NAME' shows them with their evidence."))
        return table
    }

    func attributesTable() -> ResultTable {
        let columns = [Column("attribute"), Column("kind"), Column("en"), Column("zh"), Column("values")]
        var rows: [[Cell]] = [[.text(Vocabulary.nameAttribute), .text("text"), .text("name"), .text("名称"),
                               .text("the \(caseSingular)'s name")]]
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
            return "\(attribute.values.count) values: " + attribute.values.map(\.id).joined(separator: ", ")
        case .number(let column):
            let present = column.filter { !$0.isNaN }
            guard let lo = present.min(), let hi = present.max() else { return "numbers (none given)" }
            return "numbers from \(Cell.format(lo)) to \(Cell.format(hi))"
        case .range(let lows, _, let codes, let dictionary):
            var seen: [(Double, String)] = []
            var known = Set<Int32>()
            for (i, code) in codes.enumerated() where code >= 0 && known.insert(code).inserted {
                seen.append((lows[i], dictionary[Int(code)]))
            }
            let bands = seen.sorted { $0.0 < $1.0 }.map(\.1)
            return bands.count <= 12 ? "bands: " + bands.joined(separator: ", ") : "\(bands.count) bands"
        case .text(_, let dictionary):
            return "free text (\(dictionary.count) distinct values); 'contains' searches every language"
        }
    }
}
