import CaseModel

/// The help entries for topics that are not statements, and for the shell's dot-commands.
extension HelpBook {
    static func topicEntries(_ p: ExamplePicks) -> [Entry] {
        let n = p.noun
        return [
            Entry(topic: "statements", aliases: ["overview", "statement", "commands list"], syntax: ["help"],
                  summary: Localized.text(.helpStatementsSummary, p.language, n, String(n.dropLastS)), examples: [], shellExamples: []),
            Entry(topic: "conditions", aliases: ["where", "condition", "cond", "includes", "has", "any", "all", "filter"],
                  syntax: ["COND := COND and COND | COND or COND | not COND | ( COND )",
                           "      | DIM includes CAT | DIM includes any (CAT, …) | DIM includes all (CAT, …)",
                           "      | has DIM | has CAT | CAT",
                           "      | ATTR = V | ATTR != V | ATTR < N | ATTR <= N | ATTR > N | ATTR >= N",
                           "      | ATTR in (V, …) | ATTR between N and N | ATTR contains 'text'"],
                  summary: Localized.text(.helpConditionsSummary, p.language, n, String(n.dropLastS)),
                  examples: present([
                    zip(p.dimension, zip(p.category, p.secondCategory)).map { "select \(n) where \($0) includes any (\($1.0), \($1.1))" },
                    zip(p.dimension, p.enumerationCondition).map { "count \(n) where has \($0) and \($1)" },
                    p.category.map { "select \(n) where \($0)" },
                    p.rangeCondition.map { "select \(n) where \($0)" },
                    p.textCondition.map { "select \(n) where \($0)" },
                  ]), shellExamples: []),
            Entry(topic: "operators", aliases: ["and", "or", "in", "between", "contains", "=", "!=", "<", ">", "precedence", "comparison"],
                  syntax: [Localized.text(.helpOperatorsPrecedence, p.language),
                           "=  !=  <  <=  >  >=  in (…)  between … and …  contains '…'"],
                  summary: Localized.text(.helpOperatorsSummary, p.language, n, String(n.dropLastS)),
                  examples: present([
                    zip(p.includes, p.numberCondition).map { "select \(n) where \($0) or \($1)" },
                    p.numberAttribute.map { "count \(n) where \($0) between 2000 and 2015" },
                  ]), shellExamples: []),
            Entry(topic: "negation", aliases: ["not", "closed world", "closed-world", "absence", "missing"],
                  syntax: ["not COND"],
                  summary: Localized.text(.helpNegationSummary, p.language, n, String(n.dropLastS)),
                  examples: present([
                    p.includes.map { "select \(n) where not \($0)" },
                    p.dimension.map { "count \(n) where not has \($0)" },
                  ]), shellExamples: []),
            Entry(topic: "names", aliases: ["quoting", "quotes", "identifiers", "aliases", "strings"],
                  syntax: [Localized.text(.helpNamesSyntax, p.language)],
                  summary: Localized.text(.helpNamesSummary, p.language, n, String(n.dropLastS)),
                  examples: present([p.kase.map { "describe \($0)" }, p.chineseCondition.map { "select \(n) where \($0)" }]),
                  shellExamples: []),
            Entry(topic: "formats", aliases: ["format", "output format", "csv", "json", "markdown", "table"],
                  syntax: [".mode table|csv|json|markdown", "caseql --format table|csv|json|markdown …"],
                  summary: Localized.text(.helpFormatsSummary, p.language, n, String(n.dropLastS)),
                  examples: [], shellExamples: [".mode csv", "caseql --format json -c 'count \(n) group by \(p.attribute ?? "name")'"]),
            Entry(topic: "languages", aliases: ["language", "chinese", "english", "zh", "en", "中文"],
                  syntax: [".lang en|zh", "caseql --lang en|zh …"],
                  summary: Localized.text(.helpLanguagesSummary, p.language, n, String(n.dropLastS)),
                  examples: present([p.chineseCondition.map { "select \(n) where \($0)" }]),
                  shellExamples: [".lang zh", ".lang en"]),
            Entry(topic: "dot-commands", aliases: ["dot", "dotcommands", "dot commands", "shell", "commands"],
                  syntax: dotCommandEntries(p.language).flatMap(\.syntax),
                  summary: Localized.text(.helpDotCommandsSummary, p.language, n, String(n.dropLastS)),
                  examples: [], shellExamples: []),
        ]
    }

    /// The shell's dot-commands, as its `.help` lists them, from `DotCommand`'s one registry.
    static func dotCommandEntries(_ language: LocalizedText.Language) -> [Entry] {
        DotCommand.allCases.map { command in
            let usage = command.usage
            let padded = usage + String(repeating: " ", count: max(1, 24 - usage.count))
            return Entry(topic: command.name, aliases: [], syntax: [padded + Localized.text(command.spec.summary, language)],
                         summary: Localized.text(command.spec.more, language), examples: [], shellExamples: [])
        }
    }
}
