import CaseModel
import QueryResult

/// `crosstab DIM by ATTR|DIM [where COND] [show firms]`: the categories of one dimension against
/// the values of an attribute or the top-level categories of another dimension, as NVivo's matrix
/// coding query shows them. Every cell is the popcount of a bitset intersection.
extension Interpreter {
    /// Names listed in one cell with `show firms` before the rest are counted.
    static let namesPerCell = 100

    struct MatrixColumn {
        var label: String
        var members: Bitset
    }

    func crosstab(_ c: Crosstab) throws(Diagnostic) -> StatementOutput {
        if let noun = c.showNoun { try resolver.checkNoun(noun) }
        let d = try resolver.dimension(c.rows)
        let predicate = try c.condition.map { condition throws(Diagnostic) in try resolver.predicate(condition) }
        let scope = Evaluator(index: index, study: study).evaluate(predicate)
        let coded = scope.intersection(index.dimensionSets[d])
        var notes: [ResultNote] = []
        let (header, columns) = try matrixColumns(c.columns, coded: coded, scope: scope, rowDimension: d, notes: &notes)

        var rows: [[Cell]] = []
        for node in taxonomy.nodes.indices where taxonomy.nodes[node].dimension == d {
            let rowSet = index.categorySets[node].intersection(coded)
            var row: [Cell] = [.text(String(repeating: "  ", count: taxonomy.nodes[node].depth) + rowName(ofNode: node))]
            for column in columns {
                row.append(c.showCases ? namesCell(rowSet.intersection(column.members), notes: &notes)
                                       : .integer(rowSet.intersectionCount(column.members)))
            }
            row.append(.integer(rowSet.cardinality))
            rows.append(row)
        }
        var totals: [Cell] = [.text("total")]
        for column in columns { totals.append(.integer(column.members.cardinality)) }
        totals.append(.integer(coded.cardinality))
        rows.append(totals)

        let tableColumns = [Column(rowName(ofDimension: d))]
            + columns.map { Column($0.label, isNumeric: !c.showCases) }
            + [Column("total", isNumeric: true)]
        let noun = study.caseNoun
        notes.insert(ResultNote(.info,
            "cells: \(noun) coded for the row's category or a sub-category of it; total: distinct \(noun)."), at: 0)
        if let predicate, Resolver.negatesCodes(predicate) {
            notes.append(ResultNote(.closedWorld,
                "'not' over codes counts \(noun) for which the source reports no such code: absent codes mean "
                + "\"not reported in the paper\", not \"does not\"."))
        }
        let table = ResultTable(title: "\(taxonomy.dimensions[d].id) by \(header): \(noun) per cell",
                                columns: tableColumns, rows: rows, notes: notes, isMatrix: true, hasTotals: true)
        return .table(table)
    }

    /// The columns of the matrix: an attribute's values among the coded cases, or another
    /// dimension's top-level categories (plus the coded cases with no code there).
    func matrixColumns(_ name: Name, coded: Bitset, scope: Bitset, rowDimension: Int,
                       notes: inout [ResultNote]) throws(Diagnostic) -> (String, [MatrixColumn]) {
        let dimensions = vocabulary.dimension(named: name.text)
        if let e = dimensions.first, dimensions.count == 1 {
            var columns = taxonomy.roots(ofDimension: e).map { root in
                MatrixColumn(label: rowName(ofNode: root), members: index.categorySets[root].intersection(coded))
            }
            let uncoded = coded.intersection(index.dimensionSets[e].complement())
            if !uncoded.isEmpty { columns.append(MatrixColumn(label: QueryRunner.noCode, members: uncoded)) }
            if e != rowDimension {
                notes.append(ResultNote(.info, "a \(caseSingular) in several \(taxonomy.dimensions[e].id) categories "
                    + "counts in each column."))
            }
            return (taxonomy.dimensions[e].id, columns)
        }
        if Vocabulary.key(name.text) == Vocabulary.nameAttribute {
            throw Diagnostic("a crosstab by name would have one column per \(caseSingular)", at: name.range,
                             notes: ["help: to see the \(study.caseNoun) in each cell, add 'show \(study.caseNoun)'"])
        }
        guard let a = vocabulary.attribute(named: name.text) else {
            var d = resolver.unknown("dimension or attribute", name,
                                     among: vocabulary.dimensionNames + vocabulary.attributeNames.filter { $0 != Vocabulary.nameAttribute })
            if !vocabulary.category(named: name.text).isEmpty {
                d.notes.insert("note: '\(name.text)' is a category; columns are an attribute or a dimension", at: 0)
            }
            throw d
        }
        let runner = QueryRunner(index: index, caseNoun: study.caseNoun, language: language)
        var columns: [MatrixColumn] = []
        var empty: [String] = []
        for group in runner.groups(of: scope, by: .attribute(a)) {
            let members = Bitset(count: index.count, members: group.members).intersection(coded)
            if members.isEmpty { empty.append(group.label) } else { columns.append(MatrixColumn(label: group.label, members: members)) }
        }
        if !empty.isEmpty {
            let listed = empty.count <= 12 ? ": " + empty.joined(separator: ", ") : ""
            notes.append(ResultNote(.info, "left out, no \(caseSingular) coded in \(taxonomy.dimensions[rowDimension].id): "
                + "\(empty.count) \(index.attributes[a].id) value\(empty.count == 1 ? "" : "s")\(listed)."))
        }
        return (index.attributes[a].id, columns)
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
