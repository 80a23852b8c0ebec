/// A message of the interface, by key. Its English and Chinese live in `Catalogue.entries`.
public enum Message: String, CaseIterable, Sendable {
    // quiz
    case quizOpening, quizFewer, quizInstructions, quizScopeAll, quizQuestionHeader
    case quizAskQuote, quizAskCases, quizAskDefinition, quizAskCoded
    case quizChoiceCoded, quizChoiceNotReported
    case quizRight, quizRightAnswer, quizWrong, quizPartial, quizSkipped
    case quizEvidence, quizQuery, quizNotReported, quizCandidate
    case quizHint, quizHintNone, quizNotUnderstood, quizEmptyAnswer
    case quizScore, quizStopped, quizRevisit, quizRevisitNone
    case quizNoEvidence, quizNothingInScope
    case helpQuizSummary
    // shell, notes, errors
    case bannerSize, bannerStudy, bannerHint
    case tourNoSuchStep, tourRunning
    case closedWorldNote
    case errorExpected, errorOneOf, errorExpectedStatement, errorUnknown, errorItsCategories, errorDidYouMean, errorValidNames
    case nameDimension, nameCategory, nameCategoryOf, nameAttribute, nameCase
    // help (HelpCatalogue.swift)
    case helpOverviewHeading, helpExampleLead, helpMoreTopics, helpDotCommandsLine, helpExamplesHeading
    case helpPartOfStudy, helpIsCase, helpTopicsList, helpNoHelp, helpNamesSyntax, helpOperatorsPrecedence
    case helpSelectSummary, helpCountSummary, helpExplainSummary, helpDescribeSummary, helpWhySummary
    case helpShowSummary, helpCrosstabSummary, helpMatrixSummary, helpEvidenceSummary, helpTruthtableSummary, helpHelpSummary, helpTourSummary
    case helpStatementsSummary, helpConditionsSummary, helpOperatorsSummary, helpNegationSummary
    case helpNamesSummary, helpFormatsSummary, helpLanguagesSummary, helpDotCommandsSummary
    case dotHelp, dotHelpMore, dotMode, dotModeMore, dotRead, dotReadMore, dotOpen, dotOpenMore
    case dotOutput, dotOutputMore, dotTimer, dotTimerMore, dotBail, dotBailMore, dotLang, dotLangMore
    case dotMaxrows, dotMaxrowsMore, dotHistory, dotHistoryMore, dotShow, dotShowMore
    case dotQuit, dotQuitMore, dotExit, dotExitMore
    // qca
    case qcaClosedWorld, qcaTruthTableNote, qcaRemaindersNote, qcaContradictionsNote, qcaBelowNNote, qcaCrossoverNote, qcaSolutionHeading, qcaFromParsimonious, qcaModelsTitle, qcaTermsTitle, qcaAssumptionsTitle, qcaAssumptionsNote, qcaEasyTitle, qcaDifficultNote, qcaSweepSame, qcaSweepNote, qcaDeviantCase, qcaConsistentCase, qcaTermFit, qcaNoDeviant, qcaDeviantList, qcaNotReported, qcaFitSufficiencyNote, qcaFitNecessityNote, qcaNecessityNote, qcaNothingNecessary, qcaCalibratedNote, qcaCalibratedMissing, helpMinimizeSummary, helpFitSummary, helpNecessitySummary, helpCalibrateSummary, helpQCASummary, qcaNoPositive, qcaKindConservative, qcaKindParsimonious, qcaKindIntermediate
    // shell
    case dotHeaders, dotHeadersMore, dotOnce, dotOnceMore, dotPrint, dotPrintMore, dotEcho, dotEchoMore
    case dotLast, dotLastMore, dotVersion, dotVersionMore, dotSql, dotSqlMore
    case closedWorldTheSource
    // teaching (zh helper)
    case teachEnglishData, teachGloss, teachTry, teachDefinition, teachDefinitionParaphrase, teachDescription
    case teachAndMore, teachAndMoreQuery, teachNotGiven, teachMembership
    case termPath, termSection, termAlso, termAlsoWritten, termKind, explainIsCase, explainIsCaseHelp, explainIsValue
    case nameExplainable, explainUnknownNote, explainSubCategoryOf, explainTopLevelOf, explainSubCategories
    case explainNoCase, explainVia, explainSomeWithoutEvidence, explainCodedCases, explainNoCandidates
    case explainCandidates, explainDimensionOf, explainDimensionCategories, explainDimensionNoCase
    case explainDimensionCases, explainDimensionCandidates, explainNameTitle, explainNameKind, explainNameHow
    case explainMoreValues, explainValues, kindText, kindNumber, kindRange, kindEnumeration, describeNotes
    case describeAttributes, describeBelowCrossover, describeNoEvidence, describeUncoded, describeCodes
    case describeSourceRequested, describeFacts, describeCandidates, whyCoded, whyCodedThroughOne
    case whyCodedThroughSeveral, whyNotCoded, whyNotCodedNote, whyBroader, whyNoEvidence, whyCandidate
    case whyDimensionNotCoded, whyDimensionNotCodedNote, whyDimensionCodes, showLists, showUnknownTarget
    case showTaxonomySize, showTaxonomyTitle, showTaxonomyCounts, showCodedDirectly, showDimensionsNote
    case showCategoriesNote, showCasesNote, showNameValues, showEnumerationValues, showNumbersNone, showNumbersRange
    case showBands, showBandCount, showFreeText, notesNone, notesTitle, notesStudy, noteAmbiguity
    case noteInconsistency, noteEditorial, studyUntitled, studyEnglishTitle, studySource, studyCases, studyTaxonomy
    case studyAttributes, studyCodes, studyFacts, studyNotes, studyNotesCount, studyStart, studyWithEvidence
    case studyNoEvidence, studySomeEvidence, studyFuzzyCounted, studyCandidates, tourStepOf, tourTry
    case tourIntroduction, tourDimensions, tourAttributes, tourCategories, tourNext, tourNextStatements
    case tourNextShell, errorExpectedContext, errorExpectedKeyword, errorQuoteKeyword, errorNotSQL
    case foundName, foundString, foundNumber, foundEndOfLine, foundEndOfInput, quizSeedRange, quizQuestionsRange, tourStepRange
    case quizAnswers, helpQuizFormats, errorParenOpened
}

/// English beside Chinese for every message. `{1}`, `{2}` … are the arguments; Chinese uses the same
/// ones or fewer (it has no word for an English plural noun), never others. A test checks this and
/// that no message lacks a translation.
enum Catalogue {
    static let entries = messages.merging(help) { first, _ in first }
        .merging(qca) { first, _ in first }
        .merging(teaching) { first, _ in first }

    static let messages: [Message: (en: String, zh: String)] = [
        .quizOpening: ("Quiz: {1} questions on {2}, seed {3} ('{4}' asks the same again).",
                       "测验：{1} 道题，范围：{2}，种子 {3}（输入 '{4}' 可重做同一测验）。"),
        .quizFewer: ("The evidence gives {1} questions here, not {2}.",
                     "这里的证据只够出 {1} 道题，而不是 {2} 道。"),
        .quizInstructions: ("Answer with a choice's number or its name (several with commas where several are right); "
                            + "'hint' gives a hint, 'skip' moves on, '.quit' or Ctrl-C ends the quiz.",
                            "用选项编号或名称作答（多选题用逗号分隔）；输入 hint 获得提示，skip 跳过，.quit 或 Ctrl-C 结束测验。"),
        .quizScopeAll: ("the whole study", "整个研究"),
        .quizQuestionHeader: ("Question {1} of {2}", "第 {1} 题（共 {2} 题）"),
        .quizAskQuote: ("Which category does this quote about {1} evidence?", "这段关于 {1} 的引文是哪个类别的证据？"),
        .quizAskCases: ("Which of these {1} does the paper name for {2}? (one or more)",
                        "论文点名以下哪些案例属于「{2}」？（一个或多个）"),
        .quizAskDefinition: ("What does {1} mean?", "「{1}」是什么意思？"),
        .quizAskCoded: ("Is {1} coded for {2}?", "{1} 是否编码为「{2}」？"),
        .quizChoiceCoded: ("coded: the paper names it for this category", "已编码：论文点名它属于这一类别"),
        .quizChoiceNotReported: ("not reported: the paper does not name it for this category",
                                 "未报告：论文没有点名它属于这一类别"),
        .quizRight: ("Right.", "正确。"),
        .quizRightAnswer: ("Right: {1}", "正确：{1}"),
        .quizWrong: ("Not right. The answer: {1}", "不对。正确答案：{1}"),
        .quizPartial: ("Partly right: {1} of the {2} named found, {3} wrong. The answer: {4}",
                       "部分正确：找到 {2} 个中的 {1} 个，选错 {3} 个。正确答案：{4}"),
        .quizSkipped: ("Skipped. The answer: {1}", "已跳过。正确答案：{1}"),
        .quizEvidence: ("Evidence, {1} · {2}:", "证据，{1} · {2}："),
        .quizQuery: ("query: {1}", "查询：{1}"),
        .quizNotReported: ("The paper does not name {1} for {2}. Not coded means not reported: the paper does not say, "
                           + "which is not the same as the {3} not doing it (the closed-world reading). "
                           + "So the answer is 'not reported', never 'no'.",
                           "论文没有点名 {1} 属于 {2}。未编码即未报告：论文没有提到，并不等于该案例没有这样做（封闭世界解读）。"
                           + "所以答案是“未报告”，而不是“否”。"),
        .quizCandidate: ("The study records a candidate sentence that fits but is not counted; the query below shows it.",
                         "研究记录了一条符合定义但不计入的候选句，下面的查询可以查看。"),
        .quizHint: ("hint: {1}", "提示：{1}"),
        .quizHintNone: ("No hint for this question.", "这道题没有提示。"),
        .quizNotUnderstood: ("'{1}' is not an answer here: type a number from 1 to {2}, a name, 'hint' or 'skip'.",
                             "“{1}”不是有效答案：请输入 1 到 {2} 的数字、名称、hint 或 skip。"),
        .quizEmptyAnswer: ("Type an answer: a number from 1 to {1}, a name, 'hint' or 'skip'.",
                           "请作答：1 到 {1} 的数字、名称、hint 或 skip。"),
        .quizScore: ("Score: {1} of {2} ({3}%).", "得分：{1} / {2}（{3}%）。"),
        .quizStopped: ("Quiz ended after {1} of {2} questions.", "测验在 {2} 题中的第 {1} 题后结束。"),
        .quizRevisit: ("To revisit:", "需要复习："),
        .quizRevisitNone: ("Nothing to revisit.", "没有需要复习的类别。"),
        .quizNoEvidence: ("this study has no coded evidence to ask about: the quiz draws its questions from the quotes "
                          + "behind codes, which a study in the JSON format carries (a CSV matrix has codes only)",
                          "此研究没有可出题的编码证据：测验的题目来自编码所依据的引文，JSON 格式的研究才带有引文（CSV 矩阵只有编码）"),
        .quizNothingInScope: ("no code within '{1}' carries evidence: there is nothing to ask",
                              "“{1}”范围内没有带证据的编码，无题可出"),
        .helpQuizSummary: ("Questions drawn from the coded evidence, one at a time: which category a quote evidences, which "
                           + "{1} the paper names for a category, what a category means, whether a case is coded for one "
                           + "('not reported' is the closed-world answer, never 'no'). Each answer gets the right answer, "
                           + "the quote and the 'why' query that shows it; the end gives a score and the categories to "
                           + "revisit. The same seed gives the same quiz; in a script the answers are the lines that follow.",
                           "从编码证据中出题，逐题作答：引文是哪个类别的证据，论文点名哪些案例属于某类别，类别的含义，"
                           + "某案例是否编码为某类别（“未报告”是封闭世界下的答案，而不是“否”）。每题之后给出正确答案、"
                           + "引文及显示它的 why 查询；最后给出得分和需要复习的类别。相同的种子给出相同的测验；"
                           + "在脚本中，后续各行即为答案。"),
        .bannerSize: ("{1} {2}, {3} dimensions", "{1} 个案例（{2}），{3} 个维度"),
        .bannerStudy: ("Study: {1}", "研究：{1}"),
        .bannerHint: ("Enter \".help\" for usage hints, \"tour\" for a guided walk.",
                      "输入 \".help\" 查看用法，输入 \"tour\" 开始导览。"),
        .tourNoSuchStep: ("the tour has no step {1}: its steps are 1 to {2}", "导览没有第 {1} 步：共有第 1 到第 {2} 步"),
        .tourRunning: ("Running the queries of tour step {1}:", "运行导览第 {1} 步的查询："),
        .closedWorldNote: ("'not' over codes counts {1} for which the source reports no such code: absent codes mean "
                           + "\"not reported in {2}\", not \"does not\".",
                           "对编码使用 not 时，计入的是来源没有报告此类编码的案例：没有编码表示“{2}未报告”，而不是“没有这样做”。"),
        .closedWorldTheSource: ("the source", "来源"),
        .errorExpected: ("expected {1}, found {2}", "此处应为 {1}，却是 {2}"),
        .errorOneOf: ("one of {1}", "以下之一：{1}"),
        .errorExpectedStatement: ("expected a statement, found {1}", "此处应为语句，却是 {1}"),
        .errorUnknown: ("unknown {1} '{2}'", "{1}“{2}”不存在"),
        .errorItsCategories: ("its categories: {1}", "它的类别：{1}"),
        .errorDidYouMean: ("did you mean '{1}'?", "您是不是要找 '{1}'？"),
        .errorValidNames: ("valid names: {1}", "有效的名称：{1}"),
        .nameDimension: ("dimension", "维度"),
        .nameCategory: ("category", "类别"),
        .nameCategoryOf: ("category of {1}", "{1} 的类别"),
        .nameAttribute: ("attribute", "属性"),
        .nameCase: ("{1}", "案例"),
    ]
}
