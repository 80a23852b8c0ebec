/// The help entries for the statements. Examples are built from the loaded study's own names.
extension HelpBook {
    static func statementEntries(_ p: ExamplePicks) -> [Entry] {
        let n = p.noun
        let includes = p.includes
        return [
            Entry(topic: "select", aliases: ["group", "order", "by", "limit", "asc", "desc", "query"],
                  syntax: ["select \(n) [where COND] [group by ATTR|DIM|CAT] [order by KEY [asc|desc], …] [limit N]"],
                  summary: "Lists the \(n) that match COND, one row each with its attributes, the name first. With "
                    + "'group by', one row per group: the group, how many, and which \(n). 'order by' takes an "
                    + "attribute (or, with 'group by', 'count' or the grouping); later keys break ties. See 'help conditions'.",
                  examples: present([
                    includes.map { "select \(n) where \($0)" },
                    "select \(n)",
                    p.enumerationCondition.map { c in "select \(n) where \(c)" + (p.numberAttribute.map { " order by \($0) desc limit 5" } ?? "") },
                    zip(p.dimension, p.enumerationAttribute).map { "select \(n) where has \($0) group by \($1)" },
                  ]), shellExamples: []),
            Entry(topic: "count", aliases: ["how many"],
                  syntax: ["count \(n) [where COND] [group by ATTR|DIM|CAT] [order by count|GROUP [asc|desc]] [limit N]"],
                  summary: "Counts the \(n) that match; with 'group by', per group. Grouping by a dimension counts a "
                    + "\(String(n.dropLastS)) in every top-level category it is coded for.",
                  examples: present([
                    p.dimension.map { "count \(n) group by \($0)" },
                    "count \(n)",
                    zip(p.numberCondition, p.enumerationAttribute).map { "count \(n) where \($0) group by \($1) order by count desc" },
                  ]), shellExamples: []),
            Entry(topic: "explain", aliases: ["definition", "define", "meaning"],
                  syntax: ["explain CATEGORY | DIMENSION | ATTRIBUTE"],
                  summary: "What a name means: its labels in English and Chinese, the paper's definition and section, "
                    + "its place in the taxonomy, the \(n) coded for it with a quote each, the candidates (\(n) that "
                    + "fit but are not named, never counted) and a query to try.",
                  examples: present([p.category.map { "explain \($0)" }, p.dimension.map { "explain \($0)" },
                                     p.attribute.map { "explain \($0)" }]), shellExamples: []),
            Entry(topic: "describe", aliases: ["case", "profile"],
                  syntax: ["describe NAME"],
                  summary: "Everything recorded about one \(String(n.dropLastS)): its attributes, every code grouped by "
                    + "dimension with the paper's words and section, the figures the paper gives, candidates and "
                    + "the paper's inconsistencies that concern it. Spelling variants of the name work too.",
                  examples: present([p.kase.map { "describe \($0)" }]), shellExamples: []),
            Entry(topic: "why", aliases: ["evidence", "quote"],
                  syntax: ["why NAME CATEGORY", "why NAME DIMENSION"],
                  summary: "The evidence for one code, verbatim, with its section. When the \(String(n.dropLastS)) is "
                    + "coded only for a sub-category, that code's evidence; when it is not coded, it says so, and "
                    + "shows a candidate sentence if the study records one.",
                  examples: present([zip(p.kase, p.kaseCategory).map { "why \($0) \($1)" },
                                     zip(p.kase, p.dimension).map { "why \($0) \($1)" }]), shellExamples: []),
            Entry(topic: "show", aliases: ["list", "browse", "taxonomy", "tree", "dimensions", "categories", "attributes",
                                           "notes", "study"],
                  syntax: ["show taxonomy | dimensions | categories [DIM] | \(n) | attributes | notes | study"],
                  summary: "Browses the study: the tree of dimensions and categories with how many \(n) each has, "
                    + "the dimensions, the categories (of one dimension), the \(n) with their attributes and number "
                    + "of codes, the attributes with their values, the source's ambiguities and inconsistencies "
                    + "(notes), and what the loaded study is.",
                  examples: present(["show taxonomy", "show dimensions", p.dimension.map { "show categories \($0)" },
                                     "show \(n)", "show attributes", "show notes", "show study"]), shellExamples: []),
            Entry(topic: "crosstab", aliases: ["matrix", "cross", "table"],
                  syntax: ["crosstab DIM by ATTR|DIM [where COND] [show \(n)]"],
                  summary: "A matrix like NVivo's matrix coding query: the categories of DIM (sub-categories "
                    + "indented) against the values of an attribute or the top-level categories of another "
                    + "dimension. Cells count \(n); 'total' counts distinct \(n); 'show \(n)' lists their names.",
                  examples: present([
                    zip(p.dimension, p.crosstabColumns).map { "crosstab \($0) by \($1)" },
                    zip(p.dimension, p.otherDimension).map { "crosstab \($0) by \($1)" },
                    zip(zip(p.dimension, p.crosstabColumns), p.numberCondition).map { "crosstab \($0.0) by \($0.1) where \($1)" },
                    zip(p.dimension, p.crosstabColumns).map { "crosstab \($0) by \($1) show \(n)" },
                  ]), shellExamples: []),
            Entry(topic: "truthtable", aliases: ["truth table", "qca", "configurations", "sufficiency"],
                  syntax: ["truthtable OUTCOME by CONDITION, … [where COND] [cutoff N]"],
                  summary: "QCA's truth table, as R's QCA package computes it: the configurations of the conditions "
                    + "(categories) that \(n) show, with n, the \(n) in each, the inclusion (consistency) of the "
                    + "configuration in the outcome, Σmin(X,Y)/ΣX, and PRI. Fuzzy degrees from a CSV matrix are used "
                    + "as they are; OUT is 1 where inclusion reaches the cutoff (default 1).",
                  examples: present([
                    zip(p.category, p.otherCategory).map { "truthtable \($0) by \($1)" },
                    zip(zip(p.category, p.otherCategory), p.secondCategory).map { pair, second in
                        "truthtable \(pair.0) by \(pair.1), \(second) cutoff 0.8"
                    },
                  ]), shellExamples: ["caseql --data Samples/lipset-fuzzy.csv -c 'truthtable SURV by DEV, URB, LIT, IND, STB cutoff 0.8'"]),
            Entry(topic: "help", aliases: ["?", "usage"],
                  syntax: ["help [TOPIC]"],
                  summary: "This help; with a topic, the syntax and examples of one statement or topic. "
                    + "'.help' in the shell prints the same text.",
                  examples: ["help", "help conditions"], shellExamples: []),
            Entry(topic: "tour", aliases: ["tutorial", "introduction", "guide"],
                  syntax: ["tour"],
                  summary: "A guided walk through the study for a newcomer: one screen per dimension, with queries "
                    + "to try. The shell waits for Enter between screens; a script prints them all.",
                  examples: ["tour"], shellExamples: []),
        ]
    }

    static func present(_ items: [String?]) -> [String] {
        items.compactMap { $0 }
    }
}

/// Both values when both exist.
func zip<A, B>(_ a: A?, _ b: B?) -> (A, B)? {
    guard let a, let b else { return nil }
    return (a, b)
}
