import CaseModel
import QueryResult

/// `matrix [DIM, …] [where COND]`: the case × code matrix, as QualCoder and QCA tools export it —
/// one row per case with its attributes, one 0/1 (or degree) column per category.
public struct MatrixStatement: StatementNode {
    /// The dimensions whose categories are columns; empty for all.
    public var dimensions: [Name]
    public var condition: Condition?

    public init(dimensions: [Name] = [], condition: Condition? = nil) {
        self.dimensions = dimensions
        self.condition = condition
    }

    public static let definition = StatementDefinition(
        keywords: [.matrix],
        grammar: #"matrix = "matrix" , [ name , { "," , name } ] , [ "where" , condition ] ;"#,
        standsAlone: true,
        parse: { p throws(Diagnostic) in try p.parseMatrix() },
        help: { p in
            let n = p.noun
            return [
            HelpBook.Entry(topic: "matrix", aliases: ["case matrix", "export"],
                  syntax: ["matrix [DIM, …] [where COND]"],
                  summary: Localized.text(.helpMatrixSummary, p.language, p.noun, String(p.noun.dropLastS)),
                  examples: HelpBook.present([
                    p.dimension.map { "matrix \($0)" },
                    zip(p.dimension, p.otherDimension).map { "matrix \($0), \($1)" },
                    zip(p.dimension, p.enumerationCondition).map { "matrix \($0) where \($1)" },
                  ]), shellExamples: []),
            ]
        },
        complete: { $0.matrixSlot() })

    public var printed: String {
        var text = "matrix"
        if !dimensions.isEmpty { text += " " + dimensions.map(Printer.print).joined(separator: ", ") }
        if let condition { text += " where " + Printer.print(condition) }
        return text
    }

    public func execute(in interpreter: Interpreter) throws(Diagnostic) -> StatementOutput {
        let resolver = interpreter.resolver
        var dims: [Int] = []
        for name in dimensions {
            if let a = interpreter.vocabulary.attribute(named: name.text) {
                throw Diagnostic("'\(name.text)' is an attribute; a matrix's columns are the categories of dimensions", at: name.range,
                                 notes: ["note: attributes are always columns of the matrix",
                                         "help: to compare \(interpreter.index.attributes[a].id) with a dimension, write "
                                            + "'crosstab \(interpreter.taxonomy.dimensions.first?.id ?? "DIM") by \(name.text)'"])
            }
            let d = try resolver.dimension(name)
            if !dims.contains(d) { dims.append(d) }
        }
        if dims.isEmpty { dims = Array(interpreter.taxonomy.dimensions.indices) }
        let predicate = try condition.map { c throws(Diagnostic) in try resolver.predicate(c) }
        return .table(interpreter.caseMatrix(dimensions: dims, predicate: predicate))
    }
}

extension Keyword {
    static let matrix = Keyword("matrix")
}

extension Parser {
    mutating func parseMatrix() throws(Diagnostic) -> MatrixStatement {
        _ = advance()
        var statement = MatrixStatement()
        if case .identifier = current.kind {
            statement.dimensions.append(try parseName(what: "a dimension"))
        } else if case .string = current.kind {
            statement.dimensions.append(try parseName(what: "a dimension"))
        }
        while !statement.dimensions.isEmpty, accept(.comma) != nil {
            statement.dimensions.append(try parseName(what: "a dimension"))
            if statement.dimensions.count > Limits.maxListItems {
                throw Diagnostic("too many items in the list (the limit is \(Limits.maxListItems))", at: statement.dimensions.last!.range)
            }
        }
        if accept(.where) != nil { statement.condition = try parseCondition() }
        return statement
    }
}

extension CompletionContext {
    /// `matrix [DIM, …] [where COND]`
    func matrixSlot() -> CompletionSlot {
        if let k = lastIndex(of: [.where], from: 1) {
            return conditionSlot(Array(tokens[(k + 1)...]), then: ["and", "or"])
        }
        guard let last = tokens.last else { return .nothing }
        switch last.kind {
        case .comma: return .dimensions
        case .keyword(.matrix): return .all([.dimensions, .keywords(["where"])])
        default: return .keywords(["where"])
        }
    }
}

extension Interpreter {
    /// Rows: the matching cases; columns: name, attributes, one per category of `dimensions`
    /// (depth first, so a parent comes before its sub-categories), then the codes per row.
    func caseMatrix(dimensions: [Int], predicate: Predicate?) -> ResultTable {
        let matches = Evaluator(index: index, study: study).evaluate(predicate)
        let runner = QueryRunner(index: index, caseNoun: study.caseNoun, language: language)
        let nodes = dimensions.flatMap { d in taxonomy.nodes.indices.filter { taxonomy.nodes[$0].dimension == d } }
        // Attribute cells are text here so the shading, which is for codes, passes them by.
        var columns = [Column("name")] + index.attributes.map { Column($0.id) }
        // Each category twice: by its name for people, by its path for CSV and JSON (the header --data reads).
        columns += nodes.map { node in
            Column(rowName(ofNode: node) + (taxonomy.children(of: node).isEmpty ? "" : " ›"), isNumeric: true, audience: .people)
        }
        columns += nodes.map { Column(taxonomy.path(of: $0).joined(separator: "."), isNumeric: true, audience: .programs) }
        columns.append(Column("total", isNumeric: true, audience: .people))
        var columnTotals = [Int](repeating: 0, count: nodes.count)
        var rows: [[Cell]] = []
        matches.forEachMember { i in
            var row: [Cell] = [.text(index.names[i])] + index.attributes.indices.map { a in
                let cell = runner.cell(attribute: a, case: i)
                return cell.isNumeric ? .text(cell.plainText) : cell
            }
            var codes = 0
            var cells: [Cell] = []
            for (k, node) in nodes.enumerated() {
                let coded = index.directSets[node][i]
                if coded { codes += 1; columnTotals[k] += 1 }
                cells.append(memberships[node].map { .number($0[i].asDecimal) } ?? .integer(coded ? 1 : 0))
            }
            row += cells + cells
            row.append(.integer(codes))
            rows.append(row)
        }
        var totals: [Cell] = [.text("total")] + index.attributes.map { _ in Cell.empty } + columnTotals.map { .integer($0) }
            + columnTotals.map { .integer($0) }
        totals.append(.integer(columnTotals.reduce(0, +)))
        rows.append(totals)
        var notes = [ResultNote(.info, "1: coded for the category itself; a parent's column (marked ›) does not repeat "
            + "its sub-categories' codes. total: codes per \(caseSingular), \(study.caseNoun) per category. CSV and JSON "
            + "head the columns by path (financing.society.crowdfunding) and leave the totals out: the case matrix --data reads.")]
        if let predicate, Resolver.negatesCodes(predicate), let note = QueryRunner.closedWorldNote(study, study.caseNoun, language) {
            notes.append(note)
        }
        var table = ResultTable(columns: columns, rows: rows, notes: notes, isMatrix: true, hasTotals: true)
        table.totalsRowForPeople = true
        return table
    }
}
