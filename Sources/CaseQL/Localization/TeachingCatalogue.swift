/// The teaching statements' prose (explain, describe, why, show, notes, tour), English beside
/// Chinese. `{n}` are the arguments; where English passes the study's case noun ("firms", "firm") or
/// an inflected word ("dimension"/"dimensions"), Chinese says 案例 or uses a measure word and leaves
/// that argument out. The Chinese follows the catalogue's terms: 维度, 类别, 子类别, 编码, 证据, 候选.
extension Catalogue {
    static let teaching: [Message: (en: String, zh: String)] = [
        // shared pieces
        .teachEnglishData: ("{1}", "英文：{1}"),
        .teachGloss: ("{1}", "英译：{1}"),
        .teachTry: ("Try", "试一试"),
        .teachDefinition: ("Definition", "定义"),
        .teachDefinitionParaphrase: ("Definition (a paraphrase, not the source's words)", "定义（转述，并非原文）"),
        .teachDescription: ("Description", "说明"),
        .teachAndMore: ("… and {1} more", "……另有 {1} 项"),
        .teachAndMoreQuery: ("… and {1} more: {2}", "……另有 {1} 个：{2}"),
        .teachNotGiven: ("(not given)", "（未给出）"),
        .teachMembership: ("membership {1}", "隶属度 {1}"),
        .termPath: ("path", "路径"),
        .termSection: ("section", "章节"),
        .termAlso: ("also", "别名"),
        .termAlsoWritten: ("also written", "又写作"),
        .termKind: ("kind", "类型"),

        // explain CATEGORY, and names explain does not know
        .explainIsCase: ("'{1}' is a {2}, not a category", "“{1}”是一个案例，不是类别"),
        .explainIsCaseHelp: ("to see what the paper says about it: {1}", "查看论文对它的记述：{1}"),
        .explainIsValue: ("'{1}' is a value of {2}, not a category", "“{1}”是属性 {2} 的一个取值，不是类别"),
        .nameExplainable: ("category, dimension or attribute", "类别、维度或属性"),
        .explainUnknownNote: ("'show taxonomy' lists the categories, 'show attributes' the attributes",
                              "'show taxonomy' 列出全部类别，'show attributes' 列出全部属性"),
        .explainSubCategoryOf: ("A sub-category of {1}, in the dimension {2}.", "{1} 的子类别，属于维度 {2}。"),
        .explainTopLevelOf: ("A top-level category of the dimension {1}.", "维度 {1} 的顶层类别。"),
        .explainSubCategories: ("Sub-categories ({1} coded for each, sub-categories included)",
                                "子类别（数字为编码为各子类别的案例数，含其下级类别）"),
        .explainNoCase: ("The paper names no {1} for this category.", "论文没有点名任何案例属于这一类别。"),
        .explainVia: (" — via {1}", " —— 经由 {1}"),
        .explainSomeWithoutEvidence: ("(this study records no evidence text for some of these codes)",
                                      "（此研究没有记录其中部分编码的证据原文）"),
        .explainCodedCases: ("{1} coded for it: {2} of {3}", "编码为此类别的案例：{2} 个（共 {3} 个）"),
        .explainNoCandidates: ("Candidates: none recorded.", "候选：无记录。"),
        .explainCandidates: ("Candidates — they fit the definition, but the paper does not name them for it (not counted)",
                             "候选——符合定义，但论文没有点名它们属于此类别（不计入）"),

        // explain DIMENSION
        .explainDimensionOf: ("A dimension of analysis ({1} of {2}).", "分析维度（第 {1} 个，共 {2} 个）。"),
        .explainDimensionCategories: ("Categories (the number counts the {1} coded for it or a sub-category)",
                                      "类别（数字为编码为该类别或其子类别的案例数）"),
        .explainDimensionNoCase: ("The paper names no {1} for any category of this dimension.",
                                  "论文没有点名任何案例属于这一维度的任何类别。"),
        .explainDimensionCases: ("{1} with at least one code in it: {2} of {3}", "在此维度至少有一个编码的案例：{2} 个（共 {3} 个）"),
        .explainDimensionCandidates: ("Candidates: {1} recorded in this dimension (not counted); {2} shows them.",
                                      "候选：此维度记录了 {1} 条（不计入）；{2} 可以查看。"),

        // explain ATTRIBUTE
        .explainNameTitle: (" — the {1}'s name", " —— 案例名称"),
        .explainNameKind: ("text; every study has it", "文本；每个研究都有"),
        .explainNameHow: ("Names are written bare when they are plain words, quoted otherwise: {1}. Spelling variants "
                          + "(aliases) resolve to the canonical name.",
                          "名称是普通单词时可直接书写，否则加引号：{1}。拼写变体（别名）会解析为规范名称。"),
        .explainMoreValues: ("… and {1} more values", "……另有 {1} 个取值"),
        .explainValues: ("Values ({1} with each)", "取值（数字为具有该取值的案例数）"),
        .kindText: ("text (= compares whole values, 'contains' searches both languages)",
                    "文本（= 比较完整取值，contains 同时搜索两种语言）"),
        .kindNumber: ("number (=, !=, <, <=, >, >=, between)", "数字（=、!=、<、<=、>、>=、between）"),
        .kindRange: ("band of numbers such as '11~50' (= matches the band; < and > hold for every value in it)",
                     "数值区间，如 '11~50'（= 匹配该区间；< 和 > 要求区间内每个值都满足）"),
        .kindEnumeration: ("one of a list of values (=, !=, in; English, Chinese and codes all work)",
                           "列表中的一个取值（=、!=、in；英文、中文和代码均可）"),

        // describe CASE
        .describeNotes: ("Notes on the paper (inconsistencies, ambiguities) concerning {1}", "论文中与 {1} 有关的注释（不一致、歧义）"),
        .describeAttributes: ("Attributes", "属性"),
        .describeBelowCrossover: ("{1}: membership {2}, at or below the {3} crossover, so not counted as a member",
                                  "{1}：隶属度 {2}，不高于交叉点 {3}，因此不计为成员"),
        .describeNoEvidence: ("(this study records no evidence text for its codes)", "（此研究没有记录其编码的证据原文）"),
        .describeUncoded: ("no code in {1}: the paper reports nothing there about this {2}, which is not the same as \"does not\".",
                           "{1} 中没有编码：论文在这些维度上没有报告此案例的任何情况，这并不等于“没有这样做”。"),
        .describeCodes: ("Codes: {1}, in {2} of {3} dimensions", "编码：{1} 个，分布在 {3} 个维度中的 {2} 个"),
        .describeSourceRequested: (" — source requested by the editor", " —— 编辑要求补充出处"),
        .describeFacts: ("Facts (figures the paper gives)", "数据（论文给出的数字）"),
        .describeCandidates: ("Candidates — categories it fits, though the paper does not name it for them (not counted)",
                              "候选——它符合这些类别，但论文没有点名它属于这些类别（不计入）"),

        // why CASE CATEGORY
        .whyCoded: ("{1} is coded for {2}: {3}.", "{1} 编码为 {2}：{3}。"),
        .whyCodedThroughOne: ("{1} is coded for {2} through its sub-category {3}: the paper names it for that, which {4} includes.",
                              "{1} 经由子类别 {3} 编码为 {2}：论文点名它属于该子类别，而 {4} 包含该子类别。"),
        .whyCodedThroughSeveral: ("{1} is coded for {2} through its sub-category {3}: the paper names it for those, which {4} includes.",
                                  "{1} 经由子类别 {3} 编码为 {2}：论文点名它属于这些子类别，而 {4} 包含它们。"),
        .whyNotCoded: ("not coded: the paper does not name {1} for {2}.", "未编码：论文没有点名 {1} 属于 {2}。"),
        .whyNotCodedNote: ("not coded means not reported in the paper, not that the {1} does not do it.",
                           "未编码表示论文未报告，而不是该案例没有这样做。"),
        .whyBroader: ("It is coded for the broader category {1}: {2}", "它编码为更宽泛的类别 {1}：{2}"),
        .whyNoEvidence: ("(this study records no evidence text for this code)", "（此研究没有记录这一编码的证据原文）"),
        .whyCandidate: ("Candidate — it fits, but the paper does not name it for this category (not counted):",
                        "候选——它符合定义，但论文没有点名它属于这一类别（不计入）："),
        .whyDimensionNotCoded: ("not coded: the paper names {1} for no category of {2} ({3}).",
                                "未编码：论文没有点名 {1} 属于 {2}（{3}）的任何类别。"),
        .whyDimensionNotCodedNote: ("not coded means not reported, not \"does not\".", "未编码表示未报告，而不是“没有这样做”。"),
        .whyDimensionCodes: ("{1} has {2} {3} in {4}:", "{1} 在 {4} 中有 {2} 个编码："),

        // show
        .showLists: ("'show' lists: {1}", "show 可以列出：{1}"),
        .showUnknownTarget: ("unknown 'show' target '{1}'", "show 的对象“{1}”不存在"),
        .showTaxonomySize: ("{1} {2}, {3} {4}", "{1} 个维度，{3} 个类别"),
        .showTaxonomyTitle: ("Taxonomy: {1}, {2} {3}.", "分类体系：{1}，{2} 个案例。"),
        .showTaxonomyCounts: ("The number before each name counts the {1} coded for it or for one of its sub-categories; "
                              + "0 means the paper names no {2} for it.",
                              "每个名称前的数字是编码为该类别或其某个子类别的案例数；0 表示论文没有点名任何案例属于它。"),
        .showCodedDirectly: ("({1} coded on it directly)", "（{1} 个直接编码于此）"),
        .showDimensionsNote: ("{1}: how many have at least one code in the dimension; 'show categories DIMENSION' lists its categories.",
                              "{1}：在该维度至少有一个编码的案例数；'show categories DIMENSION' 列出其类别。"),
        .showCategoriesNote: ("{1}: coded for the category or one of its sub-categories; 'explain CATEGORY' shows its definition "
                              + "and evidence.",
                              "{1}：编码为该类别或其某个子类别的案例数；'explain CATEGORY' 显示其定义和证据。"),
        .showCasesNote: ("codes: categories the {1} is coded for directly; 'describe NAME' shows them with their evidence.",
                         "codes：该案例直接编码的类别数；'describe NAME' 显示这些编码及其证据。"),
        .showNameValues: ("the {1}'s name", "案例名称"),
        .showEnumerationValues: ("{1} values: {2}", "{1} 个取值：{2}"),
        .showNumbersNone: ("numbers (none given)", "数字（均未给出）"),
        .showNumbersRange: ("numbers from {1} to {2}", "数字，从 {1} 到 {2}"),
        .showBands: ("bands: {1}", "区间：{1}"),
        .showBandCount: ("{1} bands", "{1} 个区间"),
        .showFreeText: ("free text ({1} distinct values); 'contains' searches every language",
                        "自由文本（{1} 个不同取值）；contains 搜索所有语言"),

        // show notes
        .notesNone: ("This study records no ambiguities or inconsistencies of its source.", "此研究没有记录其来源的歧义或不一致之处。"),
        .notesTitle: ("Notes on the source: {1} ({2} on the study, the rest on {3} {4})",
                      "关于来源的注释：{1} 条（{2} 条关于整个研究，其余关于 {3} 个案例）"),
        .notesStudy: ("The study as a whole", "整个研究"),
        .noteAmbiguity: ("ambiguity", "歧义"),
        .noteInconsistency: ("inconsistency", "不一致"),
        .noteEditorial: ("editorial", "编辑批注"),

        // show study
        .studyUntitled: ("(untitled study)", "（无标题的研究）"),
        .studyEnglishTitle: ("{1}", "英文标题：{1}"),
        .studySource: ("{1}", "来源（英文）：{1}"),
        .studyCases: ("cases", "案例"),
        .studyTaxonomy: ("taxonomy", "分类体系"),
        .studyAttributes: ("attributes", "属性"),
        .studyCodes: ("codes", "编码"),
        .studyFacts: ("facts", "数据"),
        .studyNotes: ("notes", "注释"),
        .studyNotesCount: ("{1} (show notes)", "{1}（见 show notes）"),
        .studyStart: ("Start with: show taxonomy · explain DIMENSION · tour · help",
                      "从这里开始：show taxonomy · explain DIMENSION · tour · help"),
        .studyWithEvidence: ("with evidence", "均有证据"),
        .studyNoEvidence: ("no evidence", "无证据"),
        .studySomeEvidence: ("{1} with evidence", "其中 {1} 个有证据"),
        .studyFuzzyCounted: ("memberships above {1} (fuzzy memberships at or below {1} are not codes: {2} {3} not counted)",
                             "隶属度高于 {1} 才计为编码（不高于 {1} 的模糊隶属度不是编码：{2} 个未计入）"),
        .studyCandidates: ("{1} {2} (not counted)", "{1} 个候选（不计入）"),

        // tour
        .tourStepOf: ("{1} of {2}", "第 {1} 步，共 {2} 步"),
        .tourTry: ("Try:", "试一试："),
        .tourIntroduction: ("The study codes {1} {2} along {3} {4}. A {5} is coded for a category when the paper names it as an "
                            + "instance, and every code keeps the paper's sentence as evidence. Not coded means not reported, "
                            + "not \"does not\".",
                            "本研究从 {3} 个维度对 {1} 个案例进行编码。论文点名某个案例是某一类别的实例时，该案例才编码为这一类别；"
                            + "每个编码都保留论文的原句作为证据。未编码表示未报告，而不是“没有这样做”。"),
        .tourDimensions: ("Dimensions ({1} with at least one code):", "维度（数字为至少有一个编码的案例数）："),
        .tourAttributes: ("Attributes of each {1}: {2}.", "每个案例的属性：{2}。"),
        .tourCategories: ("Categories (the number: {1} coded for each, sub-categories included)",
                          "类别（数字为编码为各类别的案例数，含子类别）"),
        .tourNext: ("Where to go next", "下一步"),
        .tourNextStatements: ("{1} shows everything about one {2}; {3} shows the sentence behind one code; {4} compares "
                              + "dimensions; {5} lists every statement, and {6} explains the conditions of select and count.",
                              "{1} 显示一个案例的全部记录；{3} 显示一个编码背后的原句；{4} 比较不同维度；{5} 列出所有语句，"
                              + "{6} 讲解 select 和 count 的条件。"),
        .tourNextShell: ("In the shell, {1} changes the output format and {2} shows Chinese labels.",
                         "在 shell 中，{1} 切换输出格式，{2} 切换回英文界面。"),
    
        // errors: what the parser found, and numbers out of range
        .errorExpectedContext: ("expected {1} {2}, found {3}", "此处应为 {1}（{2}），却是 {3}"),
        .errorExpectedKeyword: ("expected {1}, found keyword '{2}'", "此处应为 {1}，却是关键字 '{2}'"),
        .errorQuoteKeyword: ("quote a name that is also a keyword: {1}", "名称与关键字相同时请加引号：{1}"),
        .errorNotSQL: ("caseql is not SQL: try 'select firms where …' (help select)",
                       "caseql 不是 SQL：试试 'select firms where …'（见 help select）"),
        .foundName: ("name '{1}'", "名称 '{1}'"),
        .foundString: ("string '{1}'", "字符串 '{1}'"),
        .foundNumber: ("number {1}", "数字 {1}"),
        .foundEndOfLine: ("end of line", "行尾"),
        .foundEndOfInput: ("end of input", "输入结尾"),
        .quizSeedRange: ("the seed is a whole number from 0, found {1}", "种子应为从 0 起的整数，却是 {1}"),
        .quizQuestionsRange: ("the number of questions is a whole number from 1 to {1}, found {2}",
                              "题数应为 1 到 {1} 的整数，却是 {2}"),
        .tourStepRange: ("a tour step is a whole number from 1, found {1}", "导览步骤应为从 1 起的整数，却是 {1}"),
    
        // quiz under --format json and markdown
        .quizAnswers: ("Answers", "答案"),
        .helpQuizFormats: ("With --format json (or .mode json) each question, hint, feedback and the score is a JSON object; "
                           + "with markdown the quiz is a handout: every question, then the answers with their evidence "
                           + "(it reads no answers).",
                           "使用 --format json（或 .mode json）时，每道题、提示、反馈和得分各是一个 JSON 对象；使用 markdown 时测验是一份"
                           + "讲义：先列出全部题目，再给出答案及其证据（不读取作答）。"),
    
        .errorParenOpened: ("the parenthesis opened here", "括号在此处开启"),
    ]
}
