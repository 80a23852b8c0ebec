import CaseModel
import CaseQL
import StudyIO
import FuzzSupport

// Arbitrary bytes as a JSON study file. A file the loader accepts must also index, answer
// statements, and survive the documented round trip `decode(encode(s)) == s`.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzStudyJSON(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let study = try? StudyFormat.decode(bytes, fileName: "fuzz.json") else { return 0 }
    let encoded = StudyFormat.encode(study)
    guard let again = try? StudyFormat.decode(Array(encoded.utf8), fileName: "encoded.json") else {
        fatalError("an accepted study does not load once encoded:\n\(encoded)")
    }
    if again != study {
        fatalError("decode(encode(s)) != s for:\n\(encoded)")
    }
    StudyExercise.run(Interpreter(study: study))
    return 0
}
