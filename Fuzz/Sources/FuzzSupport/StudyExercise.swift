import CaseModel
import CaseQL

/// Statements that touch every part of a freshly loaded study: each dimension and attribute in a
/// grouping, condition and order, the teaching statements, and the tour (which picks its own
/// examples from the data). Errors are fine; traps are what the fuzzer looks for.
public enum StudyExercise {
    /// Enough names to reach every code path without making one input slow.
    static let namesPerKind = 4

    public static func run(_ interpreter: Interpreter) {
        let index = interpreter.index
        var statements = ["select cases", "count cases", "show taxonomy", "show dimensions", "show categories",
                          "show attributes", "show cases", "help", "tour"]
        let noun = quoted(interpreter.study.caseNoun)
        statements.append("select \(noun) order by name desc limit 3")
        for dimension in index.taxonomy.dimensions.prefix(namesPerKind) {
            let d = quoted(dimension.id)
            statements += ["count cases group by \(d)", "select cases where has \(d)", "explain \(d)",
                           "show categories \(d)", "crosstab \(d) by \(d)"]
        }
        for node in index.taxonomy.nodes.prefix(namesPerKind * 4) {
            let c = quoted(node.category.id)
            let d = quoted(index.taxonomy.dimensions[node.dimension].id)
            statements += ["select cases where \(d) includes \(c)", "count cases where not \(c)", "explain \(c)",
                           "count cases group by \(c)"]
        }
        for attribute in index.attributes.prefix(namesPerKind) {
            let a = quoted(attribute.id)
            statements += ["count cases group by \(a) order by count desc", "select cases order by \(a) desc limit 2",
                           "select cases where \(a) = 1", "select cases where \(a) > 0", "select cases where \(a) != x",
                           "select cases where \(a) between 1 and 10", "select cases where \(a) contains a",
                           "explain \(a)"]
            if let value = attribute.values.first {
                statements.append("select cases where \(a) in (\(quoted(value.id)), x)")
            }
            if let dimension = index.taxonomy.dimensions.first {
                statements.append("crosstab \(quoted(dimension.id)) by \(a) show cases")
            }
        }
        for name in index.names.prefix(namesPerKind) {
            statements.append("describe \(quoted(name))")
            if let node = index.taxonomy.nodes.first {
                statements.append("why \(quoted(name)) \(quoted(node.category.id))")
            }
        }
        for statement in statements {
            _ = try? interpreter.run(statement)
        }
    }

    /// A name as a string literal: quotes doubled, as the lexer reads them back.
    static func quoted(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

extension String {
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
