import CaseModel
import QueryResult

/// `crosstab ROWS by COLUMNS [where COND] [percent …] [show firms]`: NVivo's matrix coding query.
/// Rows are a dimension's categories (sub-categories indented), a category's sub-categories or an
/// attribute's values; columns an attribute's values, a category's sub-categories, another
/// dimension's top-level categories, or — the same dimension — its every category (co-occurrence,
/// as MAXQDA's code relations browser). Every cell is the popcount of a bitset intersection.
extension Interpreter {
    /// Names listed in one cell with `show firms` before the rest are counted.
    static let namesPerCell = 100

    struct MatrixColumn {
        var label: String
        var members: Bitset
    }

    /// The rows of a crosstab: their heading, the cases they cover, and where they come from.
    struct CrosstabRows {
        var header: String
        /// The cases the rows speak of (coded in the dimension, or for the category); the columns
        /// are restricted to them.
        var universe: Bitset
        var lines: [MatrixColumn]
        var dimension: Int?
    }

    func crosstab(_ c: Crosstab) throws(Diagnostic) -> StatementOutput {
        if let noun = c.showNoun { try resolver.checkNoun(noun) }
        let predicate = try c.condition.map { condition throws(Diagnostic) in try resolver.predicate(condition) }
        let scope = Evaluator(index: index, study: study).evaluate(predicate)
        var notes: [ResultNote] = []
        let axis = try crosstabRows(c.rows, scope: scope, notes: &notes)
        try checkCrosstabSize(c, rows: axis.lines.count, columns: 0)
        let coded = axis.universe
        let (header, columns) = try matrixColumns(c.columns, coded: coded, scope: scope, rows: axis, notes: &notes)
        try checkCrosstabSize(c, rows: axis.lines.count, columns: columns.count)

        let grand = coded.cardinality
        var rows: [[Cell]] = []
        for line in axis.lines {
            let rowSet = line.members
            let rowTotal = rowSet.cardinality
            var row: [Cell] = [.text(line.label)]
            for column in columns {
                if c.showCases {
                    row.append(namesCell(rowSet.intersection(column.members), notes: &notes))
                    continue
                }
                let count = rowSet.intersectionCount(column.members)
                switch c.percent {
                case nil: row.append(.integer(count))
                case .row: row.append(Self.percent(count, of: rowTotal))
                case .column: row.append(Self.percent(count, of: column.members.cardinality))
                case .total: row.append(Self.percent(count, of: grand))
                }
            }
            row.append(.integer(rowTotal))
            rows.append(row)
        }
        var totals: [Cell] = [.text("total")]
        for column in columns { totals.append(.integer(column.members.cardinality)) }
        totals.append(.integer(grand))
        rows.append(totals)

        let tableColumns = [Column(axis.header)]
            + columns.map { Column($0.label, isNumeric: !c.showCases) }
            + [Column("total", isNumeric: true)]
        let noun = study.caseNoun
        let cells = axis.dimension != nil ? "\(noun) coded for the row's category or a sub-category of it" : "\(noun) in the row"
        notes.insert(ResultNote(.info, "cells: \(cells); total: distinct \(noun)."), at: 0)
        if let base = c.percent {
            notes.append(ResultNote(.info, "cells are percentages of the \(base == .total ? "grand" : base.rawValue) total "
                + "(a \(caseSingular) may count in several cells); the totals are counts."))
        }
        if let predicate, Resolver.negatesCodes(predicate), let note = QueryRunner.closedWorldNote(study, noun, language) {
            notes.append(note)
        }
        let what = c.percent.map { "% of \($0 == .total ? "all" : $0.rawValue) per cell" } ?? "\(noun) per cell"
        let rowID = axis.dimension.map { taxonomy.dimensions[$0].id } ?? axis.header
        let table = ResultTable(title: "\(rowID) by \(header): \(what)",
                                columns: tableColumns, rows: rows, notes: notes, isMatrix: true, hasTotals: true)
        return .table(table)
    }

    /// A share in percent with one decimal; 0 of nothing is 0.
    static func percent(_ count: Int, of total: Int) -> Cell {
        guard total > 0 else { return .integer(0) }
        let tenths = (Double(count) * 1000 / Double(total)).rounded()
        return tenths.truncatingRemainder(dividingBy: 10) == 0 ? .integer(Int(tenths / 10)) : .number(tenths / 10)
    }

    /// The rows: a dimension's categories, a category's sub-categories, or an attribute's values.
    func crosstabRows(_ name: Name, scope: Bitset, notes: inout [ResultNote]) throws(Diagnostic) -> CrosstabRows {
        let dimensions = vocabulary.dimension(named: name.text)
        if let d = dimensions.first, dimensions.count == 1 {
            let coded = scope.intersection(index.dimensionSets[d])
            let lines = taxonomy.nodes.indices.filter { taxonomy.nodes[$0].dimension == d }.map { node in
                MatrixColumn(label: String(repeating: "  ", count: taxonomy.nodes[node].depth) + rowName(ofNode: node),
                             members: index.categorySets[node].intersection(coded))
            }
            return CrosstabRows(header: rowName(ofDimension: d), universe: coded, lines: lines, dimension: d)
        }
        if Vocabulary.key(name.text) == Vocabulary.nameAttribute {
            throw Diagnostic("a crosstab by name would have one row per \(caseSingular)", at: name.range,
                             notes: ["help: to list the \(study.caseNoun) with their codes, write 'select \(study.caseNoun) show DIM, …'"])
        }
        if let a = vocabulary.attribute(named: name.text) {
            let lines = attributeLines(a, within: scope, notes: &notes)
            return CrosstabRows(header: index.attributes[a].id, universe: scope, lines: lines, dimension: nil)
        }
        if !vocabulary.category(named: name.text).isEmpty {
            let c = try resolver.category(name, inDimension: nil)
            let coded = scope.intersection(index.categorySets[c])
            let below = subcategoryLines(of: c, within: coded)
            if below.isEmpty {
                throw Diagnostic("'\(name.text)' has no sub-categories to make rows of", at: name.range,
                                 notes: ["help: use its dimension, '\(taxonomy.dimensions[taxonomy.nodes[c].dimension].id)', as rows"])
            }
            return CrosstabRows(header: rowName(ofNode: c), universe: coded, lines: below, dimension: nil)
        }
        throw resolver.unknown("dimension, category or attribute", name,
                               among: vocabulary.dimensionNames + vocabulary.attributeNames.filter { $0 != Vocabulary.nameAttribute }
                                   + vocabulary.categoryNames(), listing: false)
    }

    /// A category's descendants (indented below it), each with the cases of `coded` in it.
    func subcategoryLines(of c: Int, within coded: Bitset) -> [MatrixColumn] {
        let depth = taxonomy.nodes[c].depth
        return taxonomy.nodes.indices.filter { $0 != c && taxonomy.lineage(of: $0).contains(c) }.map { node in
            MatrixColumn(label: String(repeating: "  ", count: taxonomy.nodes[node].depth - depth - 1) + rowName(ofNode: node),
                         members: index.categorySets[node].intersection(coded))
        }
    }

    /// The columns of the matrix: an attribute's values among the coded cases, a category's
    /// sub-categories, another dimension's top-level categories (plus the coded cases with no code
    /// there), or the row dimension's own categories (co-occurrence).
    func matrixColumns(_ name: Name, coded: Bitset, scope: Bitset, rows: CrosstabRows,
                       notes: inout [ResultNote]) throws(Diagnostic) -> (String, [MatrixColumn]) {
        let dimensions = vocabulary.dimension(named: name.text)
        if let e = dimensions.first, dimensions.count == 1 {
            if e == rows.dimension {
                notes.append(ResultNote(.info, "co-occurrence: a cell counts \(study.caseNoun) coded for both categories "
                    + "(or their sub-categories); the diagonal is each category's count."))
                let columns = taxonomy.nodes.indices.filter { taxonomy.nodes[$0].dimension == e }.map { node in
                    MatrixColumn(label: rowName(ofNode: node), members: index.categorySets[node].intersection(coded))
                }
                return (taxonomy.dimensions[e].id, columns)
            }
            var columns = taxonomy.roots(ofDimension: e).map { root in
                MatrixColumn(label: rowName(ofNode: root), members: index.categorySets[root].intersection(coded))
            }
            let uncoded = coded.intersection(index.dimensionSets[e].complement())
            if !uncoded.isEmpty { columns.append(MatrixColumn(label: QueryRunner.noCode, members: uncoded)) }
            notes.append(ResultNote(.info, "a \(caseSingular) in several \(taxonomy.dimensions[e].id) categories "
                + "counts in each column."))
            return (taxonomy.dimensions[e].id, columns)
        }
        if Vocabulary.key(name.text) == Vocabulary.nameAttribute {
            throw Diagnostic("a crosstab by name would have one column per \(caseSingular)", at: name.range,
                             notes: ["help: to see the \(study.caseNoun) in each cell, add 'show \(study.caseNoun)'"])
        }
        guard let a = vocabulary.attribute(named: name.text) else {
            if !vocabulary.category(named: name.text).isEmpty {
                let k = try resolver.category(name, inDimension: nil)
                let children = taxonomy.children(of: k)
                if children.isEmpty {
                    throw Diagnostic("'\(name.text)' has no sub-categories to make columns of", at: name.range,
                                     notes: ["help: use its dimension, '\(taxonomy.dimensions[taxonomy.nodes[k].dimension].id)', as columns"])
                }
                var columns = children.map { MatrixColumn(label: rowName(ofNode: $0), members: index.categorySets[$0].intersection(coded)) }
                let outside = coded.intersection(index.categorySets[k].complement())
                if !outside.isEmpty { columns.append(MatrixColumn(label: QueryRunner.noCode, members: outside)) }
                notes.append(ResultNote(.info, "columns: the sub-categories of \(taxonomy.nodes[k].category.id); "
                    + "\(QueryRunner.noCode): \(study.caseNoun) of the rows not coded for \(taxonomy.nodes[k].category.id)."))
                return (taxonomy.nodes[k].category.id, columns)
            }
            throw resolver.unknown("dimension, category or attribute", name,
                                   among: vocabulary.dimensionNames + vocabulary.attributeNames.filter { $0 != Vocabulary.nameAttribute }
                                       + vocabulary.categoryNames(), listing: false)
        }
        var columns: [MatrixColumn] = []
        var empty: [String] = []
        for line in attributeLines(a, within: scope, notes: &notes) {
            let members = line.members.intersection(coded)
            if members.isEmpty { empty.append(line.label) } else { columns.append(MatrixColumn(label: line.label, members: members)) }
        }
        if !empty.isEmpty {
            let listed = empty.count <= 12 ? ": " + empty.joined(separator: ", ") : ""
            notes.append(ResultNote(.info, "left out, no \(caseSingular) coded in \(rows.dimension.map { taxonomy.dimensions[$0].id } ?? rows.header): "
                + "\(empty.count) \(index.attributes[a].id) value\(empty.count == 1 ? "" : "s")\(listed)."))
        }
        return (index.attributes[a].id, columns)
    }

    /// An attribute's values among `scope`, each with its cases; a number attribute with many
    /// values comes in readable ranges (decades for years), said in a note.
    func attributeLines(_ a: Int, within scope: Bitset, notes: inout [ResultNote]) -> [MatrixColumn] {
        let runner = QueryRunner(index: index, caseNoun: study.caseNoun, language: language)
        let groups = runner.groups(of: scope, by: .attribute(a))
        let set = { (members: [Int]) in Bitset(count: index.count, members: members) }
        let values = groups.compactMap { g -> Double? in
            switch g.key {
            case .integer(let i): return Double(i)
            case .number(let d): return d
            default: return nil
            }
        }
        guard index.attributes[a].kind == .number, values.count > NumberRanges.maximumColumns,
              let ranges = NumberRanges(values) else {
            return groups.map { MatrixColumn(label: $0.label, members: set($0.members)) }
        }
        var members = [[Int]](repeating: [], count: ranges.count)
        var missing: [Int] = []
        for g in groups {
            switch g.key {
            case .integer(let i): members[ranges.slot(Double(i))] += g.members
            case .number(let d): members[ranges.slot(d)] += g.members
            default: missing += g.members
            }
        }
        var lines = (0..<ranges.count).filter { !members[$0].isEmpty }.map { MatrixColumn(label: ranges.label($0), members: set(members[$0])) }
        if !missing.isEmpty { lines.append(MatrixColumn(label: QueryRunner.noValue, members: set(missing))) }
        notes.append(ResultNote(.info, "\(index.attributes[a].id) in \(ranges.isDecades ? "decades (1990s: 1990–1999)" : "ranges of \(Cell.format(ranges.step))") "
            + "rather than \(values.count) single values; 'count \(study.caseNoun) group by \(index.attributes[a].id)' lists them."))
        return lines
    }

    func namesCell(_ members: Bitset, notes: inout [ResultNote]) -> Cell {
        let total = members.cardinality
        var names = members.first(Interpreter.namesPerCell).map { index.names[$0] }
        if total > Interpreter.namesPerCell {
            names.append("… \(total - Interpreter.namesPerCell) more")
            let note = ResultNote(.info, "cells list at most \(Interpreter.namesPerCell) \(study.caseNoun); "
                                  + "'… N more' counts the rest.")
            if !notes.contains(note) { notes.append(note) }
        }
        return .list(names)
    }
}

/// Equal ranges over a number attribute's values, at a readable step (1, 2 or 5 times a power of
/// ten; ten years for years), so a crosstab has a handful of columns rather than one per value.
struct NumberRanges {
    /// More distinct values than this are grouped.
    static let maximumColumns = 8

    let start: Double
    let step: Double
    let count: Int
    let isDecades: Bool

    init?(_ values: [Double]) {
        guard let low = values.min(), let high = values.max(), high > low else { return nil }
        let years = values.allSatisfy { $0 == $0.rounded() && (1000...2999).contains($0) } && high - low >= 10
        var step: Double = 10
        if !years {
            let rough = (high - low) / 6
            let power = Double.pow10(rough.log10Floor)
            step = [1, 2, 5, 10].map { $0 * power }.first { $0 >= rough } ?? 10 * power
        }
        self.step = step
        self.start = (low / step).rounded(.down) * step
        self.count = Int(((high - start) / step).rounded(.down)) + 1
        self.isDecades = years
        guard count <= 50 else { return nil }
    }

    func slot(_ v: Double) -> Int { min(count - 1, max(0, Int(((v - start) / step).rounded(.down)))) }

    func label(_ slot: Int) -> String {
        let low = start + Double(slot) * step
        if isDecades { return Cell.format(low) + "s" }
        let wholeSteps = step == step.rounded() && start == start.rounded()
        return Cell.format(low) + "–" + (wholeSteps ? Cell.format(low + step - 1) : "<" + Cell.format(low + step))
    }
}

private extension Double {
    /// ⌊log10(self)⌋ for a positive number, without Foundation.
    var log10Floor: Int {
        var e = 0, v = self
        while v >= 10 { v /= 10; e += 1 }
        while v < 1 { v *= 10; e -= 1 }
        return e
    }

    static func pow10(_ e: Int) -> Double {
        var r = 1.0
        for _ in 0..<abs(e) { r *= 10 }
        return e < 0 ? 1 / r : r
    }
}
