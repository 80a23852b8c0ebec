import CaseModel
@testable import StudyIO
import Foundation
import Testing
import TestSupport

/// Files and taxonomies the CSV tests share.
enum Fixtures {
    /// The QCA benchmark files live outside the package; without them the tests that need them are
    /// skipped locally, and fail in CI (where the `CI` variable is set) so they cannot go missing silently.
    static let qcaAvailable = FileManager.default.fileExists(atPath: PackagePaths.qca("LC.csv"))
        || ProcessInfo.processInfo.environment["CI"] != nil

    /// The file as rows of cells, read naively (the QCA files have no quoting): the independent
    /// reading the loader's answers are checked against.
    static func naiveRows(_ path: String) throws -> [[String]] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return text.split(whereSeparator: \.isNewline).map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }

    static func parse(_ text: String, file: String = "test.csv", taxonomy: Taxonomy? = nil,
                      attributes: [AttributeDefinition] = []) throws(CSVLoadError) -> LoadedStudy {
        try parseInPieces(Array(text.utf8), fileName: file, taxonomy: taxonomy, attributes: attributes)
    }

    /// Parses `bytes` whole, and again cut into pieces of a few bytes (each piece then holds a
    /// record or two, and batches run on several threads): the two must agree exactly, in the
    /// study or in the error, so every test of the loader also tests the parallel reader.
    static func parseInPieces(_ bytes: [UInt8], fileName: String, taxonomy: Taxonomy? = nil,
                              attributes: [AttributeDefinition] = [],
                              sourceLocation: SourceLocation = #_sourceLocation) throws(CSVLoadError) -> LoadedStudy {
        let whole = Result { () throws(CSVLoadError) in
            try CSVStudy.parse(bytes, fileName: fileName, taxonomy: taxonomy, attributes: attributes)
        }
        for size in [1, 7, 64] {
            let pieces = Result { () throws(CSVLoadError) in
                try CSVStudy.parse(bytes, fileName: fileName, taxonomy: taxonomy, attributes: attributes, pieceSize: size)
            }
            switch (whole, pieces) {
            case (.success(let a), .success(let b)):
                #expect(fingerprint(a) == fingerprint(b), "pieces of \(size) bytes", sourceLocation: sourceLocation)
            case (.failure(let a), .failure(let b)):
                #expect(a == b, "pieces of \(size) bytes", sourceLocation: sourceLocation)
            default:
                Issue.record("pieces of \(size) bytes: \(pieces) but whole: \(whole)", sourceLocation: sourceLocation)
            }
        }
        return try whole.get()
    }

    /// Everything a loaded matrix holds, as text, for comparing two loads.
    static func fingerprint(_ loaded: LoadedStudy) -> String {
        let index = loaded.index
        var study = loaded.study
        let cases = study.cases.map { kase in
            // A case's attributes are a dictionary, whose printed order differs between instances.
            "\(kase.name) \(kase.aliases) \(kase.attributes.sorted { $0.key < $1.key }) \(kase.codes)"
        }
        study.cases = []
        return ["\(study)", "\(cases)", "\(loaded.notes)", "\(index.names)", "\(index.attributes)", "\(index.columns)", "\(index.directSets)",
                "\(loaded.memberships.sorted { $0.key < $1.key })", "\(index.taxonomy.nodes.map(\.category.id))"]
            .joined(separator: "\n")
    }

    /// The error a hostile file gets, or nil when it loads.
    static func error(_ text: String, taxonomy: Taxonomy? = nil) -> CSVLoadError? {
        error(bytes: Array(text.utf8), taxonomy: taxonomy)
    }

    static func error(bytes: [UInt8], taxonomy: Taxonomy? = nil) -> CSVLoadError? {
        do {
            _ = try parseInPieces(bytes, fileName: "bad.csv", taxonomy: taxonomy)
            return nil
        } catch {
            return error
        }
    }

    static func node(_ loaded: LoadedStudy, _ id: String) -> Int? {
        loaded.index.taxonomy.index(of: id)
    }

    /// Names of the cases in `set`, in case order.
    static func names(_ loaded: LoadedStudy, _ set: Bitset) -> [String] {
        set.members.map { loaded.index.names[$0] }
    }

    /// The paper's taxonomy, as far as the samples and generator tests need it: same ids, labels
    /// and nesting as the built-in study (a stand-in, so these tests do not depend on its data).
    static let taxonomy = Taxonomy(dimensions: [
        dimension("org", "organisation structure", "组织结构", aliases: ["organization"], [
            leaf("inventor_executive", "inventor as executive", "发明家任企业高管"),
            leaf("rnd_department", "R&D department", "设置研发部门"),
            leaf("advisory_committee", "advisory committee", "顾问委员会"),
        ]),
        dimension("management", "management system", "管理制度", [
            node("target", "target management", "目标管理", [
                leaf("tech_innovation", "deepening technological innovation", "深化技术创新"),
                leaf("industry_leadership", "industry leadership", "行业领导地位"),
            ]),
            node("market", "market management", "市场管理", [
                leaf("internationalization", "internationalisation", "产品市场国际化"),
            ]),
        ]),
        dimension("financing", "financing channels", "融资渠道", [
            node("public", "public sector", "公共部门", [
                node("grant", "government grants", "政府专项拨款", [
                    leaf("direct_grant", "direct grant", "直接拨款"),
                    leaf("indirect_grant", "indirect grant", "间接拨款"),
                ]),
                leaf("research_funding", "research funding", "科研经费"),
            ]),
            node("private", "private sector", "私营部门", [
                node("equity", "equity financing", "股权融资", [
                    leaf("strategic_equity", "strategic equity", "战略性"),
                ]),
            ]),
            node("society", "the public", "社会大众", [
                Category(id: "crowdfunding", labels: LocalizedText(en: "crowdfunding", zh: "互联网众筹"), aliases: ["众筹"]),
            ]),
        ]),
        dimension("input", "innovation inputs", "创新投入", [
            node("cooperative_rnd", "cooperative R&D", "合作研发", [
                leaf("with_academia", "with academia", "与高校、科研院所合作"),
            ]),
        ]),
        dimension("outcome", "outcomes", "实施效果", [
            node("tech_accumulation", "technology accumulation", "技术积累", [leaf("patents", "patents", "专利")]),
        ]),
    ])

    static let attributes: [AttributeDefinition] = [
        AttributeDefinition(id: "country", labels: LocalizedText(en: "country", zh: "所属国家"), kind: .enumeration,
                            values: [("DE", "Germany"), ("GB", "United Kingdom"), ("NO", "Norway"), ("JP", "Japan"),
                                     ("FI", "Finland"), ("CH", "Switzerland"), ("DK", "Denmark"), ("CA", "Canada"),
                                     ("US", "United States")].map {
                                AttributeValueDefinition(id: $0.0, labels: LocalizedText(en: $0.1))
                            }),
        AttributeDefinition(id: "founded", labels: LocalizedText(en: "founded"), kind: .number),
        AttributeDefinition(id: "employees", labels: LocalizedText(en: "employees"), kind: .range),
        AttributeDefinition(id: "field", labels: LocalizedText(en: "field"), kind: .text),
    ]

    private static func dimension(_ id: String, _ en: String, _ zh: String, aliases: [String] = [],
                                  _ categories: [Category]) -> CaseModel.Dimension {
        CaseModel.Dimension(id: id, labels: LocalizedText(en: en, zh: zh), aliases: aliases, categories: categories)
    }

    private static func node(_ id: String, _ en: String, _ zh: String, _ children: [Category]) -> Category {
        Category(id: id, labels: LocalizedText(en: en, zh: zh), children: children)
    }

    private static func leaf(_ id: String, _ en: String, _ zh: String) -> Category {
        Category(id: id, labels: LocalizedText(en: en, zh: zh))
    }
}

extension Fixtures {
    static func errorWithAttributes(_ text: String) -> CSVLoadError? {
        do {
            _ = try parseInPieces(Array(text.utf8), fileName: "bad.csv", taxonomy: nil, attributes: attributes)
            return nil
        } catch {
            return error
        }
    }
}
