import CaseModel
import CaseRender
@testable import StudyIO
import QueryResult
@testable import CaseQL
import TestSupport

/// The built-in study, decoded from the repository's JSON file, and interpreters over it.
enum Paper {
    static let study: Study = {
        do {
            return try StudyFormat.load(path: PackagePaths.builtinStudy)
        } catch {
            // A broken sample fails every test that uses it, with the loader's own message.
            fatalError("Samples/smart-specialization.json does not load: \(error)")
        }
    }()

    static let interpreter = Interpreter(study: study)
    static let chinese = Interpreter(study: study, language: .zh)
}

extension Interpreter {
    /// What a single statement prints at an 80-column terminal; a table or an error fails the
    /// test that expects text.
    func text(_ source: String, width: Int = RenderOptions.defaultTextWidth) throws -> String {
        let outputs = try run(source)
        guard outputs.count == 1 else { throw TestFailure("expected one output from '\(source)', got \(outputs)") }
        switch outputs[0] {
        case .text(let text): return text
        case .document(let document): return render(document, width: width)
        case .table: throw TestFailure("expected text from '\(source)', got a table")
        }
    }

    func document(_ source: String) throws -> Document {
        let outputs = try run(source)
        guard outputs.count == 1, case .document(let document) = outputs[0] else {
            throw TestFailure("expected one document from '\(source)', got \(outputs)")
        }
        return document
    }

    /// A document as `format` renders it, without the final newline.
    func render(_ document: Document, format: OutputFormat = .table, width: Int = RenderOptions.defaultTextWidth) -> String {
        let text = Renderer.render(.document(document), options: RenderOptions(format: format, textWidth: width))
        return text.hasSuffix("\n") ? String(text.dropLast()) : text
    }

    func table(_ source: String) throws -> ResultTable {
        let outputs = try run(source)
        guard outputs.count == 1, case .table(let table) = outputs[0] else {
            throw TestFailure("expected one table from '\(source)', got \(outputs)")
        }
        return table
    }

    func count(_ source: String) throws -> Int {
        let table = try table(source)
        guard table.rows.count == 1, case .integer(let n) = table.rows[0][0] else {
            throw TestFailure("expected a single count from '\(source)'")
        }
        return n
    }

    /// The error a statement raises, or nil when it runs.
    func diagnostic(_ source: String) -> Diagnostic? {
        do {
            _ = try run(source)
            return nil
        } catch {
            return error
        }
    }
}

struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

extension String {
    /// The lines after a "Try"/"Try:" heading: the queries a text output suggests.
    var suggestedQueries: [String] {
        var result: [String] = []
        var inTry = false
        for line in split(separator: "\n", omittingEmptySubsequences: false) {
            if line == "Try" || line == "Try:" { inTry = true; continue }
            if inTry {
                if line.hasPrefix("  "), !line.trimmingCharacters(in: " ").isEmpty {
                    result.append(line.trimmingCharacters(in: " "))
                } else {
                    inTry = false
                }
            }
        }
        return result
    }
}
