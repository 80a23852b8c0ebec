#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
@testable import CaseModel
@testable import StudyIO
import SystemIO
import TestSupport

extension PackagePaths {
    static let miniStudy = file("Tests/CaseModelTests/Fixtures/mini-study.json")

    static var isCI: Bool { Environment.value("CI").map { !$0.isEmpty } ?? false }
}

/// Reading files and the environment without Foundation, as the module under test does.
enum Environment {
    static func value(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    static func bytes(of path: String) -> [UInt8]? {
        try? FileReading.contents(of: path)
    }

    static func exists(_ path: String) -> Bool {
        access(path, F_OK) == 0
    }
}

/// JSON with position markers in it: the JSON parser's positions and messages for them.
extension MarkedSource {
    var bytes: [UInt8] { Array(text.utf8) }

    /// Where `marker` is, as the JSON parser reports positions.
    func position(_ marker: Character) -> JSONPosition? {
        markers[marker].map { JSONPosition(line: $0.line, column: $0.column) }
    }

    /// "test.json:LINE:COL: error: rest" for a marker.
    func diagnostic(_ marker: Character, _ rest: String, file: String = "test.json") -> String {
        guard let position = position(marker) else { return "no marker \(marker) in the source" }
        return "\(file):\(position): error: \(rest)"
    }
}

/// The diagnostics decoding gives, as printed; empty when the study loads.
func diagnostics(of source: MarkedSource) -> [String] {
    do {
        _ = try StudyFormat.decode(source.bytes, fileName: "test.json")
        return []
    } catch {
        return error.diagnostics.map(\.description)
    }
}

/// A small valid study, with any part replaceable (markers may go in the replacements).
func studyJSON(attributes: String = TestStudy.attributes, taxonomy: String = TestStudy.taxonomy,
               cases: String = TestStudy.cases, head: String = "\"format\": 1,", tail: String = "") -> String {
    """
    {
      \(head)
      "title": {"en": "Test study", "zh": "测试研究"},
      "caseNoun": "firms",
      "attributes": \(attributes),
      "taxonomy": \(taxonomy),
      "cases": \(cases)\(tail)
    }
    """
}

enum TestStudy {
    static let attributes = """
    [
        {"id": "country", "labels": {"en": "country", "zh": "国家"}, "kind": "enumeration",
         "values": [{"id": "DE", "labels": {"en": "Germany", "zh": "德国"}},
                    {"id": "GB", "labels": {"en": "United Kingdom", "zh": "英国"}, "aliases": ["UK"]}]},
        {"id": "founded", "labels": "founded", "kind": "number"},
        {"id": "employees", "labels": "employees", "kind": "range"},
        {"id": "field", "labels": "field", "kind": "text"}
      ]
    """

    static let taxonomy = """
    {"dimensions": [
        {"id": "org", "labels": {"en": "organisation", "zh": "组织结构"},
         "categories": [{"id": "inventor_executive", "labels": "inventor as executive"}]},
        {"id": "financing", "labels": {"en": "financing", "zh": "融资渠道"},
         "categories": [
           {"id": "public", "labels": {"en": "public sector", "zh": "公共部门"},
            "children": [{"id": "procurement", "labels": {"zh": "政府购买"}}]},
           {"id": "society", "labels": "society",
            "children": [{"id": "crowdfunding", "labels": {"en": "crowdfunding", "zh": "互联网众筹"}, "aliases": ["众筹"]}]}]}
      ]}
    """

    static let cases = """
    [
        {"name": "NOVA INNOVATION", "aliases": ["NOVA"],
         "attributes": {"country": "GB", "founded": 2010, "employees": "11~50", "field": "tidal energy"},
         "codes": [{"category": "crowdfunding", "evidence": [{"quote": "众筹", "section": {"number": "3.3", "title": "社会融资渠道"}}]}]}
      ]
    """

    /// A case with the given members after its name, for tests of case-level rules.
    static func cases(_ members: String, name: String = "TESVOLT") -> String {
        """
        [
            {"name": "\(name)", \(members)}
          ]
        """
    }
}
