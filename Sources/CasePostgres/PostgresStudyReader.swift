import CaseModel
import CaseSQL
import StudyIO

/// Reads a study back from the tables of docs/sql.md in a PostgreSQL schema (what
/// `caseql export-study --format sql --dialect postgres` writes): the metadata row for what the
/// tables cannot hold, `cases` for names and attributes, `codes` and `evidence` for the codes and
/// their quotes. Every table is checked first, so a wrong schema is one clear error.
struct PostgresStudyReader {
    let link: PostgresLink
    let dialect = SQLDialect.postgres

    func id(_ name: String) -> String { dialect.identifier(name) }
    var where_: String { link.url.display }

    func read() throws(LiveStudyError) -> LoadedStudy {
        try checkTables()
        var study = try metadata()
        let layout = RelationalLayout(attributes: study.attributes)
        var (cases, positions) = try readCases(layout)
        // The records of the metadata give each case what the tables do not hold.
        if !study.cases.isEmpty {
            var byName: [String: Case] = [:]
            for record in study.cases { byName[record.name] = record }
            for i in cases.indices {
                guard let record = byName[cases[i].name] else { continue }
                cases[i].aliases = record.aliases
                cases[i].candidates = record.candidates
                cases[i].facts = record.facts
                cases[i].notes = record.notes
            }
        }
        try readCodes(into: &cases, positions: positions, taxonomy: FlatTaxonomy(study.taxonomy))
        study.cases = cases
        return LoadedStudy(study: study)
    }

    func checkTables() throws(LiveStudyError) {
        let schema = try link.rows("SELECT current_schema()")
        guard let current = schema.first?.first ?? nil else {
            throw LiveStudyError(at: where_, "schema '\(link.url.schema)' does not exist in database '\(link.url.database)'")
        }
        let present = Set(try link.rows("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")
            .compactMap { $0.first ?? nil })
        let wanted = RelationalLayout(attributes: []).tables.map(\.name)
        let missing = wanted.filter { !present.contains($0) }
        guard missing.isEmpty else {
            throw LiveStudyError(at: where_, "schema '\(current)' has no caseql study (missing table\(missing.count == 1 ? "" : "s") "
                + missing.joined(separator: ", ") + "); load one with `caseql export-study --format sql --dialect postgres | psql …`")
        }
    }

    func metadata() throws(LiveStudyError) -> Study {
        let rows = try link.rows("SELECT key, value FROM study")
        var values: [String: String] = [:]
        for row in rows where row.count == 2 { if let k = row[0], let v = row[1] { values[k] = v } }
        guard let format = values["format"], format.hasPrefix("caseql-study "), let json = values["metadata"] else {
            throw LiveStudyError(at: where_, "table 'study' has no caseql metadata (format, metadata); re-export the study with caseql")
        }
        let schema: StudySchema
        do {
            schema = try StudyFormat.decodeSchema(Array(json.utf8), fileName: "\(where_) study.metadata")
        } catch {
            throw LiveStudyError(error.description)
        }
        guard var study = schema.study else {
            throw LiveStudyError(at: where_, "study.metadata is not a caseql study")
        }
        study.codesAreData = values["codes_are_data"] == "true"
        return study
    }

    /// The cases in study order (by `case_no`), with their attributes; and each `case_no`'s position.
    func readCases(_ layout: RelationalLayout) throws(LiveStudyError) -> ([Case], [Int: Int]) {
        var columns = ["case_no", "name"]
        for a in layout.attributes {
            switch a.definition.kind {
            case .number, .enumeration: columns.append(a.value)
            case .text: columns += [a.value, a.zh ?? a.value]
            case .range: columns += [a.value, a.low ?? a.value, a.high ?? a.value]
            }
        }
        let rows = try link.rows("SELECT " + columns.map(id).joined(separator: ", ") + " FROM cases ORDER BY case_no")
        var cases: [Case] = []
        var positions: [Int: Int] = [:]
        cases.reserveCapacity(rows.count)
        for row in rows {
            guard let number = row[0].flatMap({ Int($0) }), let name = row[1] else {
                throw LiveStudyError(at: where_, "table 'cases' has a row without case_no or name")
            }
            var kase = Case(name: name)
            var k = 2
            for a in layout.attributes {
                let definition = a.definition
                switch definition.kind {
                case .number:
                    if let v = row[k].flatMap({ Double($0) }) { kase.attributes[definition.id] = .number(v) }
                    k += 1
                case .enumeration:
                    if let v = row[k] { kase.attributes[definition.id] = .value(v) }
                    k += 1
                case .text:
                    if row[k] != nil || row[k + 1] != nil {
                        kase.attributes[definition.id] = .text(LocalizedText(en: row[k] ?? "", zh: row[k + 1] ?? ""))
                    }
                    k += 2
                case .range:
                    if let text = row[k], let low = row[k + 1].flatMap({ Double($0) }), let high = row[k + 2].flatMap({ Double($0) }) {
                        kase.attributes[definition.id] = .range(low: low, high: high, text: text)
                    }
                    k += 3
                }
            }
            guard positions[number] == nil else {
                throw LiveStudyError(at: where_, "table 'cases' has case_no \(number) twice")
            }
            positions[number] = cases.count
            cases.append(kase)
        }
        return (cases, positions)
    }

    /// Codes in each case's recorded order (taxonomy order where none is recorded), with their quotes.
    func readCodes(into cases: inout [Case], positions: [Int: Int], taxonomy: FlatTaxonomy) throws(LiveStudyError) {
        var codes: [[(order: Int, node: Int, code: Code)]] = Array(repeating: [], count: cases.count)
        for row in try link.rows("SELECT case_no, category, membership, position FROM codes") {
            guard let c = row[0].flatMap({ Int($0) }).flatMap({ positions[$0] }), let category = row[1],
                  let node = taxonomy.index(of: category) else {
                throw LiveStudyError(at: where_, "table 'codes' has a row for a case or category the study lacks: "
                    + "case_no \(row[0] ?? "NULL"), category \(row[1] ?? "NULL")")
            }
            let membership = row[2].flatMap { Double($0) } ?? 1
            codes[c].append((row[3].flatMap { Int($0) } ?? Int.max, node, Code(category: category, membership: membership)))
        }
        var quotes = 0, orphans = 0
        var slot: [[String: Int]] = Array(repeating: [:], count: cases.count)
        for c in codes.indices {
            codes[c].sort { ($0.order, $0.node) < ($1.order, $1.node) }
            for (i, entry) in codes[c].enumerated() { slot[c][entry.code.category] = i }
        }
        for row in try link.rows("SELECT case_no, category, quote, gloss, section FROM evidence ORDER BY case_no, position") {
            quotes += 1
            guard let c = row[0].flatMap({ Int($0) }).flatMap({ positions[$0] }), let category = row[1],
                  let i = slot[c][category] else { orphans += 1; continue }
            codes[c][i].code.evidence.append(Evidence(quote: row[2] ?? "", gloss: row[3] ?? "",
                                                      section: PostgresStudyReader.section(row[4] ?? "")))
        }
        if orphans > 0 {
            throw LiveStudyError(at: where_, "\(orphans) of \(quotes) rows of 'evidence' are for codes that table 'codes' lacks")
        }
        for c in cases.indices { cases[c].codes = codes[c].map(\.code) }
    }

    /// A section as the layout prints it (`§3.3 社会融资渠道`) back into its number and title.
    static func section(_ display: String) -> SectionRef {
        var text = Substring(display)
        if text.hasPrefix("§") { text = text.dropFirst() }
        guard let space = text.firstIndex(of: " ") else { return SectionRef(number: String(text), title: "") }
        return SectionRef(number: String(text[..<space]), title: String(text[text.index(after: space)...]))
    }
}
