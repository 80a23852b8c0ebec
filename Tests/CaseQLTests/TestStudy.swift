import CaseModel
@testable import StudyIO
@testable import CaseQL

/// A small invented study with the shape of the built-in one, so language tests do not depend on
/// the paper's data (data tests check that separately).
enum TestStudy {
    static let study: Study = {
        let taxonomy = Taxonomy(dimensions: [
            Dimension(id: "org", labels: .init(en: "organisation structure", zh: "组织结构"), aliases: ["organization", "organisation"],
                      categories: [
                        Category(id: "inventor_executive", labels: .init(en: "inventor as executive", zh: "发明家任企业高管")),
                        Category(id: "rnd_department", labels: .init(en: "R&D department", zh: "设置研发部门"), aliases: ["研发部门"]),
                      ]),
            Dimension(id: "financing", labels: .init(en: "financing channels", zh: "融资渠道"), categories: [
                Category(id: "public", labels: .init(en: "public sector", zh: "公共部门"), children: [
                    Category(id: "grant", labels: .init(en: "government grant", zh: "政府专项拨款"), children: [
                        Category(id: "direct_grant", labels: .init(en: "direct grant", zh: "直接拨款")),
                    ]),
                    Category(id: "procurement", labels: .init(en: "government procurement", zh: "政府购买")),
                ]),
                Category(id: "private", labels: .init(en: "private sector", zh: "私营部门"), children: [
                    Category(id: "debt", labels: .init(en: "debt financing", zh: "债务融资")),
                ]),
                Category(id: "society", labels: .init(en: "society", zh: "社会大众"), children: [
                    Category(id: "crowdfunding", labels: .init(en: "internet crowdfunding", zh: "互联网众筹"), aliases: ["众筹"]),
                ]),
            ]),
        ])
        let attributes = [
            AttributeDefinition(id: "country", labels: .init(en: "country", zh: "所属国家"), aliases: ["国家"], kind: .enumeration,
                                values: [
                                    .init(id: "DE", labels: .init(en: "Germany", zh: "德国")),
                                    .init(id: "GB", labels: .init(en: "United Kingdom", zh: "英国"), aliases: ["UK"]),
                                    .init(id: "US", labels: .init(en: "United States", zh: "美国"), aliases: ["USA"]),
                                ]),
            AttributeDefinition(id: "founded", labels: .init(en: "founded", zh: "企业创立年份"), kind: .number),
            AttributeDefinition(id: "employees", labels: .init(en: "employees", zh: "企业雇员数/人"), kind: .range),
            AttributeDefinition(id: "field", labels: .init(en: "field", zh: "企业所在专业领域"), kind: .text),
        ]
        func kase(_ name: String, _ country: String, _ founded: Double, _ band: (Double, Double), _ zh: String, _ en: String,
                  _ codes: [String], aliases: [String] = []) -> Case {
            Case(name: name, aliases: aliases, attributes: [
                "country": .value(country), "founded": .number(founded),
                "employees": .range(low: band.0, high: band.1, text: "\(Int(band.0))~\(Int(band.1))"),
                "field": .text(.init(en: en, zh: zh)),
            ], codes: codes.map { Code(category: $0) })
        }
        let cases = [
            kase("ALPHA WORKS", "DE", 2014, (51, 200), "能源储存", "energy storage", ["inventor_executive", "debt"]),
            kase("BETA TIDAL", "GB", 2010, (11, 50), "潮汐能", "tidal energy", ["crowdfunding", "procurement"], aliases: ["BETA"]),
            kase("GAMMA LABS", "DE", 2012, (51, 200), "纳米显微镜", "nanoscopy", ["rnd_department", "direct_grant"]),
            kase("DELTA WATER", "US", 1901, (51, 200), "水处理设备", "water treatment", []),
            kase("EPSILON DATA", "US", 1991, (11, 50), "手术室管理", "operating room management", ["rnd_department"]),
        ]
        return Study(title: .init(en: "test study"), caseNoun: "firms", attributes: attributes, taxonomy: taxonomy, cases: cases)
    }()

    static let interpreter = Interpreter(study: study)
}
