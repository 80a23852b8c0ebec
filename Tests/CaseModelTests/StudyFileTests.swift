import Testing
@testable import CaseModel
@testable import StudyIO
import TestSupport

@Suite("Loading study files")
struct StudyFileTests {
    private func loadErrors(_ path: String) -> [String] {
        do {
            _ = try StudyFormat.load(path: path)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test func missingFile() {
        let path = PackagePaths.root + "/no-such-study.json"
        #expect(loadErrors(path) == ["\(path): error: no such file"])
    }

    @Test func directory() {
        let path = PackagePaths.root + "/Tests"
        #expect(loadErrors(path) == ["\(path): error: is a directory"])
    }

    @Test func emptyFile() {
        #expect(loadErrors("/dev/null") == ["/dev/null:1:1: error: expected a JSON value, found end of input"])
    }

    @Test func aStudyFileLoads() throws {
        let study = try StudyFormat.load(path: PackagePaths.miniStudy)
        #expect(study.cases.map(\.name) == ["NOVA INNOVATION", "TESVOLT", "ABBERIOR"])
    }

    @Test func byteOrderMarkIsAccepted() throws {
        let plain = Array(studyJSON().utf8)
        let study = try StudyFormat.decode([0xEF, 0xBB, 0xBF] + plain, fileName: "bom.json")
        #expect(study == (try StudyFormat.decode(plain, fileName: "plain.json")))
    }
}
