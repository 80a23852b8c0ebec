import CaseModel
import CaseQL
import StudyIO
#if canImport(Glibc)
import Glibc
#endif

// Times caseql's engine in one process, so a query is measured without re-loading the study:
//
//   caseql-bench --data FILE.csv --queries QUERIES.tsv [--runs N] [--load-runs N]
//
// QUERIES.tsv holds one query a line: an id, a tab, the statement. Output: JSON lines on stdout,
// one for the load and one per query, with the median and every run in milliseconds and the
// answer (the result table's rows as plain text), which compare.py checks against SQLite and DuckDB.

struct Options {
    var data = ""
    var queries = ""
    var runs = 7
    var loadRuns = 3

    init(_ arguments: [String]) throws(UsageError) {
        var i = 1
        func value() throws(UsageError) -> String {
            i += 1
            guard i < arguments.count else { throw UsageError("\(arguments[i - 1]) needs a value") }
            return arguments[i]
        }
        while i < arguments.count {
            switch arguments[i] {
            case "--data": data = try value()
            case "--queries": queries = try value()
            case "--runs": runs = Int(try value()) ?? 0
            case "--load-runs": loadRuns = Int(try value()) ?? 0
            default: throw UsageError("unknown argument \(arguments[i])")
            }
            i += 1
        }
        guard !data.isEmpty, !queries.isEmpty, runs > 0, loadRuns > 0 else {
            throw UsageError("usage: caseql-bench --data FILE.csv --queries QUERIES.tsv [--runs N] [--load-runs N]")
        }
    }
}

struct UsageError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}

func milliseconds(_ d: Duration) -> Double {
    let (seconds, attoseconds) = d.components
    return Double(seconds) * 1000 + Double(attoseconds) / 1e15
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    let mid = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

func json(_ s: String) -> String { JSONWriter.quoted(s) }

func json(_ values: [Double]) -> String {
    "[" + values.map { String(($0 * 1000).rounded() / 1000) }.joined(separator: ",") + "]"
}

func readQueries(_ path: String) -> [(id: String, text: String)]? {
    guard let file = fopen(path, "r") else { return nil }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 4096)
    while true {
        let n = fread(&chunk, 1, chunk.count, file)
        if n <= 0 { break }
        bytes += chunk[0..<n]
    }
    return String(decoding: bytes, as: UTF8.self).split(separator: "\n").compactMap { line in
        let parts = line.split(separator: "\t", maxSplits: 1)
        guard parts.count == 2, !line.hasPrefix("#") else { return nil }
        return (String(parts[0]), String(parts[1]))
    }
}

/// A line of /proc/self/status (`VmRSS:`, `VmHWM:`) in megabytes; -1 where there is none.
func memoryMB(_ field: String) -> Double {
    guard let file = fopen("/proc/self/status", "r") else { return -1 }
    defer { fclose(file) }
    var line = [CChar](repeating: 0, count: 256)
    while fgets(&line, Int32(line.count), file) != nil {
        let text = String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if text.hasPrefix(field), let kb = Double(text.dropFirst(field.count).filter(\.isNumber)) {
            return (kb / 1024 * 10).rounded() / 10
        }
    }
    return -1
}

func fail(_ message: String) -> Never {
    let text = "caseql-bench: \(message)\n"
    _ = text.utf8CString.withUnsafeBufferPointer { write(2, $0.baseAddress, $0.count - 1) }
    exit(1)
}

let options: Options
do { options = try Options(CommandLine.arguments) } catch { fail(error.message) }
guard let queries = readQueries(options.queries) else { fail("cannot read \(options.queries)") }

let clock = ContinuousClock()
var loaded: LoadedStudy?
var loadTimes: [Double] = []
for _ in 0..<options.loadRuns {
    loaded = nil   // free the previous copy first, so runs do not measure a fuller heap
    let start = clock.now
    do { loaded = try CSVStudy.load(path: options.data, taxonomy: nil) } catch { fail(error.description) }
    loadTimes.append(milliseconds(clock.now - start))
}
guard let study = loaded else { fail("nothing loaded") }
let rssAfterLoad = memoryMB("VmRSS:"), peakAfterLoad = memoryMB("VmHWM:")
let interpreter = Interpreter(study: study.study, index: study.index)
print("{\"id\":\"load\",\"median_ms\":\(median(loadTimes)),\"runs_ms\":\(json(loadTimes)),\"cases\":\(study.index.count),"
      + "\"rss_after_load_mb\":\(rssAfterLoad),\"peak_rss_load_mb\":\(peakAfterLoad),\"rss_with_interpreter_mb\":\(memoryMB("VmRSS:")),\"peak_rss_mb\":\(memoryMB("VmHWM:"))}")
for (id, text) in queries {
    var times: [Double] = []
    var answer: [[String]] = []
    for _ in 0..<options.runs {
        let start = clock.now
        // QueryResult is not a product of the package, so its types go unnamed here.
        let outputs = Result { () throws(Diagnostic) in try interpreter.run(text) }
        guard case .success(let list) = outputs else { fail("\(id): \(outputs)") }
        guard case .table(let table)? = list.last else { fail("\(id): no result table") }
        // The rows are made when they are read: timed with the query, as when they were built by it.
        answer = table.rows.map { row in row.map { $0.plainText } }
        times.append(milliseconds(clock.now - start))
    }
    let rows = "[" + answer.map { "[" + $0.map(json).joined(separator: ",") + "]" }.joined(separator: ",") + "]"
    print("{\"id\":\(json(id)),\"median_ms\":\(median(times)),\"runs_ms\":\(json(times)),\"rows\":\(rows)}")
}
