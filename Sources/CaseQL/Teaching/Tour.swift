import CaseModel
import QueryResult

/// `tour`: a guided walk through the loaded study for a newcomer — an introduction, one screen per
/// dimension, then where to go next. Each screen ends with queries that run on the study.
public enum Tour {
    public struct Step: Sendable, Hashable {
        public var blocks: [Block]
        /// Statements the step suggests; a test runs them all.
        public var examples: [String]
    }

    /// One document per step, headed "n of N", examples included; the shell shows one at a time.
    public static func steps(for interpreter: Interpreter) -> [Document] {
        let all = tourSteps(for: interpreter)
        return all.enumerated().map { n, step in
            var blocks: [Block] = [.rule([.plain(interpreter.say(.tourStepOf, String(n + 1), String(all.count)))])] + step.blocks
            if !step.examples.isEmpty {
                blocks.append(.section(Section([.plain(interpreter.say(.tourTry))], [.queries(step.examples)])))
            }
            // Prose through and through: JSON gets the blocks themselves.
            return Document(blocks)
        }
    }

    public static func tourSteps(for interpreter: Interpreter) -> [Step] {
        let picks = ExamplePicks(interpreter)
        return [introduction(interpreter, picks)]
            + interpreter.index.taxonomy.dimensions.indices.map { dimensionStep(interpreter, $0) }
            + [nextSteps(interpreter, picks)]
    }

    static func introduction(_ it: Interpreter, _ picks: ExamplePicks) -> Step {
        var blocks: [Block] = []
        let noun = it.study.caseNoun
        let title = it.study.title.text(in: it.language)
        // A source that is a citation usually starts with the title: print it once.
        if !it.study.source.hasPrefix(title) { blocks.append(.paragraph([.plain(title)])) }
        if !it.study.source.isEmpty { blocks.append(.paragraph([.plain(it.englishData(it.study.source, .studySource))])) }
        let dimensionCount = it.index.taxonomy.dimensions.count
        blocks.append(.section(Section([], [.paragraph([.plain(
            it.say(.tourIntroduction, String(it.index.count), noun, String(dimensionCount),
                   Localized.plural(dimensionCount, "dimension"), it.caseSingular))])])))
        let dimensions = it.index.taxonomy.dimensions.enumerated().map { d, dimension in
            ListItem([.name(dimension.id, id: dimension.id), .plain("  " + it.bilingual(dimension.labels))],
                     count: it.index.dimensionSets[d].cardinality)
        }
        blocks.append(.section(Section([.plain(it.say(.tourDimensions, noun))], [.list(List(dimensions))])))
        if !it.index.attributes.isEmpty {
            blocks.append(.section(Section([], [.paragraph([.plain(
                it.say(.tourAttributes, it.caseSingular, it.index.attributes.map(\.id).joined(separator: ", ")))])])))
        }
        return Step(blocks: blocks, examples: HelpBook.present([
            "show taxonomy", "show \(noun)", picks.attribute.map { "count \(noun) group by \($0)" },
        ]))
    }

    static func dimensionStep(_ it: Interpreter, _ d: Int) -> Step {
        let taxonomy = it.index.taxonomy
        let dimension = taxonomy.dimensions[d]
        var head: [Inline] = [.name(it.heading(dimension.id, dimension.labels), id: dimension.id)]
        if let section = dimension.section { head.append(.plain("   " + section.display)) }
        var blocks: [Block] = []
        let definition = dimension.definition.text(in: it.language)
        blocks.append(.section(Section(head, definition.isEmpty ? [] : [.paragraph([.plain(definition)])])))
        blocks.append(.section(Section([.plain(it.say(.tourCategories, it.study.caseNoun))],
                                       [it.tree(ofDimension: d)])))
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
        return Step(blocks: blocks, examples: examples)
    }

    static func nextSteps(_ it: Interpreter, _ picks: ExamplePicks) -> Step {
        let blocks: [Block] = [.section(Section([.plain(it.say(.tourNext))], [
            .paragraph(it.phrase(.tourNextStatements, .code("describe NAME"), .plain(it.caseSingular), .code("why NAME CATEGORY"),
                              .code("crosstab"), .code("help"), .code("help conditions"))),
            .paragraph(it.phrase(.tourNextShell, .code(".mode csv|json|markdown"),
                              .code(it.language == .zh ? ".lang en" : ".lang zh"))),
        ]))]
        return Step(blocks: blocks, examples: HelpBook.present([
            picks.kase.map { "describe \($0)" },
            zip(picks.dimension, picks.otherDimension).map { "crosstab \($0) by \($1)" },
            "help",
        ]))
    }
}

extension Interpreter {
    /// `tour` as one document: every step, one after the other (the shell pages them at a terminal).
    func tour() -> StatementOutput {
        let steps = Tour.steps(for: self)
        return .document(Document(steps.flatMap(\.blocks)))
    }
}
