import CaseQL

/// swift-syntax style position markers: `1️⃣` in a test's source marks where a diagnostic must
/// point. Returns the source without markers and each marker's line and column.
struct MarkedSource {
    var source: String
    var markers: [String: (line: Int, column: Int)]

    static let names = ["1️⃣", "2️⃣", "3️⃣"]

    init(_ marked: String) {
        var source = ""
        var markers: [String: (Int, Int)] = [:]
        var line = 1, column = 1
        var rest = Substring(marked)
        outer: while let c = rest.first {
            for name in MarkedSource.names where rest.hasPrefix(name) {
                markers[name] = (line, column)
                rest = rest.dropFirst(name.count)
                continue outer
            }
            source.append(c)
            rest = rest.dropFirst()
            for _ in String(c).unicodeScalars {
                if c == "\n" { line += 1; column = 1 } else { column += 1 }
            }
        }
        self.source = source
        self.markers = markers
    }
}
