import CaseModel
import CaseQL
import FuzzSupport
import REFIQDA

// Arbitrary bytes as a REFI-QDA project (.qde, texts inline). The reader accepts or reports; an
// accepted project must export to a project that reads back, and a study that came from REFI-QDA
// must come back whole from its own export (it holds nothing REFI-QDA cannot). The codebook reader
// gets the same bytes.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzREFIQDA(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = try? REFIQDA.decodeTaxonomy(bytes, fileName: "fuzz.qdc")
    guard let study = try? REFIQDA.decodeProject(bytes, fileName: "fuzz.qde") else { return 0 }
    let encoded = REFIQDA.encodeProject(study)
    let again: Study
    do {
        again = try REFIQDA.decodeProject(Array(encoded.utf8), fileName: "encoded.qde")
    } catch {
        fatalError("an accepted project does not load once exported: \(error)\n\(encoded)")
    }
    guard again.taxonomy == study.taxonomy, again.cases.map(\.codes) == study.cases.map(\.codes),
          again.cases.map(\.name) == study.cases.map(\.name) else {
        fatalError("a REFI-QDA study does not come back from its own export:\n\(encoded)")
    }
    StudyExercise.run(Interpreter(study: study))
    return 0
}
