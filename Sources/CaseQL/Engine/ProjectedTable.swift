import CaseModel
import QueryResult

/// A `show` column bound to one index.
enum BoundProjection {
    case attribute(Int)
    case dimension(Int)
    case category(Int)
    case codes(Int?)
}

extension Binder {
    func bind(_ p: Projection) -> BoundProjection? {
        switch p {
        case .attribute(let id): return attribute(id).map { .attribute($0) }
        case .dimension(let id): return dimension(id).map { .dimension($0) }
        case .category(let ref): return node(ref).map { .category($0) }
        case .codes(nil): return .codes(nil)
        case .codes(let d?): return dimension(d).map { .codes($0) }
        }
    }
}

extension QueryRunner {
    /// `select … show ITEM, …`: the name, then one column per item. A dimension lists the case's
    /// most specific codes in it (a list: joined in tables and CSV, an array in JSON).
    func projectedTable(_ items: [BoundProjection], cases: AnswerCases) -> ResultTable {
        var columns = [Column("name")]
        var cellOf: [@Sendable (Int) -> Cell] = []
        for item in items {
            switch item {
            case .attribute(let a):
                columns.append(Column(index.attributes[a].id, isNumeric: index.attributes[a].kind == .number))
                cellOf.append { cell(attribute: a, case: $0) }
            case .dimension(let d):
                columns.append(Column(index.taxonomy.dimensions[d].id))
                cellOf.append { i in .list(index.mostSpecificCodes(of: i, inDimension: d).map(categoryLabel)) }
            case .category(let node):
                columns.append(Column(index.taxonomy.nodes[node].category.id, isNumeric: true))
                let set = index.categorySets[node]
                if let degrees = memberships[node] {
                    cellOf.append { i in i < degrees.count ? .number(degrees[i].asDecimal) : .integer(set[i] ? 1 : 0) }
                } else {
                    cellOf.append { i in .integer(set[i] ? 1 : 0) }
                }
            case .codes(let d):
                columns.append(Column(d.map { "codes in " + index.taxonomy.dimensions[$0].id } ?? "codes", isNumeric: true))
                let counts = index.codeCounts(inDimension: d)
                cellOf.append { .integer(counts[$0]) }
            }
        }
        let cells = cellOf
        return ResultTable(columns: columns, rowList: Rows(count: cases.count) { [index] r in
            let i = cases[r]
            var row = [Cell.text(index.names[i])]
            row.reserveCapacity(cells.count + 1)
            for cellAt in cells { row.append(cellAt(i)) }
            return row
        })
    }
}
