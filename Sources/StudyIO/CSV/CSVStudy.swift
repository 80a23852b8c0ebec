import SystemIO
import CaseModel
/// Loads a case × codes matrix, as NVivo, MAXQDA and QualCoder export one or as a QCA data set:
///
/// - The first row is the header; the first column holds the case names (its header is free).
/// - A header `DIM.CAT` (or a deeper path `DIM.A.B`) is a code column: `1`/`0`, `true`/`false`,
///   `yes`/`no`, `x`/empty, or a fuzzy-set degree in [0, 1], which is kept. A case is in a
///   category when its degree is above `CaseIndex.crossover` (0.5).
/// - Every other column is an attribute: numeric when every non-empty value is a number, a range
///   when they are numbers or bands `LOW~HIGH`, else text.
/// - **QCA tables** have no dotted header. Then every column whose non-empty values are all
///   memberships (and that has at least one) is a set in a single dimension, `conditions`: LC.csv's
///   `DEV` becomes `conditions.DEV`, queried as `conditions includes DEV`. Other columns are
///   attributes.
/// - With a taxonomy, headers name its categories (`financing.crowdfunding`, or `crowdfunding`
///   alone, by id, alias or label); a dotted header naming no category is an error, an undotted one
///   is an attribute (unless it is a near miss of a category and holds memberships: a typo).
/// - `attributes` declares attributes by id, alias or label; their columns take the declared
///   kind (an enumeration's cells must name its values) and declared attributes missing from the
///   file are kept, with no values.
///
/// The full rules, with examples, are in docs/csv-format.md.
public enum CSVStudy {
    /// Above this many rows `study.cases` stays empty: the index alone answers queries, and a
    /// million `Case` values would cost far more memory than the columns.
    public static let caseListLimit = 10_000

    /// Reads and parses a matrix file. `separator`: the field separator; nil takes a tab for `.tsv`
    /// and otherwise the one the header and first rows use (`Delimiter.sniff`).
    public static func load(path: String, taxonomy: Taxonomy?, attributes: [AttributeDefinition] = [],
                            separator: UInt8? = nil, interrupted: () -> Bool = { false }) throws(CSVLoadError) -> LoadedStudy {
        try load(path: path, taxonomy: taxonomy, attributes: attributes, separator: separator,
                 pieceSize: PieceSource.defaultPieceSize, wholeFileLimit: PieceSource.wholeFileLimit, interrupted: interrupted)
    }

    /// `pieceSize` and `wholeFileLimit` (see `PieceSource`) are parameters so tests can read small
    /// files in many pieces.
    static func load(path: String, taxonomy: Taxonomy?, attributes: [AttributeDefinition] = [], separator: UInt8? = nil,
                     pieceSize: Int, wholeFileLimit: Int, interrupted: () -> Bool = { false }) throws(CSVLoadError) -> LoadedStudy {
        let source = try PieceSource(path: path, pieceSize: pieceSize, wholeFileLimit: wholeFileLimit, interrupted: interrupted)
        return try parse(source, taxonomy: taxonomy, attributes: attributes, separator: separator, interrupted: interrupted)
    }

    public static func parse(_ bytes: [UInt8], fileName: String, taxonomy: Taxonomy?,
                             attributes: [AttributeDefinition] = [], separator: UInt8? = nil) throws(CSVLoadError) -> LoadedStudy {
        try parse(bytes, fileName: fileName, taxonomy: taxonomy, attributes: attributes, separator: separator,
                  pieceSize: PieceSource.defaultPieceSize)
    }

    static func parse(_ bytes: [UInt8], fileName: String, taxonomy: Taxonomy?, attributes: [AttributeDefinition] = [],
                      separator: UInt8? = nil, pieceSize: Int) throws(CSVLoadError) -> LoadedStudy {
        try parse(PieceSource(bytes: bytes, fileName: fileName, pieceSize: pieceSize), taxonomy: taxonomy,
                  attributes: attributes, separator: separator, interrupted: { false })
    }

    private static func parse(_ source: PieceSource, taxonomy: Taxonomy?, attributes: [AttributeDefinition],
                              separator: UInt8?, interrupted: () -> Bool) throws(CSVLoadError) -> LoadedStudy {
        var parser = try MatrixParser(source: source, taxonomy: taxonomy, declared: attributes, separator: separator,
                                      interrupted: interrupted)
        try parser.readRows(interrupted: interrupted)
        return try parser.finish(title: baseName(source.fileName))
    }

    private static func baseName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
