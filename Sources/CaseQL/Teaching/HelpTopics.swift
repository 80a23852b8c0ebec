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
            qcaEntry(p),
            Entry(topic: "dot-commands", aliases: ["dot", "dotcommands", "dot commands", "shell", "commands"],
                  syntax: dotCommandEntries(p.language).flatMap(\.syntax),
                  summary: Localized.text(.helpDotCommandsSummary, p.language, n, String(n.dropLastS)),
                  examples: [], shellExamples: []),
        ]
    }

    /// `help qca`: the QCA statements together, worked on the Lipset data and on the loaded study.
    static func qcaEntry(_ p: ExamplePicks) -> Entry {
        let n = p.noun
        let lipset = "caseql --data Samples/lipset-fuzzy.csv -c"
        return Entry(topic: "qca", aliases: ["qualitative comparative analysis", "fsqca", "csqca", "set theory"],
                     syntax: ["truthtable [~]OUTCOME by C1, … [cutoff N [, N0]] [n N] [pri N] [complete]",
                              "minimize [~]OUTCOME by C1, … [include remainders] [expect C|~C|-, …] [show evidence]",
                              "fit EXPR -> OUTCOME   fit EXPR <- OUTCOME",
                              "necessity OUTCOME by C1, … [cutoff N] [cov N] [ron N]",
                              "calibrate ATTR as NAME thresholds (E, C, I) | threshold T",
                              "why TERM -> OUTCOME"],
                     summary: Localized.text(.helpQCASummary, p.language, n, String(n.dropLastS)),
                     examples: present([
                        zip(p.category, zip(p.otherCategory, p.secondCategory)).map { "truthtable \($0) by \($1.0), \($1.1)" },
                        zip(p.category, zip(p.otherCategory, p.secondCategory)).map { "minimize \($0) by \($1.0), \($1.1)" },
                        zip(p.category, zip(p.otherCategory, p.secondCategory)).map { "why \($1.0)*~\($1.1) -> \($0)" },
                     ]),
                     shellExamples: [
                        "caseql --data Samples/lipset-fuzzy.csv Samples/qca-lipset.cql",
                        "\(lipset) 'truthtable SURV by DEV, URB, LIT, IND, STB cutoff 0.8'",
                        "\(lipset) 'minimize SURV by DEV, URB, LIT, IND, STB cutoff 0.8'",
                        "\(lipset) 'fit DEV*~IND + URB*STB -> SURV'",
                        "\(lipset) 'why DEV*~URB*LIT*STB -> SURV'",
                        "caseql --data Samples/lipset-crisp.csv -c 'minimize SURV by DEV, URB, LIT include remainders'",
                        "caseql -c 'minimize patents by with_academia, research_funding, rnd_department'",
                     ])
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
