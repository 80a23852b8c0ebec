/// The help's messages: statement and topic summaries, dot-commands, the overview's frame.
/// `{1}` is the study's case noun (`firms`), `{2}` its singular; Chinese says 案例 instead.
extension Catalogue {
    static let help: [Message: (en: String, zh: String)] = [
        .helpOverviewHeading: ("Statements (end one with a line break or ';'; keywords are case-insensitive; -- starts a comment)",
                               "语句（以换行或 ';' 结束；关键字不区分大小写；-- 开始注释）"),
        .helpExampleLead: ("e.g. {1}", "例如 {1}"),
        .helpMoreTopics: ("More help: help TOPIC, where TOPIC is a statement or one of",
                          "更多帮助：help 主题，主题可以是语句名，或以下之一"),
        .helpDotCommandsLine: ("Dot-commands (one per line, in the shell, scripts and -c; help dot):",
                               "点命令（每行一个，可用于 shell、脚本和 -c；见 help dot）："),
        .helpExamplesHeading: ("Examples", "示例"),
        .helpPartOfStudy: ("'{1}' is part of the study: {2}", "“{1}”是研究中的名称：{2}"),
        .helpIsCase: ("'{1}' is a {2}: {3}", "“{1}”是一个案例：{3}"),
        .helpTopicsList: ("topics: {1}, and each dot-command ('.mode')", "主题：{1}，以及每个点命令（如 '.mode'）"),
        .helpNoHelp: ("no help on '{1}'", "没有关于“{1}”的帮助"),
        .helpNamesSyntax: ("name | 'quoted name' | \"quoted name\"   ('' inside single quotes is a quote)",
                           "name | '带引号的名称' | \"带引号的名称\"   （单引号内的 '' 表示一个引号）"),
        .helpOperatorsPrecedence: ("not  binds tightest, then  and, then  or; parentheses group",
                                   "not 优先级最高，其次 and，然后 or；括号用于分组"),

        .helpSelectSummary: ("Lists the {1} that match COND, one row each with its attributes, the name first. With 'group by', "
                             + "one row per group: the group, how many, and which {1}. 'order by' takes an attribute (or, with "
                             + "'group by', 'count' or the grouping); later keys break ties. See 'help conditions'.",
                             "列出满足 COND 的案例，每个一行，先是名称，再是其属性。使用 group by 时每组一行：组、数量以及哪些案例。"
                             + "order by 接受一个属性（使用 group by 时也可以是 count 或分组项）；后面的键用于打破并列。见 help conditions。"),
        .helpCountSummary: ("Counts the {1} that match; with 'group by', per group. Grouping by a dimension counts a {2} in "
                            + "every top-level category it is coded for.",
                            "统计满足条件的案例数；使用 group by 时按组统计。按维度分组时，一个案例在它编码的每个顶层类别中都计一次。"),
        .helpExplainSummary: ("What a name means: its labels in English and Chinese, the paper's definition and section, its "
                              + "place in the taxonomy, the {1} coded for it with a quote each, the candidates ({1} that fit "
                              + "but are not named, never counted) and a query to try.",
                              "说明一个名称的含义：中英文标签、论文中的定义及章节、在分类体系中的位置、编码为它的案例（各附一段引文）、"
                              + "候选案例（符合定义但论文未点名，从不计入）以及可以尝试的查询。"),
        .helpDescribeSummary: ("Everything recorded about one {2}: its attributes, every code grouped by dimension with the "
                               + "paper's words and section, the figures the paper gives, candidates and the paper's "
                               + "inconsistencies that concern it. Spelling variants of the name work too.",
                               "一个案例的全部记录：属性、按维度分组的每个编码（附论文原文和章节）、论文给出的数据、候选以及与它有关的"
                               + "论文不一致之处。名称的拼写变体同样可用。"),
        .helpWhySummary: ("The evidence for one code, verbatim, with its section. When the {2} is coded only for a "
                          + "sub-category, that code's evidence; when it is not coded, it says so, and shows a candidate "
                          + "sentence if the study records one.",
                          "一个编码的证据：原文引用及其章节。如果案例只编码为某个子类别，则给出该编码的证据；如果没有编码，"
                          + "会如实说明，并在研究记录了候选句时显示它。"),
        .helpShowSummary: ("Browses the study: the tree of dimensions and categories with how many {1} each has, the "
                           + "dimensions, the categories (of one dimension), the {1} with their attributes and number of codes, "
                           + "the attributes with their values, the source's ambiguities and inconsistencies (notes), and "
                           + "what the loaded study is.",
                           "浏览研究：维度与类别的树（附每个类别的案例数）、维度、（某一维度的）类别、案例及其属性和编码数、"
                           + "属性及其取值、来源中的含糊与不一致之处（notes），以及已加载的是什么研究。"),
        .helpCrosstabSummary: ("A matrix like NVivo's matrix coding query: the categories of DIM (sub-categories "
                               + "indented), the sub-categories of CAT, or the values of ATTR, against the values of an attribute "
                               + "(numbers in ranges: decades for years), the sub-categories of a category, or the top-level "
                               + "categories of another dimension. A dimension by itself is a co-occurrence matrix (the diagonal "
                               + "counts each category). Cells count {1}; 'total' counts distinct {1}; 'percent' gives shares "
                               + "of the row, column or grand total; 'show {1}' lists their names.",
                               "类似 NVivo 矩阵编码查询的交叉表：行可以是 DIM 的类别（子类别缩进）、CAT 的子类别或 ATTR 的取值，"
                               + "列可以是属性的取值（数值分段，年份按十年）、某类别的子类别或另一维度的顶层类别。维度与自身交叉即共现矩阵"
                               + "（对角线为各类别的案例数）。单元格为案例数；total 统计不重复的案例数；percent 给出占行、列或总计的比例；"
                               + "show 加案例名词则列出它们的名称。"),
        .helpMatrixSummary: ("The case × code matrix: one row per {2} with its attributes, one column per category of the "
                             + "dimensions (all by default), headed by its path (DIM.parent.category); a cell is 1 when the {2} "
                             + "is coded for that category itself, 0 when not, or the fuzzy degree. Totals count codes per row "
                             + "and {1} per column. '--format csv' leaves the totals out: the file is the case matrix that --data "
                             + "reads (as 'caseql export-study --format csv' writes it).",
                             "案例 × 编码矩阵：每个案例一行并列出其属性，所选维度（默认全部）的每个类别一列，列名为其路径"
                             + "（维度.上级.类别）；案例直接编码为该类别时单元格为 1，否则为 0，模糊集研究中为隶属度。合计给出每行的编码数"
                             + "与每列的案例数。'--format csv' 不含合计：所得文件正是 --data 读取的案例矩阵（与 'caseql export-study --format csv' 相同）。"),
        .helpEvidenceSummary: ("One row per quote behind a code: {2}, dimension, category, quote, gloss, section. 'for' keeps "
                               + "one category's (with its sub-categories) or one dimension's quotes; 'where' the {1} that match. "
                               + "'with candidates' adds passages that fit a category without being coded for it, marked as not "
                               + "counted. The condition 'evidence [for CAT] contains 'text'' searches quotes and glosses "
                               + "(case-insensitive for Latin script).",
                               "每条编码依据的引文一行：案例、维度、类别、引文、英文释义、章节。for 只保留一个类别（含子类别）或一个维度的引文；"
                               + "where 只保留符合条件的案例。with candidates 加入符合类别定义但未被编码的段落，并标明不计入。"
                               + "条件 evidence [for CAT] contains '文本' 在引文与释义中查找（拉丁字母不区分大小写）。"),
        .helpTruthtableSummary: ("QCA's truth table, as R's QCA package computes it: the configurations of the conditions "
                                 + "(categories) that {1} show, with n, the {1} in each, the inclusion (consistency) of the "
                                 + "configuration in the outcome, Σmin(X,Y)/ΣX, and PRI. Fuzzy degrees from a CSV matrix are "
                                 + "used as they are; OUT is 1 where inclusion reaches the cutoff (default 1).",
                                 "QCA 真值表，算法与 R 的 QCA 包相同：案例呈现的条件（类别）组态，附 n、每个组态中的案例、组态对结果的"
                                 + "包含度（一致性）Σmin(X,Y)/ΣX 以及 PRI。CSV 矩阵中的模糊隶属度按原值使用；包含度达到阈值"
                                 + "（cutoff，默认 1）时 OUT 为 1。"),
        .helpHelpSummary: ("This help; with a topic, the syntax and examples of one statement or topic. '.help' in the shell "
                           + "prints the same text.",
                           "本帮助；带主题时，给出一个语句或主题的语法和示例。shell 中的 .help 输出相同的内容。"),
        .helpTourSummary: ("A guided walk through the study for a newcomer: one screen per dimension, with queries to try. "
                           + "The shell waits for Enter between screens; a script prints them all. 'tour N' opens step N; "
                           + "'tour run' runs the queries of the step last opened ('tour N run', of step N).",
                           "为初学者准备的研究导览：每个维度一屏，附可尝试的查询。shell 在每屏之间等待回车；脚本中一次全部输出。"
                           + "tour N 打开第 N 步；tour run 运行最近打开的那一步的查询（tour N run 运行第 N 步的查询）。"),

        .helpStatementsSummary: ("The list of statements.", "语句列表。"),
        .helpConditionsSummary: ("A condition on a category matches its sub-categories too. 'has DIM' holds for a {2} with at "
                                 + "least one code in the dimension. Names may be ids, English or Chinese labels, or aliases.",
                                 "类别条件也匹配其子类别。has DIM 对在该维度至少有一个编码的案例成立。名称可以是 id、中英文标签或别名。"),
        .helpOperatorsSummary: ("Numbers compare numerically; a band such as '11~50' equals only that band, and '<' or '>' holds "
                                + "only when it holds for every value in the band. Text '=' compares whole values ignoring case; "
                                + "'contains' searches English and Chinese. '!=' holds only where there is a value to differ.",
                                "数字按数值比较；'11~50' 这样的区间只等于它本身，'<' 或 '>' 只有对区间内每个值都成立时才成立。"
                                + "文本的 '=' 比较整个值并忽略大小写；contains 同时搜索中文和英文。'!=' 只在有值可比时成立。"),
        .helpNegationSummary: ("Codes record what the paper states about a named {2}. 'not' reads the codes as a closed world: "
                               + "a {2} without a code is one the paper does not report, not one that does not do it. When a "
                               + "negation over codes shapes an answer, the table says so in a note.",
                               "编码记录的是论文对被点名案例的陈述。not 按封闭世界解读编码：没有编码的案例是论文没有报告的案例，"
                               + "而不是没有这样做的案例。当对编码的否定影响了答案时，表格会在注释中说明。"),
        .helpNamesSummary: ("Bare names are letters (any script), digits and _; quote names with spaces or punctuation, and "
                            + "names that are keywords. Matching ignores case, spaces, '_' and '-'. Spelling variants of a "
                            + "{2}'s name resolve to its canonical name.",
                            "不加引号的名称由字母（任何文字）、数字和 _ 组成；含空格或标点的名称以及与关键字相同的名称要加引号。"
                            + "匹配时忽略大小写、空格、'_' 和 '-'。案例名称的拼写变体会解析为其规范名称。"),
        .helpFormatsSummary: ("Tables are for reading: aligned (Chinese too), with notes below. CSV (a header row, then data "
                              + "rows), JSON and Markdown are for papers and spreadsheets; notes go to stderr there, and a "
                              + "crosstab's cells are plain numbers.",
                              "表格供阅读：对齐（中文也对齐），注释在下方。CSV（先是表头行，再是数据行）、JSON 和 Markdown 用于论文和"
                              + "电子表格；此时注释输出到 stderr，交叉表的单元格为纯数字。"),
        .helpLanguagesSummary: ("Switches the interface, and the labels of dimensions, categories and values (countries) in output. Queries accept "
                                + "English and Chinese names at all times.",
                                "切换界面以及输出中维度、类别和取值（国家）的标签语言。查询始终接受中文和英文名称。"),
        .helpDotCommandsSummary: ("Dot-commands control the shell; each takes a whole line and has no ';'. They are not "
                                  + "statements of the language, but they work wherever lines are read: at the prompt, in "
                                  + "scripts and in 'caseql -c', one per line or per -c: caseql -c '.mode csv' -c 'select firms'.",
                                  "点命令控制 shell；每个占一整行，不用 ';'。它们不是查询语言的语句，但凡是逐行读取的地方都能使用："
                                  + "提示符下、脚本中以及 caseql -c 中，每行或每个 -c 一个：caseql -c '.mode csv' -c 'select firms'。"),

        .dotHelp: ("help on statements and dot-commands", "语句和点命令的帮助"),
        .dotHelpMore: ("The same text as 'help'.", "与 help 的内容相同。"),
        .dotMode: ("output format: table, csv, json or markdown", "输出格式：table、csv、json 或 markdown"),
        .dotModeMore: ("Without an argument, prints the current format.", "不带参数时显示当前格式。"),
        .dotRead: ("run the statements in FILE", "运行 FILE 中的语句"),
        .dotReadMore: ("Runs a script as if typed.", "像逐行输入一样运行脚本。"),
        .dotOpen: ("load a study (JSON or CSV); no argument: the built-in study", "加载研究（JSON 或 CSV）；不带参数：内置研究"),
        .dotOpenMore: ("Replaces the loaded study; every statement then runs on it.", "替换已加载的研究；之后的语句都在它上面运行。"),
        .dotOutput: ("write results to FILE; no argument: back to the screen", "把结果写入 FILE；不带参数：回到屏幕"),
        .dotOutputMore: ("Errors still go to the screen.", "错误仍显示在屏幕上。"),
        .dotTimer: ("print how long each statement took", "显示每个语句的耗时"),
        .dotTimerMore: ("Wall-clock time per statement.", "每个语句的实际耗时。"),
        .dotBail: ("stop a script at its first error", "脚本遇到第一个错误时停止"),
        .dotBailMore: ("Off by default in the shell.", "shell 中默认关闭。"),
        .dotLang: ("language of the interface and labels", "界面和标签的语言"),
        .dotLangMore: ("See 'help languages'.", "见 help languages。"),
        .dotMaxrows: ("rows shown per result in tables (the rest are counted)", "表格中每个结果显示的行数（其余的只计数）"),
        .dotMaxrowsMore: ("100 at the prompt; 0 or off shows every row; scripts, CSV and JSON are never capped.",
                          "提示符下为 100；0 或 off 显示所有行；脚本、CSV 和 JSON 从不截断。"),
        .dotHistory: ("the last N statements (default 20)", "最近的 N 条语句（默认 20）"),
        .dotHistoryMore: ("From the persistent history.", "来自持久保存的历史记录。"),
        .dotShow: ("the current settings", "当前设置"),
        .dotShowMore: ("Format, headers, language, echo, timer, row cap, bail, output, study.",
                       "格式、表头、语言、回显、计时、行数上限、出错即停、输出位置、研究。"),
        .dotQuit: ("leave the shell", "退出 shell"),
        .dotQuitMore: ("Ctrl-D works too.", "Ctrl-D 也可以。"),
        .dotExit: ("leave the shell", "退出 shell"),
        .dotExitMore: ("The same as .quit.", "与 .quit 相同。"),
        // shell: the habits of sqlite3's and DuckDB's shells
        .dotHeaders: ("CSV with or without its header line", "CSV 是否带表头行"),
        .dotHeadersMore: ("On by default, as in sqlite3 with .headers on.", "默认开启，与 sqlite3 的 .headers on 相同。"),
        .dotOnce: ("send the next result only to FILE; -x: open it as CSV in a spreadsheet",
                   "只把下一个结果写入 FILE；-x：以 CSV 在电子表格中打开"),
        .dotOnceMore: ("Then results go where they went before. With -x the result is written as CSV to a temporary file and opened "
                       + "with xdg-open (or LibreOffice); without one, caseql says where the file is.",
                       "之后结果照旧输出。使用 -x 时，结果以 CSV 写入临时文件并用 xdg-open（或 LibreOffice）打开；"
                       + "没有这类程序时，caseql 会告诉你文件在哪里。"),
        .dotPrint: ("print TEXT", "输出 TEXT"),
        .dotPrintMore: ("Words are joined by one space; quotes keep spaces. Useful to label results in scripts.",
                        "各词之间用一个空格连接；引号内保留空格。可在脚本中为结果加标题。"),
        .dotEcho: ("print each statement before its output", "在输出前显示每个语句"),
        .dotEchoMore: ("In scripts comments are echoed too, so a long script's output says which table answers which query.",
                       "脚本中的注释也会显示，这样长脚本的输出能看出每个表格回答哪个查询。"),
        .dotLast: ("the last result again, every row", "再次显示上一个结果的所有行"),
        .dotLastMore: ("Not capped by .maxrows.", "不受 .maxrows 限制。"),
        .dotSql: ("the SQL a statement compiles to", "语句编译成的 SQL"),
        .dotSqlMore: ("For select, count and crosstab, in the session's dialect (duckdb until '.sql --dialect D' sets another: duckdb, postgres, sqlite, spark); see docs/sql.md.",
                      "适用于 select、count 和 crosstab，按会话的方言（默认 duckdb，可用 .sql --dialect D 改为 duckdb、postgres、sqlite 或 spark）；见 docs/sql.md。"),
        .dotVersion: ("caseql's version", "caseql 的版本"),
        .dotVersionMore: ("The same as 'caseql --version'.", "与 caseql --version 相同。"),
    ]
}
