/// The QCA statements' messages (truthtable, minimize, fit, necessity, calibrate, why TERM -> OUTCOME).
extension Catalogue {
    static let qca: [Message: (en: String, zh: String)] = [
        .qcaClosedWorld: ("a {1} not coded for a category counts as 0 in it: \"not reported in the paper\", not \"does not\".",
                          "未编码某类别的案例在该类别中计为 0：意思是“论文未报告”，而不是“没有”。"),
        .qcaTruthTableNote: ("outcome {1}; a {2} is in the configuration where its membership is above 0.5; incl = Σmin(X,Y)/ΣX "
                             + "over the {3} {4} in scope; OUT = 1 where incl ≥ {5}.",
                             "结果 {1}；案例归入其隶属度均高于 0.5 的组态；incl = Σmin(X,Y)/ΣX，范围内共 {3} 个案例；"
                             + "incl ≥ {5} 时 OUT = 1。"),
        .qcaRemaindersNote: ("{1} of {2} configurations have no {3} (logical remainders) and are not listed.",
                             "{2} 个组态中有 {1} 个没有案例（逻辑余项），未列出。"),
        .qcaContradictionsNote: ("{1} contradictory configuration(s) (C: inclusion from {3} to below {4}): {2}; they count as "
                                 + "not explained (OUT = 0) in the minimisation.",
                                 "{1} 个矛盾组态（C：inclusion 在 {3} 与 {4} 之间）：{2}；在最小化中按未解释（OUT = 0）处理。"),
        .qcaBelowNNote: ("{1} configuration(s) with fewer than {3} cases are treated as logical remainders (?): {2}.",
                         "{1} 个案例数少于 {3} 的组态按逻辑余项（?）处理：{2}。"),
        .qcaCrossoverNote: ("{1} {2} with a membership of exactly 0.5 in a condition belong to no configuration: {3}.",
                            "{1} 个案例在某条件中的隶属度恰为 0.5，不属于任何组态：{3}。"),
        .qcaSolutionHeading: ("{1} solution: {2} by {3}", "{1}解：{2}，条件 {3}"),
        .qcaFromParsimonious: ("The intermediate solution lies between the conservative solution and the parsimonious one: {1}.",
                               "中间解介于保守解与简约解之间；简约解为：{1}。"),
        .qcaNoPositive: ("No solution: no configuration has {1} as its outcome (OUT = 1) at the cutoff {2}, so there is "
                         + "nothing to explain. Try a lower cutoff, or look at the truth table.",
                         "没有解：在 cutoff {2} 下没有组态的结果为 {1}（OUT = 1），因此无可解释。可降低 cutoff，或查看真值表。"),
        .qcaKindConservative: ("conservative", "保守"),
        .qcaKindParsimonious: ("parsimonious", "简约"),
        .qcaKindIntermediate: ("intermediate", "中间"),
        .qcaModelsTitle: ("models", "模型"),
        .qcaTermsTitle: ("terms", "项"),
        .qcaAssumptionsTitle: ("simplifying assumptions", "简化假设"),
        .qcaAssumptionsNote: ("the logical remainders each model assumes to show the outcome (R's row numbers).",
                              "每个模型假定会呈现结果的逻辑余项（行号同 R）。"),
        .qcaEasyTitle: ("easy counterfactuals", "容易的反事实"),
        .qcaDifficultNote: ("the remainders in line with the expectations; {1} other simplifying assumption(s) are difficult "
                            + "counterfactuals and are not used.",
                            "与方向预期一致的余项；另有 {1} 个简化假设属于困难的反事实，未使用。"),
        .qcaSweepSame: ("{1} {2} give the same solution: {3}", "{1} 为 {2} 时得到相同的解：{3}"),
        .qcaSweepNote: ("'*' marks a setting whose solution differs from the one before; 'same as' names the first setting "
                        + "with that solution. The fit is that of the first model.",
                        "“*”标出解与前一设置不同的设置；“same as”给出得到同一解的第一个设置。拟合参数为第一个模型的。"),
        .qcaDeviantCase: ("deviant: not in {1} ({2})", "偏离案例：不在 {1} 中（{2}）"),
        .qcaConsistentCase: ("in {1} ({2})", "在 {1} 中（{2}）"),
        .qcaTermFit: ("inclS {1}, PRI {2}, covS {3}; {4} {5} in the term (membership above 0.5):",
                      "inclS {1}，PRI {2}，covS {3}；该项中有 {4} 个案例（隶属度高于 0.5）："),
        .qcaNoDeviant: ("No deviant {1}: every one in the term shows the outcome.", "没有偏离案例：该项中的每个案例都呈现结果。"),
        .qcaDeviantList: ("Deviant cases (in the term, not in {2}): {1}.", "偏离案例（在该项中，但不在 {2} 中）：{1}。"),
        .qcaNotReported: ("not coded: the paper does not report it", "未编码：论文没有报告"),
        .qcaFitSufficiencyNote: ("sufficiency: inclS = Σmin(X,Y)/ΣX, PRI = (Σmin(X,Y) − Σmin(X,Y,1−Y))/(ΣX − Σmin(X,Y,1−Y)), "
                                 + "covS = Σmin(X,Y)/ΣY; covU: what only that term covers.",
                                 "充分性：inclS = Σmin(X,Y)/ΣX，PRI = (Σmin(X,Y) − Σmin(X,Y,1−Y))/(ΣX − Σmin(X,Y,1−Y))，"
                                 + "covS = Σmin(X,Y)/ΣY；covU：只有该项覆盖的部分。"),
        .qcaFitNecessityNote: ("necessity: inclN = Σmin(X,Y)/ΣY, RoN = Σ(1−X)/Σ(1−min(X,Y)), covN = Σmin(X,Y)/ΣX.",
                               "必要性：inclN = Σmin(X,Y)/ΣY，RoN = Σ(1−X)/Σ(1−min(X,Y))，covN = Σmin(X,Y)/ΣX。"),
        .qcaNecessityNote: ("superSubset: conjunctions, then disjunctions, of up to 3 conditions with inclN ≥ {1}, covN ≥ {2} "
                            + "and RoN ≥ {3}.",
                            "superSubset：最多 3 个条件的合取与析取，inclN ≥ {1}，covN ≥ {2}，RoN ≥ {3}。"),
        .qcaNothingNecessary: ("no combination of up to 3 conditions reaches inclN {1}.",
                               "没有最多 3 个条件的组合达到 inclN {1}。"),
        .qcaCalibratedNote: ("'{1}' is now a category of the session's '{2}' dimension ({3} {4} above 0.5); "
                             + "'show categories {2}' lists it.",
                             "“{1}”现在是本会话“{2}”维度中的类别（{3} 个案例高于 0.5）；'show categories {2}' 可列出它。"),
        .qcaCalibratedMissing: ("{1} {2} have no value of {3}: their membership is 0.", "{1} 个案例没有 {3} 的值：其隶属度为 0。"),
        .helpMinimizeSummary: ("QCA's Boolean minimisation, as R's QCA minimize(): the truth table's positive configurations "
                               + "reduced to the fewest prime implicants. The conservative (complex) solution by default; "
                               + "'include remainders' gives the parsimonious one and lists its simplifying assumptions; "
                               + "'expect' (C, ~C or - per condition) the intermediate one with its easy counterfactuals. "
                               + "When several models fit equally, all are listed (M1, M2, …), each with inclS, PRI, covS, "
                               + "each term with covU and the {1} it covers. 'show evidence' adds the quotes behind each "
                               + "term; 'sweep' reruns it over a range of cutoffs or n and marks where the solution changes. "
                               + "See 'help qca'.",
                               "QCA 的布尔最小化，与 R 的 QCA minimize() 相同：把真值表中的正组态化简为最少的质蕴涵项。"
                               + "默认给出保守（复杂）解；include remainders 给出简约解并列出简化假设；expect（每个条件写 C、~C 或 -）"
                               + "给出中间解及容易的反事实。多个模型同样好时全部列出（M1、M2 …），各附 inclS、PRI、covS，"
                               + "每一项附 covU 及其覆盖的案例。show evidence 加上每项背后的引文；sweep 在一系列 cutoff 或 n 上"
                               + "重复运行并标出解发生变化之处。见 help qca。"),
        .helpFitSummary: ("Parameters of fit of any expression in QCA notation (* and, + or, ~ not), as R's QCA pof(): "
                          + "with '->' as sufficient for the outcome (inclS, PRI, covS, covU per term), with '<-' as "
                          + "necessary (inclN, RoN, covN).",
                          "任意 QCA 表达式（* 与，+ 或，~ 非）的拟合参数，与 R 的 QCA pof() 相同：'->' 检验其对结果的充分性"
                          + "（每项的 inclS、PRI、covS、covU），'<-' 检验必要性（inclN、RoN、covN）。"),
        .helpNecessitySummary: ("Necessary conditions: each condition and its negation with inclN, RoN and covN, then the "
                                + "conjunctions and disjunctions of up to three conditions that reach the cutoff (R's QCA "
                                + "superSubset(); cutoff 1 by default).",
                                "必要条件：每个条件及其否定的 inclN、RoN、covN，以及达到 cutoff 的最多三个条件的合取和析取"
                                + "（R 的 QCA superSubset()；默认 cutoff 为 1）。"),
        .helpCalibrateSummary: ("Makes a set from a numeric attribute, as R's QCA calibrate(): with three anchors (exclusion, "
                                + "crossover, inclusion) a fuzzy set by Ragin's direct method (memberships 0.05, 0.5, 0.95 at "
                                + "the anchors; decreasing when exclusion is above inclusion); with one threshold a crisp set. "
                                + "The set becomes a category of the session's 'calibrated' dimension, usable in every "
                                + "statement after it (show categories calibrated).",
                                "由数值属性生成集合，与 R 的 QCA calibrate() 相同：给三个锚点（完全不隶属、交叉点、完全隶属）时"
                                + "按 Ragin 的直接法得到模糊集（锚点处隶属度为 0.05、0.5、0.95；不隶属锚点高于隶属锚点时为递减）；"
                                + "给一个阈值时得到清晰集。新集合成为本会话 calibrated 维度中的类别，之后的每个语句都可使用"
                                + "（见 'show categories calibrated'）。"),
        .helpQCASummary: ("Qualitative Comparative Analysis, as R's QCA package computes it: 'truthtable' builds the truth "
                          + "table, 'minimize' solves it (conservative, parsimonious, intermediate), 'fit' gives the "
                          + "parameters of fit of any expression, 'necessity' looks for necessary conditions, 'calibrate' "
                          + "makes sets from numbers, and 'why TERM -> OUTCOME' goes from a solution term back to the "
                          + "{1} it covers and the quotes behind their codes. Names are categories: 'DEV' is 'conditions "
                          + "includes DEV'. On coded studies a {2} not coded for a category counts as 0: not reported.",
                          "定性比较分析（QCA），与 R 的 QCA 包计算方式相同：truthtable 建立真值表，minimize 求解（保守解、简约解、"
                          + "中间解），fit 给出任意表达式的拟合参数，necessity 寻找必要条件，calibrate 由数值生成集合，"
                          + "why TERM -> OUTCOME 从解的一项回到它覆盖的案例及其编码背后的引文。名称即类别：DEV 等同于 "
                          + "'conditions includes DEV'。在编码研究中，未编码某类别的案例计为 0：即未报告。"),
    ]
}
