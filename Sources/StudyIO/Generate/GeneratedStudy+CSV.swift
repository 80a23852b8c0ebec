import CaseModel
extension GeneratedStudy {
    /// Streams the study as a case matrix: `name`, the attributes, then one `0`/`1` column per
    /// leaf category, headed by its path (`financing.public.grant.direct_grant`).
    public func writeCSV(to output: inout ByteOutput) {
        let header = ["name"] + attributes.map(\.id) + leafHeaders
        output.append(header.map(CSVQuoting.field).joined(separator: ",") + "\n")
        // Cells that repeat (values, bands, fields) are quoted once, not once per case.
        let cells = plans.enumerated().map { a, plan in
            (0..<plan.valueCount).map { Array(CSVQuoting.field(plan.text($0, attributes[a])).utf8) }
        }
        let prefix = Array(namePrefix.utf8)
        var stream = CaseStream(self)
        while !output.failed, stream.advance() {
            let kase = stream.current
            output.append(bytes: prefix)
            output.append(integer: kase.index + 1, width: nameWidth)
            for (a, choice) in kase.choices.enumerated() {
                output.append(byte: UInt8(ascii: ","))
                if case .year = plans[a].values {
                    if choice >= 0 { output.append(integer: choice) }
                } else if choice >= 0 {
                    output.append(bytes: cells[a][choice])
                }
            }
            for coded in kase.coded {
                output.append(byte: UInt8(ascii: ","))
                output.append(byte: coded ? UInt8(ascii: "1") : UInt8(ascii: "0"))
            }
            output.append(byte: ASCII.lf)
            output.flushIfFull()
        }
        output.flush()
    }
}

extension AttributePlan {
    /// How many distinct values the plan chooses among (0 for years, which are written as numbers).
    var valueCount: Int {
        switch values {
        case .enumeration(let count): return count
        case .year: return 0
        case .bands(let bands): return bands.count
        case .text(let vocabulary): return vocabulary.count
        }
    }
}

/// RFC 4180 output: a field is quoted when it holds a separator, a quote, a line break, or
/// surrounding spaces (which a reader might trim).
enum CSVQuoting {
    static func field(_ text: String) -> String {
        let needsQuotes = text.utf8.contains { $0 == ASCII.comma || $0 == ASCII.quote || $0 == ASCII.lf || $0 == ASCII.cr }
            || text.first == " " || text.last == " "
        guard needsQuotes else { return text }
        var quoted = "\""
        for ch in text { quoted += ch == "\"" ? "\"\"" : String(ch) }
        return quoted + "\""
    }
}
