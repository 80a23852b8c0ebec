// Generates a large REFI-QDA project and times loading it: `refi-bench [SCALE …]`, where SCALE 1 is
// 10,000 sources, 500 codes and 200,000 codings (500 cases of 20 sources). Each scale is written as
// a .qdpx under $TMPDIR, then loaded as `caseql --data` loads it (REFIQDA.loadStudy, then the
// index); the wall time, the time per coding and the peak memory (max RSS) are printed, so
// linearity shows across scales.
import CaseModel
import Foundation
import REFIQDA
import ZIPFoundation

struct Generator {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
}

func guid(_ kind: UInt32, _ n: Int) -> String {
    let hex = String(n, radix: 16)
    return String(format: "%08x-0000-4000-8000-", kind) + String(repeating: "0", count: 12 - hex.count) + hex
}

let words = ["financing", "crowdfunding", "partners", "grant", "patent", "market", "export", "team",
             "众筹", "融资", "合作研发", "专利", "政府补贴", "市场", "🎉", "客户", "university", "loan"]

/// The project at `scale` as a .qdpx at `path`; returns the number of codings written.
func writeProject(scale: Double, to path: String) throws -> Int {
    let sources = Int(10_000 * scale), codingsPerSource = 20, casesCount = max(1, sources / 20)
    var random = Generator()
    var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"bench\" origin=\"refi-bench\">\n"
    // 500 codes: 20 dimensions of 4 groups of 5 leaves, plus 20 childless top-level codes.
    var leaves: [String] = []
    var code = 0
    xml += "<CodeBook><Codes>\n"
    for d in 0..<20 {
        code += 1
        xml += "<Code guid=\"\(guid(1, code))\" name=\"Dimension \(d)\" isCodable=\"false\">\n"
        for g in 0..<4 {
            code += 1
            xml += "<Code guid=\"\(guid(1, code))\" name=\"Group \(d).\(g)\" isCodable=\"true\">\n"
            for l in 0..<5 {
                code += 1
                leaves.append(guid(1, code))
                xml += "<Code guid=\"\(guid(1, code))\" name=\"Code \(d).\(g).\(l)\" isCodable=\"true\"><Description>Leaf \(l)</Description></Code>\n"
            }
            xml += "</Code>\n"
        }
        xml += "</Code>\n"
    }
    for l in 0..<(500 - code) {
        leaves.append(guid(1, code + l + 1))
        xml += "<Code guid=\"\(guid(1, code + l + 1))\" name=\"Loose \(l)\" isCodable=\"true\"/>\n"
    }
    xml += "</Codes></CodeBook>\n<Variables>\n"
    xml += "<Variable guid=\"\(guid(2, 1))\" name=\"Country\" typeOfVariable=\"Text\"/>\n"
    xml += "<Variable guid=\"\(guid(2, 2))\" name=\"Founded\" typeOfVariable=\"Integer\"/>\n"
    xml += "<Variable guid=\"\(guid(2, 3))\" name=\"Listed\" typeOfVariable=\"Boolean\"/>\n</Variables>\n<Cases>\n"
    for c in 0..<casesCount {
        xml += "<Case guid=\"\(guid(3, c))\" name=\"Case \(c)\">"
        xml += "<VariableValue><VariableRef targetGUID=\"\(guid(2, 1))\"/><TextValue>Country \(c % 30)</TextValue></VariableValue>"
        xml += "<VariableValue><VariableRef targetGUID=\"\(guid(2, 2))\"/><IntegerValue>\(1990 + c % 30)</IntegerValue></VariableValue>"
        xml += "<VariableValue><VariableRef targetGUID=\"\(guid(2, 3))\"/><BooleanValue>\(c % 2 == 0)</BooleanValue></VariableValue>"
        for s in stride(from: c, to: sources, by: casesCount) { xml += "<SourceRef targetGUID=\"\(guid(4, s))\"/>" }
        xml += "</Case>\n"
    }
    xml += "</Cases>\n<Sources>\n"
    var texts: [(String, String)] = []
    var codings = 0
    for s in 0..<sources {
        var text = ""
        var length = 0
        for _ in 0..<120 {
            let word = words[random.below(words.count)] + (random.below(8) == 0 ? "\r\n" : " ")
            text += word
            length += word.unicodeScalars.count
        }
        let file = guid(5, s) + ".txt"
        texts.append(("sources/" + file, text))
        xml += "<TextSource guid=\"\(guid(4, s))\" name=\"Source \(s)\" plainTextPath=\"internal://\(file)\">\n"
        for k in 0..<codingsPerSource {
            let start = random.below(length - 40)
            let end = start + 5 + random.below(35)
            xml += "<PlainTextSelection guid=\"\(guid(6, s * codingsPerSource + k))\" startPosition=\"\(start)\" endPosition=\"\(end)\">"
            xml += "<Coding guid=\"\(guid(7, s * codingsPerSource + k))\" creationDateTime=\"2024-01-01T00:00:00Z\">"
            xml += "<CodeRef targetGUID=\"\(leaves[random.below(leaves.count)])\"/></Coding></PlainTextSelection>\n"
            codings += 1
        }
        xml += "</TextSource>\n"
    }
    xml += "</Sources>\n</Project>\n"
    try? FileManager.default.removeItem(atPath: path)
    let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
    for (entry, content) in [("project.qde", xml)] + texts {
        let data = Data(content.utf8)
        try archive.addEntry(with: entry, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) {
            data.subdata(in: Int($0)..<(Int($0) + $1))
        }
    }
    return codings
}

func maxRSSMegabytes() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF, &usage)
    return Double(usage.ru_maxrss) / 1024
}

let scales = CommandLine.arguments.dropFirst().compactMap(Double.init)
print("scale  sources  codings  qdpx MB  load s  µs/coding  cases  max RSS MB")
for scale in scales.isEmpty ? [0.25, 0.5, 1] : scales {
    let path = NSTemporaryDirectory() + "refi-bench-\(scale).qdpx"
    let codings = try writeProject(scale: scale, to: path)
    let size = Double((try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0) / 1_048_576
    let clock = ContinuousClock()
    var loaded: LoadedStudy?
    let elapsed = try clock.measure {
        loaded = LoadedStudy(study: try REFIQDA.loadStudy(path: path))
    }
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    print(String(format: "%5.2f  %7d  %7d  %7.1f  %6.2f  %9.2f  %5d  %10.0f", scale, Int(10_000 * scale), codings, size,
                 seconds, seconds * 1e6 / Double(codings), loaded?.study.cases.count ?? 0, maxRSSMegabytes()))
    try? FileManager.default.removeItem(atPath: path)
}
