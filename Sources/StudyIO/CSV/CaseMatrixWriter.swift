import CaseModel

/// Writes a loaded study as the case matrix that `--data` reads (docs/csv-format.md): `name`, one
/// column per attribute, then one column per category headed by its path (`financing.society.
/// crowdfunding`), so the file carries its hierarchy even without `--taxonomy`. A category's column
/// holds its direct codes (1/0, or the fuzzy degree), so a parent's column does not repeat its
/// sub-categories' codes and the file loads back to the same index. Streams from the index, so a
/// million-case matrix is written without a record per case.
public enum CaseMatrixWriter {
    public static func write(_ loaded: LoadedStudy, to output: inout ByteOutput) {
        let index = loaded.index
        let taxonomy = index.taxonomy
        let header = ["name"] + index.attributes.map(\.id) + taxonomy.nodes.indices.map { taxonomy.path(of: $0).joined(separator: ".") }
        output.append(header.map(CSVQuoting.field).joined(separator: ",") + "\n")
        // Dictionary-encoded columns are quoted once per distinct value, not once per case.
        let dictionaries: [[[UInt8]]] = index.attributes.indices.map { a in
            switch index.columns[a] {
            case .number: return []
            case .range(_, _, _, let dictionary): return dictionary.map { Array(CSVQuoting.field($0).utf8) }
            case .text(_, let dictionary): return dictionary.map { Array(CSVQuoting.field($0.text(in: .en)).utf8) }
            // The English label (`Germany`), as `matrix --format csv` writes it; a reader resolves it as the id.
            case .enumeration: return index.attributes[a].values.map { v in
                Array(CSVQuoting.field(v.labels.en.isEmpty ? v.id : v.labels.en).utf8)
            }
            }
        }
        for i in 0..<index.count {
            if output.failed { return }
            output.append(CSVQuoting.field(index.names[i]))
            for a in index.attributes.indices {
                output.append(byte: UInt8(ascii: ","))
                switch index.columns[a] {
                case .number(let values):
                    if !values[i].isNaN { output.append(NumberText.format(values[i])) }
                case .range(_, _, let codes, _), .text(let codes, _), .enumeration(let codes):
                    if codes[i] >= 0 { output.append(bytes: dictionaries[a][Int(codes[i])]) }
                }
            }
            for node in taxonomy.nodes.indices {
                output.append(byte: UInt8(ascii: ","))
                if let degrees = loaded.memberships[node] {
                    output.append(NumberText.format(degrees[i].asDecimal))
                } else {
                    output.append(byte: index.directSets[node][i] ? UInt8(ascii: "1") : UInt8(ascii: "0"))
                }
            }
            output.append(byte: ASCII.lf)
            output.flushIfFull()
        }
        output.flush()
    }
}
