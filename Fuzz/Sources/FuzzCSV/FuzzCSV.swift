import CaseModel
import CaseQL
import StudyIO
import FuzzSupport

// Arbitrary bytes as a CSV case matrix, read without a taxonomy (headers make one up, or a QCA
// table) and with the built-in study's; an accepted matrix must answer statements.

let builtin = BuiltinStudy.load()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    var bytes = Array(UnsafeBufferPointer(start: data, count: size))
    // A leading U+0001 (never the start of a real file) asks for the built-in taxonomy, so both
    // variants grow from one corpus.
    let withTaxonomy = bytes.first == 0x01
    if withTaxonomy { bytes.removeFirst() }
    guard let loaded = try? CSVStudy.parse(bytes, fileName: "fuzz.csv",
                                           taxonomy: withTaxonomy ? builtin.taxonomy : nil,
                                           attributes: withTaxonomy ? builtin.attributes : []) else { return 0 }
    StudyExercise.run(Interpreter(study: loaded.study, index: loaded.index))
    return 0
}
