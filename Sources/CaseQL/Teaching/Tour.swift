import CaseModel
import QueryResult

/// `tour`: a guided walk through the loaded study for a newcomer — an introduction, one screen per
/// dimension, then where to go next. Each screen ends with queries that run on the study.
public enum Tour {
    public struct Step: Sendable, Hashable {
        public var text: String
        /// Statements the step suggests; a test runs them all.
        public var examples: [String]
    }

    /// One screen per step, examples included; the shell shows one at a time.
    public static func steps(for interpreter: Interpreter) -> [String] {
        let all = tourSteps(for: interpreter)
        return all.enumerated().map { n, step in
            var block = TextBlock()
            block.line("── \(n + 1) of \(all.count) " + String(repeating: "─", count: 40))
            block.line(step.text)
            if !step.examples.isEmpty {
                block.gap()
                block.line("Try:")
                for example in step.examples { block.line("  " + example) }
            }
            block.line("")
            return block.lines.joined(separator: "\n")
        }
    }

    public static func tourSteps(for interpreter: Interpreter) -> [Step] {
        let picks = ExamplePicks(interpreter)
        return [introduction(interpreter, picks)]
            + interpreter.index.taxonomy.dimensions.indices.map { dimensionStep(interpreter, $0) }
            + [nextSteps(interpreter, picks)]
    }

    static func introduction(_ it: Interpreter, _ picks: ExamplePicks) -> Step {
        var block = TextBlock()
        let noun = it.study.caseNoun
        let title = it.study.title.text(in: it.language)
        // A source that is a citation usually starts with the title: print it once.
        if !it.study.source.hasPrefix(title) { block.wrapped(title) }
        if !it.study.source.isEmpty { block.wrapped(it.study.source) }
        block.gap()
        block.wrapped("The study codes \(it.index.count) \(noun) along \(it.index.taxonomy.dimensions.count) dimensions. "
                      + "A \(it.caseSingular) is coded for a category when the paper names it as an instance, and "
                      + "every code keeps the paper's sentence as evidence. Not coded means not reported, not "
                      + "\"does not\".")
        block.gap()
        block.line("Dimensions (\(noun) with at least one code):")
        let digits = String(it.index.count).count
        let width = it.index.taxonomy.dimensions.map { TextLayout.columns($0.id) }.max() ?? 0
        for (d, dimension) in it.index.taxonomy.dimensions.enumerated() {
            let count = String(it.index.dimensionSets[d].cardinality)
            block.line("  " + String(repeating: " ", count: max(0, digits - count.count)) + count + "  "
                       + dimension.id.padding(toColumns: width + 2) + it.bilingual(dimension.labels))
        }
        if !it.index.attributes.isEmpty {
            block.gap()
            block.wrapped("Attributes of each \(it.caseSingular): " + it.index.attributes.map(\.id).joined(separator: ", ") + ".")
        }
        return Step(text: block.text, examples: HelpBook.present([
            "show taxonomy", "show \(noun)", picks.attribute.map { "count \(noun) group by \($0)" },
        ]))
    }

    static func dimensionStep(_ it: Interpreter, _ d: Int) -> Step {
        let taxonomy = it.index.taxonomy
        let dimension = taxonomy.dimensions[d]
        var block = TextBlock()
        var head = it.heading(dimension.id, dimension.labels)
        if let section = dimension.section { head += "   " + section.display }
        block.line(head)
        let definition = dimension.definition.text(in: it.language)
        if !definition.isEmpty { block.wrapped(definition, indent: "  ") }
        block.gap()
        block.line("Categories (the number: \(it.study.caseNoun) coded for each, sub-categories included)")
        block.append(it.tree(ofDimension: d, digits: String(it.index.count).count, withHead: false))
        let noun = it.study.caseNoun
        // The dimension's best-coded leaf and a case coded for it make the examples concrete.
        let leaves = taxonomy.nodes.indices.filter { taxonomy.nodes[$0].dimension == d && taxonomy.children(of: $0).isEmpty }
        let best = leaves.max { (it.index.categorySets[$0].cardinality, -$0) < (it.index.categorySets[$1].cardinality, -$1) }
        var examples = ["explain \(dimension.id)"]
        if let best {
            let id = taxonomy.nodes[best].category.id
            examples.append("select \(noun) where \(dimension.id) includes \(id)")
            if let k = it.index.categorySets[best].first(1).first {
                examples.append("why \(Interpreter.quotedName(it.index.names[k])) \(id)")
            } else {
                examples.append("explain \(id)")
            }
        }
        if let partner = it.crosstabPartner(for: d) { examples.append("crosstab \(dimension.id) by \(partner)") }
        return Step(text: block.text, examples: examples)
    }

    static func nextSteps(_ it: Interpreter, _ picks: ExamplePicks) -> Step {
        var block = TextBlock()
        block.line("Where to go next")
        block.wrapped("describe NAME shows everything about one \(it.caseSingular); why NAME CATEGORY shows the "
                      + "sentence behind one code; crosstab compares dimensions; help lists every statement, "
                      + "and help conditions explains the conditions of select and count.", indent: "  ")
        block.wrapped("In the shell, .mode csv|json|markdown changes the output format and .lang zh shows Chinese labels.",
                      indent: "  ")
        return Step(text: block.text, examples: HelpBook.present([
            picks.kase.map { "describe \($0)" },
            zip(picks.dimension, picks.otherDimension).map { "crosstab \($0) by \($1)" },
            "help",
        ]))
    }
}
