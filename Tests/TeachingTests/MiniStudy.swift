import CaseModel
@testable import StudyIO

/// A small study unlike the paper's (another noun, one dimension, no enumeration attribute), so
/// that help examples are shown to come from the loaded study.
enum MiniStudy {
    static let study: Study = {
        let taxonomy = Taxonomy(dimensions: [
            Dimension(id: "crisis", labels: .init(en: "crisis", zh: "危机"), categories: [
                Category(id: "economic", labels: .init(en: "economic crisis"), children: [
                    Category(id: "inflation", labels: .init(en: "inflation")),
                    Category(id: "unemployment", labels: .init(en: "unemployment")),
                ]),
                Category(id: "political", labels: .init(en: "political crisis")),
            ]),
        ])
        let attributes = [
            AttributeDefinition(id: "year", labels: .init(en: "year"), kind: .number),
            AttributeDefinition(id: "region", labels: .init(en: "region"), kind: .text),
        ]
        func kase(_ name: String, _ year: Double, _ region: String, _ codes: [String]) -> Case {
            Case(name: name, attributes: ["year": .number(year), "region": .text(.init(en: region))],
                 codes: codes.map { Code(category: $0) })
        }
        return Study(title: .init(en: "mini"), caseNoun: "countries", attributes: attributes, taxonomy: taxonomy, cases: [
            kase("Austria 1934", 1934, "central europe", ["inflation", "political"]),
            kase("Estonia", 1934, "baltic states", ["unemployment"]),
            kase("Finland", 1932, "nordic countries", []),
        ])
    }()
}
