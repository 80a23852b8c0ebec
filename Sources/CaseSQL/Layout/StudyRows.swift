import CaseModel
import StudyIO

/// The rows of each table of the layout, produced one at a time so a million-case study is
/// never held twice. Codes, attributes and names come from the index (what queries see); evidence
/// and notes from the per-case records, where the study has them.
public struct StudyRows: Sendable {
    public let loaded: LoadedStudy
    public let layout: RelationalLayout

    public init(_ loaded: LoadedStudy) {
        self.loaded = loaded
        self.layout = RelationalLayout(attributes: loaded.index.attributes)
    }

    var index: CaseIndex { loaded.index }
    var taxonomy: FlatTaxonomy { index.taxonomy }

    public func forEachRow(of table: String, _ body: ([SQLValue]) -> Void) {
        switch table {
        case "cases": caseRows(body)
        case "attribute_values":
            for a in index.attributes where a.kind == .enumeration {
                for (p, v) in a.values.enumerated() {
                    body([.text(a.id), .text(v.id), .integer(p), .text(v.labels.en), .text(v.labels.zh)])
                }
            }
        case "dimensions":
            for (p, d) in taxonomy.dimensions.enumerated() {
                body([.text(d.id), .integer(p), .text(d.labels.en), .text(d.labels.zh), .text(d.definition.en),
                      .text(d.definition.zh), StudyRows.section(d.section)])
            }
        case "categories":
            for (p, node) in taxonomy.nodes.enumerated() {
                let c = node.category
                body([.text(c.id), .text(taxonomy.dimensions[node.dimension].id),
                      node.parent.map { .text(taxonomy.nodes[$0].category.id) } ?? .null, .integer(p), .integer(node.depth),
                      .text(c.labels.en), .text(c.labels.zh), .text(c.definition.en), .text(c.definition.zh),
                      StudyRows.section(c.section)])
            }
        case "category_ancestors":
            for n in taxonomy.nodes.indices {
                for (distance, ancestor) in taxonomy.lineage(of: n).enumerated() {
                    body([.text(taxonomy.nodes[n].category.id), .text(taxonomy.nodes[ancestor].category.id), .integer(distance)])
                }
            }
        case "codes":
            for (n, node) in taxonomy.nodes.enumerated() {
                let id = SQLValue.text(node.category.id)
                let records = cases
                func position(_ c: Int) -> SQLValue {
                    guard c < records.count, let p = records[c].codes.firstIndex(where: { $0.category == node.category.id }) else { return .null }
                    return .integer(p)
                }
                if let degrees = loaded.memberships[n] {
                    for (c, degree) in degrees.enumerated() where degree > 0 {
                        body([.integer(c), id, .double(loaded.membership(case: c, node: n)), position(c)])
                    }
                } else {
                    index.directSets[n].forEachMember { body([.integer($0), id, .double(1), position($0)]) }
                }
            }
        case "evidence": evidenceRows(body)
        case "notes": noteRows(body)
        case "study":
            body([.text("format"), .text("caseql-study 1")])
            body([.text("codes_are_data"), .text(loaded.study.codesAreData ? "true" : "false")])
            body([.text("metadata"), .text(StudyRows.metadata(loaded))])
        default: break
        }
    }

    private func caseRows(_ body: ([SQLValue]) -> Void) {
        for c in 0..<index.count {
            var row: [SQLValue] = [.integer(c), .text(index.names[c])]
            for (a, column) in index.columns.enumerated() {
                switch column {
                case .number(let values):
                    row.append(values[c].isNaN ? .null : .double(values[c]))
                case .range(let lows, let highs, let codes, let dictionary):
                    if codes[c] < 0 || lows[c].isNaN {
                        row += [.null, .null, .null]
                    } else {
                        row += [.text(dictionary[Int(codes[c])]), .double(lows[c]), .double(highs[c])]
                    }
                case .text(let codes, let dictionary):
                    if codes[c] < 0 { row += [.null, .null] } else {
                        let t = dictionary[Int(codes[c])]
                        row += [.text(t.en), .text(t.zh)]
                    }
                case .enumeration(let codes):
                    let values = index.attributes[a].values
                    row.append(values.indices.contains(Int(codes[c])) ? .text(values[Int(codes[c])].id) : .null)
                }
            }
            body(row)
        }
    }

    /// Per-case records exist only for studies loaded from the study format or a small matrix.
    private var cases: [Case] { loaded.study.cases.count == index.count ? loaded.study.cases : [] }

    private func evidenceRows(_ body: ([SQLValue]) -> Void) {
        for (c, kase) in cases.enumerated() {
            var p = 0
            for code in kase.codes {
                for e in code.evidence {
                    body([.integer(c), .text(code.category), .text(e.quote), .text(e.gloss), .text(e.section.display), .integer(p)])
                    p += 1
                }
            }
        }
    }

    private func noteRows(_ body: ([SQLValue]) -> Void) {
        for (p, note) in loaded.study.notes.enumerated() {
            body([.null, .text(note.kind.rawValue), .text(note.text.en), .text(note.text.zh), .integer(p)])
        }
        for (c, kase) in cases.enumerated() {
            for (p, note) in kase.notes.enumerated() {
                body([.integer(c), .text(note.kind.rawValue), .text(note.text.en), .text(note.text.zh), .integer(p)])
            }
        }
    }

    /// What the tables do not hold, in the JSON study format: the study's title, taxonomy (aliases,
    /// examples), attribute declarations (those the index has: a matrix's are read off its columns)
    /// and notes, and of each case with a record its aliases, candidate codes, facts and notes;
    /// attributes, codes and quotes are left to the tables.
    static func metadata(_ loaded: LoadedStudy) -> String {
        var study = loaded.study
        study.attributes = loaded.index.attributes
        study.cases = study.cases.count == loaded.index.count ? study.cases.map { kase in
            Case(name: kase.name, aliases: kase.aliases, candidates: kase.candidates, facts: kase.facts, notes: kase.notes)
        } : []
        return StudyFormat.encode(study)
    }

    static func section(_ ref: SectionRef?) -> SQLValue { ref.map { .text($0.display) } ?? .null }
}
