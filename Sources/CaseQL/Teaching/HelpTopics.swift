/// The help entries for topics that are not statements, and for the shell's dot-commands.
extension HelpBook {
    static func topicEntries(_ p: ExamplePicks) -> [Entry] {
        let n = p.noun
        return [
            Entry(topic: "statements", aliases: ["overview", "statement", "commands list"], syntax: ["help"],
                  summary: "The list of statements.", examples: [], shellExamples: []),
            Entry(topic: "conditions", aliases: ["where", "condition", "cond", "includes", "has", "any", "all", "filter"],
                  syntax: ["COND := COND and COND | COND or COND | not COND | ( COND )",
                           "      | DIM includes CAT | DIM includes any (CAT, …) | DIM includes all (CAT, …)",
                           "      | has DIM | has CAT | CAT",
                           "      | ATTR = V | ATTR != V | ATTR < N | ATTR <= N | ATTR > N | ATTR >= N",
                           "      | ATTR in (V, …) | ATTR between N and N | ATTR contains 'text'"],
                  summary: "A condition on a category matches its sub-categories too. 'has DIM' holds for a "
                    + "\(String(n.dropLastS)) with at least one code in the dimension. Names may be ids, English or "
                    + "Chinese labels, or aliases.",
                  examples: present([
                    zip(p.dimension, zip(p.category, p.secondCategory)).map { "select \(n) where \($0) includes any (\($1.0), \($1.1))" },
                    zip(p.dimension, p.enumerationCondition).map { "count \(n) where has \($0) and \($1)" },
                    p.category.map { "select \(n) where \($0)" },
                    p.rangeCondition.map { "select \(n) where \($0)" },
                    p.textCondition.map { "select \(n) where \($0)" },
                  ]), shellExamples: []),
            Entry(topic: "operators", aliases: ["and", "or", "in", "between", "contains", "=", "!=", "<", ">", "precedence", "comparison"],
                  syntax: ["not  binds tightest, then  and, then  or; parentheses group",
                           "=  !=  <  <=  >  >=  in (…)  between … and …  contains '…'"],
                  summary: "Numbers compare numerically; a band such as '11~50' equals only that band, and '<' or '>' "
                    + "holds only when it holds for every value in the band. Text '=' compares whole values "
                    + "ignoring case; 'contains' searches English and Chinese. '!=' holds only where there is a "
                    + "value to differ.",
                  examples: present([
                    zip(p.includes, p.numberCondition).map { "select \(n) where \($0) or \($1)" },
                    p.numberAttribute.map { "count \(n) where \($0) between 2000 and 2015" },
                  ]), shellExamples: []),
            Entry(topic: "negation", aliases: ["not", "closed world", "closed-world", "absence", "missing"],
                  syntax: ["not COND"],
                  summary: "Codes record what the paper states about a named \(String(n.dropLastS)). 'not' reads the "
                    + "codes as a closed world: a \(String(n.dropLastS)) without a code is one the paper does not "
                    + "report, not one that does not do it. When a negation over codes shapes an answer, the table "
                    + "says so in a note.",
                  examples: present([
                    p.includes.map { "select \(n) where not \($0)" },
                    p.dimension.map { "count \(n) where not has \($0)" },
                  ]), shellExamples: []),
            Entry(topic: "names", aliases: ["quoting", "quotes", "identifiers", "aliases", "strings"],
                  syntax: ["name | 'quoted name' | \"quoted name\"   ('' inside single quotes is a quote)"],
                  summary: "Bare names are letters (any script), digits and _; quote names with spaces or "
                    + "punctuation, and names that are keywords. Matching ignores case, spaces, '_' and '-'. "
                    + "Spelling variants of a \(String(n.dropLastS))'s name resolve to its canonical name.",
                  examples: present([p.kase.map { "describe \($0)" }, p.chineseCondition.map { "select \(n) where \($0)" }]),
                  shellExamples: []),
            Entry(topic: "formats", aliases: ["format", "output format", "csv", "json", "markdown", "table"],
                  syntax: [".mode table|csv|json|markdown", "caseql --format table|csv|json|markdown …"],
                  summary: "Tables are for reading: aligned (Chinese too), with notes below. CSV (a header row, "
                    + "then data rows), JSON and Markdown are for papers and spreadsheets; notes go to stderr "
                    + "there, and a crosstab's cells are plain numbers.",
                  examples: [], shellExamples: [".mode csv", "caseql --format json -c 'count \(n) group by \(p.attribute ?? "name")'"]),
            Entry(topic: "languages", aliases: ["language", "chinese", "english", "zh", "en", "中文"],
                  syntax: [".lang en|zh", "caseql --lang en|zh …"],
                  summary: "Switches the labels of dimensions, categories and values (countries) in output. "
                    + "Queries accept English and Chinese names at all times.",
                  examples: present([p.chineseCondition.map { "select \(n) where \($0)" }]),
                  shellExamples: [".lang zh", ".lang en"]),
            Entry(topic: "dot-commands", aliases: ["dot", "dotcommands", "dot commands", "shell", "commands"],
                  syntax: dotCommandEntries.flatMap(\.syntax),
                  summary: "Dot-commands control the shell; each takes a whole line and has no ';'. They are not "
                    + "statements of the language, so they do not work inside 'caseql -c'.",
                  examples: [], shellExamples: []),
        ]
    }

    /// The shell's dot-commands, as its `.help` lists them.
    static let dotCommandEntries: [Entry] = [
        (".help", ".help [TOPIC]           help on statements and dot-commands", "The same text as 'help'."),
        (".mode", ".mode [FORMAT]          output format: table, csv, json or markdown", "Without an argument, prints the current format."),
        (".read", ".read FILE              run the statements in FILE", "Runs a script as if typed."),
        (".open", ".open [STUDY]           load a study (JSON or CSV); no argument: the built-in study",
         "Replaces the loaded study; every statement then runs on it."),
        (".output", ".output [FILE]          write results to FILE; no argument: back to the screen", "Errors still go to the screen."),
        (".timer", ".timer on|off           print how long each statement took", "Wall-clock time per statement."),
        (".bail", ".bail on|off            stop a script at its first error", "Off by default in the shell."),
        (".lang", ".lang en|zh             language of labels in output", "See 'help languages'."),
        (".maxrows", ".maxrows [N|off]        rows shown per result in tables (the rest are counted)",
         "100 at the prompt; scripts, CSV and JSON are never capped."),
        (".history", ".history [N]            the last N statements (default 20)", "From the persistent history."),
        (".show", ".show                   the current settings", "Format, language, study, timer, bail."),
        (".quit", ".quit                   leave the shell", "Ctrl-D works too."),
        (".exit", ".exit                   leave the shell", "The same as .quit."),
    ].map { Entry(topic: $0.0, aliases: [], syntax: [$0.1], summary: $0.2, examples: [], shellExamples: []) }
}
