#!/usr/bin/env python3
"""Generates Samples/smart-specialization.json, the built-in study, from the data below.

The JSON file is committed and is the source of truth; this script is only a convenient way to
write it (small helpers keep the evidence records short). After editing either, run
  python3 Scripts/check-study.py Samples/smart-specialization.json ../shared/seed/000_52d7f7740ff1615a.txt

Usage: python3 Scripts/build-study.py [OUTPUT]   (default: Samples/smart-specialization.json)
"""
import json
import os
import sys


def sec(number, title):
    return {"number": number, "title": title}


def lt(en, zh):
    return {"en": en, "zh": zh}


def ev(quote, gloss, section):
    """An evidence record; an English quote needs no gloss."""
    e = {"quote": quote}
    if gloss:
        e["gloss"] = gloss
    e["section"] = section
    return e


# Sections as printed. The paper's numbering restarts: chapter "3" (organisation) has subsections
# "1.1"–"1.3", and chapters printed "2"–"5" are really chapters 4–7; titles disambiguate.
S_ABSTRACT_ZH = sec("摘要", "摘要")
S_ABSTRACT_EN = sec("Abstract", "Abstract")
S_INTRO = sec("1", "问题提出")
S_DESIGN = sec("2", "研究设计")
S_TABLE1 = sec("表1", "样本中小企业基本情况")
S_ORG = sec("3", "中小企业智慧专业化组织结构")
S_1_1 = sec("1.1", "发明家任企业高管模式")
S_1_2 = sec("1.2", "设置研发部门模式")
S_1_3 = sec("1.3", "顾问委员会模式")
S_MGMT = sec("2", "中小企业智慧专业化管理制度")
S_2_1 = sec("2.1", "目标管理")
S_2_2 = sec("2.2", "市场管理")
S_2_3 = sec("2.3", "客户管理")
S_FIN = sec("3", "中小企业智慧专业化融资渠道")
S_3_1 = sec("3.1", "公共部门融资渠道")
S_3_2 = sec("3.2", "私营部门融资渠道")
S_3_3 = sec("3.3", "社会融资渠道")
S_INPUT = sec("4", "中小企业智慧专业化创新投入")
S_4_1 = sec("4.1", "研发经费投入")
S_4_2 = sec("4.2", "人力资源投入")
S_4_3 = sec("4.3", "合作研发投入")
S_OUTCOME = sec("5", "中小企业智慧专业化实施效果")
S_5_1 = sec("5.1", "产品创新效果")
S_5_2 = sec("5.2", "技术积累效果")
S_5_3 = sec("5.3", "技术追赶效果")
S_5_4 = sec("5.4", "社会责任效果")
S_CONCLUSION = sec("6", "结论与管理启示")


# ---------------------------------------------------------------------------------------------
# Attributes

COUNTRIES = [
    ("AU", "Australia", "澳大利亚", ["AUS", "澳洲"]),
    ("IS", "Iceland", "冰岛", ["ISL"]),
    ("DK", "Denmark", "丹麦", ["DNK"]),
    ("DE", "Germany", "德国", ["DEU", "GER", "Deutschland"]),
    ("RU", "Russia", "俄罗斯", ["RUS", "Russian Federation", "俄国"]),
    ("FR", "France", "法国", ["FRA"]),
    ("FI", "Finland", "芬兰", ["FIN"]),
    ("NL", "Netherlands", "荷兰", ["NLD", "The Netherlands", "Holland"]),
    ("CA", "Canada", "加拿大", ["CAN"]),
    ("US", "United States", "美国", ["USA", "U.S.", "U.S.A.", "United States of America", "America"]),
    ("NO", "Norway", "挪威", ["NOR"]),
    ("JP", "Japan", "日本", ["JPN"]),
    ("SE", "Sweden", "瑞典", ["SWE"]),
    ("CH", "Switzerland", "瑞士", ["CHE", "Swiss"]),
    ("IL", "Israel", "以色列", ["ISR"]),
    ("GB", "United Kingdom", "英国", ["UK", "GBR", "Britain", "Great Britain", "U.K."]),
]

ATTRIBUTES = [
    {
        "id": "country",
        "labels": lt("Country", "所属国家"),
        "aliases": ["国家", "国别", "nation"],
        "kind": "enumeration",
        "description": lt("The firm's country, as given in Table 1.", "表1所列企业所属国家。"),
        "values": [{"id": i, "labels": lt(en, zh), "aliases": al} for i, en, zh, al in COUNTRIES],
    },
    {
        "id": "founded",
        "labels": lt("Year founded", "企业创立年份"),
        "aliases": ["创立年份", "成立年份", "创立时间", "成立时间", "year", "founding year", "established"],
        "kind": "number",
        "description": lt("The year the firm was founded, as given in Table 1.", "表1所列企业创立年份。"),
    },
    {
        "id": "employees",
        "labels": lt("Employees", "企业雇员数/人"),
        "aliases": ["雇员数", "员工数", "员工人数", "雇员人数", "企业规模", "size", "staff", "headcount",
                    "number of employees"],
        "kind": "range",
        "description": lt("The employee band as printed in Table 1 (e.g. 11~50).",
                          "表1所列企业雇员数区间（如11~50）。"),
    },
    {
        "id": "field",
        "labels": lt("Field", "企业所在专业领域"),
        "aliases": ["领域", "专业领域", "行业", "industry", "domain", "specialty", "sector"],
        "kind": "text",
        "description": lt("The firm's specialised field: Table 1's Chinese text (editor's notes removed) "
                          "and an English translation.",
                          "表1所列企业所在专业领域（去除编辑批注），附英文译文。"),
    },
]


# ---------------------------------------------------------------------------------------------
# Taxonomy

def cat(id, en, zh, aliases, def_zh, def_en, section, children=None):
    node = {"id": id, "labels": lt(en, zh), "aliases": aliases,
            "definition": lt(def_en, def_zh), "section": section}
    if children:
        node["children"] = children
    return node


def dim(id, en, zh, aliases, def_zh, def_en, section, categories):
    return {"id": id, "labels": lt(en, zh), "aliases": aliases,
            "definition": lt(def_en, def_zh), "section": section, "categories": categories}


TAXONOMY = [
    dim("org", "Organizational structure", "组织结构",
        ["organization", "organisation", "structure", "organizational structure", "organisational structure",
         "organization structure", "organisation structure", "企业组织结构", "组织"],
        "企业组织结构指的是为实现组织目标，组织所进行的职能分工、人事安排。",
        "The division of functions and the staffing a firm adopts to reach its goals.",
        S_ORG, [
            cat("inventor_executive", "Inventor as executive", "发明家任企业高管",
                ["inventor executive", "inventor-executive", "inventors as executives",
                 "inventors serving as corporate executives", "发明家任企业高管模式", "发明家高管"],
                "发明家（科学家、工程师、技术人员）担任中小企业创始人或首席执行官、首席技术官等高管。",
                "Inventors (scientists, engineers, technicians) serve as the SME's founders or as executives "
                "such as CEO or CTO.",
                S_1_1),
            cat("rnd_department", "R&D department", "设置研发部门",
                ["R&D departments", "rnd department", "setting up R&D departments", "in-house R&D",
                 "R&D centre", "R&D center", "research laboratory", "研发部门", "设置研发部门模式", "研发中心",
                 "研究实验室"],
                "中小企业在企业内部设置研究实验室、研发中心等，跟踪行业技术发展趋势，开发、设计新产品或新项目。",
                "The SME sets up research laboratories, R&D centres and the like in-house to follow the "
                "industry's technical trends and to develop and design new products or projects.",
                S_1_2),
            cat("advisory_committee", "Advisory committee", "顾问委员会",
                ["advisory committees", "advisory board", "advisory boards", "setting up advisory committees",
                 "顾问委员会模式", "设立顾问委员会", "咨询委员会", "专家咨询委员会"],
                "在企业内设置专家咨询委员会、行业咨询委员会，邀请行业专家成为企业技术顾问，获得专业技术支持。",
                "The firm sets up expert or industry advisory committees and invites industry experts as "
                "technical advisers, to obtain specialised technical support.",
                S_1_3),
        ]),
    dim("management", "Management system", "管理制度",
        ["management systems", "management institutions", "企业管理制度", "管理"],
        "企业将自身战略转化为实际行动的一系列工具，包括组织使命、愿景和价值陈述，以及战略地图、平衡计分卡等。",
        "The tools by which a firm turns its strategy into action: mission, vision and value statements, "
        "strategy maps, balanced scorecards and the like.",
        S_MGMT, [
            cat("target", "Target management", "目标管理",
                ["goal management", "management by objectives", "objectives", "goals", "目标"],
                "中小企业在目标管理上强调深化技术创新、实现行业领导地位和可持续发展。",
                "In target management SMEs stress deepening technological innovation, reaching industry "
                "leadership and sustainable development.",
                S_2_1, [
                    cat("tech_innovation", "Deepening technological innovation", "深化技术创新",
                        ["deep tech", "deep technology", "tech innovation", "深技术"],
                        "深化技术创新成为中小企业创立与经营的重要使命或价值观，驱动企业不断从事研发活动。",
                        "Deepening technological innovation is a core mission or value of the firm and drives "
                        "it to keep doing R&D.",
                        S_2_1),
                    cat("industry_leadership", "Industry leadership and standards", "行业领导地位/行业标准",
                        ["industry leadership", "industry standards", "industry standard", "行业领导地位",
                         "行业标准", "实现行业领导地位", "建立行业标准"],
                        "以实现行业领导地位、建立行业标准为重要目标，意在解决世界性、行业性的普遍问题。",
                        "Reaching industry leadership and setting industry standards is a major goal, aimed at "
                        "solving global, industry-wide problems.",
                        S_2_1),
                    cat("sustainability", "Sustainable development", "可持续发展",
                        ["sustainable", "可持续", "环境友好", "environment-friendly"],
                        "推出环境友好型新方法、新工艺、新材料等，减少材料、能源浪费以及生态环境污染，实现经济效益与环境效益相统一。",
                        "Launching environment-friendly methods, processes and materials that cut waste of "
                        "materials and energy and pollution, uniting economic and environmental benefits.",
                        S_2_1),
                ]),
            cat("market", "Market management", "市场管理",
                ["markets", "market policy", "市场"],
                "市场管理方面强调产品市场国际化与产品应用多样化。",
                "Market management stresses internationalised product markets and diversified product "
                "applications.",
                S_2_2, [
                    cat("internationalization", "Market internationalization", "产品市场国际化",
                        ["internationalisation", "international markets", "market internationalisation",
                         "product market internationalization", "国际化", "市场国际化"],
                        "面向国际化市场，通过直接由母国销售或在其他国家设置办事处，将产品与服务输入东道国市场。",
                        "Serving international markets by selling directly from the home country or through "
                        "offices abroad, bringing products and services into host-country markets.",
                        S_2_2),
                    cat("application_diversity", "Diversified applications", "产品应用多样化",
                        ["application diversity", "application diversification", "diversified applications",
                         "product application diversification", "应用多样化"],
                        "在单项技术上的突破并不意味着企业产品应用的狭窄：一项技术的产品适用于多种应用场景。",
                        "A breakthrough in a single technology does not mean narrow applications: the product "
                        "serves many kinds of use.",
                        S_2_2),
                ]),
            cat("customer", "Customer management", "客户管理",
                ["customers", "customer relations", "客户"],
                "在个性化定制、技术服务团队与客户培训上管理客户。",
                "Managing customers through customization, technical service teams and customer training.",
                S_2_3, [
                    cat("customization", "Customization", "个性化定制",
                        ["customisation", "customized products", "tailoring", "personalization",
                         "personalisation", "定制", "量身定做"],
                        "个性化定制使得客户深入参与中小企业的产品制造与服务提供，从而提供个性化体验，增强产品或服务的附加价值。",
                        "Customers take part in making the product and providing the service, which gives a "
                        "personalised experience and adds value.",
                        S_2_3),
                    cat("technical_service", "Technical service team", "技术服务团队",
                        ["technical service", "technical services", "technical support", "service team",
                         "技术服务", "技术支持", "技术服务与支持团队"],
                        "成立专业的技术服务团队，应对新技术集成到客户业务流程中可能存在的障碍，以实现产品或服务良好的兼容性。",
                        "A dedicated technical service team overcomes obstacles to integrating the new technology "
                        "into customers' processes, so that products and services fit well.",
                        S_2_3),
                    cat("customer_training", "Customer training", "客户培训",
                        ["customer education", "training", "培训", "客户教育", "客户培训与教育"],
                        "通过对客户进行技术培训，使得客户更易于掌握企业产品的使用方式，并将客户视作营销节点推动产品扩散。",
                        "Training customers so they master the product more easily, and treating them as "
                        "marketing nodes that spread the product.",
                        S_2_3),
                ]),
        ]),
    dim("financing", "Financing channels", "融资渠道",
        ["financing channels", "financing channel", "finance", "funding", "融资", "融资方式"],
        "中小企业筹集资金进行智慧专业化的方式。",
        "The ways in which SMEs raise money for smart specialization.",
        S_FIN, [
            cat("public", "Public sector", "公共部门",
                ["public sector", "public funding", "public sector funding", "公共部门融资渠道", "公共部门融资"],
                "来自公共部门的专项拨款、科研经费、政府购买。",
                "Special grants, research funding and government procurement from the public sector.",
                S_3_1, [
                    cat("grant", "Government grant", "政府专项拨款",
                        ["grants", "government grants", "special grant", "special grants", "subsidy", "subsidies",
                         "专项拨款", "拨款"],
                        "公共部门对中小企业智慧专业化的专项拨款，可以分为直接拨款和间接拨款两类。",
                        "Special public grants for SMEs' smart specialization, either direct or indirect.",
                        S_3_1, [
                            cat("direct_grant", "Direct grant", "直接拨款",
                                ["direct grants", "direct funding"],
                                "由国家或地方政府部门及其专项支持计划或创新奖项直接向中小企业进行财政拨款。",
                                "Grants paid to SMEs directly by national or local government bodies, their "
                                "support programmes or innovation awards.",
                                S_3_1),
                            cat("indirect_grant", "Indirect grant", "间接拨款",
                                ["indirect grants", "indirect funding"],
                                "由政府部门设置的非营利组织、基金会、加速器、孵化器进行拨款。",
                                "Grants paid through non-profit organisations, foundations, accelerators or "
                                "incubators set up by government.",
                                S_3_1),
                        ]),
                    cat("research_funding", "Research funding", "科研经费",
                        ["research grants", "research grant", "research projects", "scientific research funding",
                         "科研项目", "科研项目经费"],
                        "通过向政府、高校申报科研项目的方式获取资金，进行项目立项、技术研发与产品商业化。",
                        "Money obtained by applying to government or universities for research projects, used "
                        "for project launch, R&D and commercialisation.",
                        S_3_1),
                    cat("procurement", "Government procurement", "政府购买",
                        ["public procurement", "government purchase", "government purchasing", "政府采购"],
                        "公共部门通过政府购买中小企业产品或服务的方式予以资金支持。",
                        "Public money reaches SMEs through government purchases of their products or services.",
                        S_3_1),
                ]),
            cat("private", "Private sector", "私营部门",
                ["private sector", "private funding", "private sector funding", "私营部门融资渠道", "私营部门融资"],
                "面向风险投资公司、大型企业等筹集资金，分为股权融资与债务融资两类。",
                "Raising money from venture capital firms, large companies and the like, as equity or debt.",
                S_3_2, [
                    cat("equity", "Equity financing", "股权融资",
                        ["equity finance", "equity investment", "venture capital", "VC", "股权", "股权投资",
                         "风险投资"],
                        "私营部门通过购买股票、直接投资等方式获得中小企业股权，从而参与企业运作。",
                        "Private investors acquire equity in the SME by buying shares or investing directly, and "
                        "so take part in running it.",
                        S_3_2, [
                            cat("financial_equity", "Financial equity financing", "财务性股权融资",
                                ["financial equity", "financial investment", "financial investors", "财务性",
                                 "财务投资"],
                                "财务性股权融资主要追求投资回报，并不参与企业管理。",
                                "Financial equity investors seek a return and do not take part in managing "
                                "the firm.",
                                S_3_2),
                            cat("strategic_equity", "Strategic equity financing", "战略性股权融资",
                                ["strategic equity", "strategic investment", "strategic investors", "战略性",
                                 "战略投资"],
                                "战略性股权融资除了进行资金投入，同时与被投资企业有着业务联系，并参与企业高层管理、产品经营等业务流程。",
                                "Strategic equity investors also have business ties with the firm and take part "
                                "in its top management and operations.",
                                S_3_2),
                        ]),
                    cat("debt", "Debt financing", "债务融资",
                        ["debt finance", "bonds", "bond", "loans", "债务", "债券", "私募债券", "贷款"],
                        "通过银行或非银行金融机构以及发行债券等方式融资，需要付还本息、到期偿还。",
                        "Borrowing from banks or non-bank institutions or issuing bonds, repaid with interest at "
                        "maturity.",
                        S_3_2),
                ]),
            cat("society", "Society", "社会大众",
                ["the society", "general public", "social financing", "社会融资", "社会融资渠道", "社会"],
                "面向社会筹集资金，在资金构成上多起补充性作用，往往发生在企业初创之时，主要为互联网众筹。",
                "Money raised from the public at large, mostly supplementary and early in the firm's life; "
                "mainly internet crowdfunding.",
                S_3_3, [
                    cat("crowdfunding", "Crowdfunding", "互联网众筹",
                        ["crowd funding", "crowd-funding", "internet crowdfunding", "equity crowdfunding", "众筹",
                         "股权众筹"],
                        "借助互联网，面向公众为某一项目或商业创意筹集资金，包括捐赠众筹、事前奖励或销售型众筹、债务众筹、股权众筹等。",
                        "Raising money from the public over the internet for a project or business idea: "
                        "donation, reward or pre-sale, debt and equity crowdfunding.",
                        S_3_3),
                ]),
        ]),
    dim("input", "Innovation input", "创新投入",
        ["innovation inputs", "inputs", "innovation investment", "投入", "企业创新投入"],
        "中小企业为实现智慧专业化，在企业内部和外部获取技术资源的过程中，对研发活动投入的人力、物力、财力。",
        "The people, equipment and money an SME puts into R&D while acquiring technical resources inside "
        "and outside the firm.",
        S_INPUT, [
            cat("rnd_funding", "R&D funding", "研发经费",
                ["R&D expenditure", "R&D spending", "R&D investment", "研发经费投入", "研发投入", "研发资金"],
                "研发经费投入具有优先性与持续性，投入方向主要为技术进步与市场拓展。",
                "R&D spending is given priority and kept up, and goes mainly to technical progress and "
                "market expansion.",
                S_4_1, [
                    cat("priority", "Priority", "优先性",
                        ["R&D priority", "prioritisation", "prioritization", "优先"],
                        "在企业获取资金后，相较于其他业务优先进行研发业务投入。",
                        "Once the firm has raised money it spends on R&D before other business.",
                        S_4_1),
                    cat("continuity", "Continuity", "持续性",
                        ["continuous investment", "sustained R&D investment", "持续投入", "持续"],
                        "企业在研发投入上保持连续不断地投入。",
                        "The firm keeps investing in R&D without interruption.",
                        S_4_1),
                    cat("tech_progress", "Invested in technical progress", "投向技术进步",
                        ["technical progress", "technological progress", "技术进步"],
                        "中小企业将研发资金投入产品与设备性能的提升上。",
                        "R&D money goes into improving the performance of products and equipment.",
                        S_4_1),
                    cat("market_expansion", "Invested in market expansion", "投向市场拓展",
                        ["market expansion", "市场拓展"],
                        "研发投入用于开发满足不同国家质量标准的产品，以面向国际化市场。",
                        "R&D money goes into products that meet different countries' quality standards, for "
                        "international markets.",
                        S_4_1),
                ]),
            cat("human_resources", "Human resources", "人力资源",
                ["human resource", "HR", "human resources input", "人力资源投入"],
                "内部创新投入中的人力资源投入，从企业高管与研发人员两方面分析。",
                "The people put into innovation, looked at through executives and R&D staff.",
                S_4_2, [
                    cat("executives", "Executives' education", "高管学历背景",
                        ["executive education", "executives' background", "企业高管", "高管", "高管学历"],
                        "企业高管受教育水平在某种程度上反映了中小企业在研发上的人力资源投入。",
                        "The executives' level of education reflects, to some extent, the human resources the "
                        "SME puts into R&D.",
                        S_4_2),
                    cat("rnd_staff", "R&D staff", "研发人员",
                        ["R&D personnel", "R&D employees", "researchers", "研发团队"],
                        "中小企业投入大量研发人员，从事产品设计、研究、调试、市场反馈、创新升级等工作。",
                        "SMEs employ many R&D staff in design, research, testing, market feedback and upgrades.",
                        S_4_2),
                ]),
            cat("cooperative_rnd", "Cooperative R&D", "合作研发",
                ["collaborative R&D", "R&D cooperation", "R&D collaboration", "cooperation", "collaboration",
                 "合作研发投入", "合作"],
                "外部创新投入：企业间合作，以及与政府、高校、科研院所、中介组织的合作研发。",
                "External innovation input: cooperation with other firms and with government, universities, "
                "research institutes and intermediaries.",
                S_4_3, [
                    cat("with_firms", "Cooperation with firms", "企业间合作",
                        ["inter-firm cooperation", "firm cooperation", "cooperation with firms",
                         "cooperation with companies", "企业合作", "与其他企业合作"],
                        "通过与业务相近的大型企业或供应商建立合作关系，弥补中小企业在研究资金、设备上的短缺。",
                        "Partnerships with large firms in related business or with suppliers make up for the "
                        "SME's shortage of research money and equipment.",
                        S_4_3),
                    cat("with_academia", "Cooperation with universities and research institutes", "与高校、科研院所合作",
                        ["academia", "cooperation with academia", "university cooperation",
                         "industry-university cooperation", "industry-university-research cooperation",
                         "产学研", "产学研合作", "校企合作", "与高校合作"],
                        "与高校、科研院所合作研发，集中在项目孵化与技术研发两个环节。",
                        "Joint R&D with universities and research institutes, in incubating projects and in "
                        "technical research.",
                        S_4_3),
                ]),
        ]),
    dim("outcome", "Implementation effects", "实施效果",
        ["outcomes", "effects", "implementation", "results", "performance", "效果", "绩效"],
        "中小企业在执行智慧专业化战略后取得的表现。",
        "What SMEs achieve after carrying out a smart-specialization strategy.",
        S_OUTCOME, [
            cat("product_innovation", "Product innovation", "产品创新",
                ["product innovation effects", "产品创新效果"],
                "可以从新产品开发与产品改进两个角度归纳。",
                "Seen as new product development and product improvement.",
                S_5_1, [
                    cat("new_product", "New product development", "新产品开发",
                        ["new products", "new product", "NPD", "新产品"],
                        "依赖企业核心技术与前沿技术的结合开发新产品。",
                        "Developing new products by combining the firm's core technology with frontier "
                        "technology.",
                        S_5_1),
                    cat("product_improvement", "Product improvement", "产品改进",
                        ["product improvements", "product upgrade", "product upgrades", "产品升级", "迭代升级"],
                        "通过对单一产品的迭代升级，实现对原有产品在结构、规格、外观、工艺、性能等方面的显著改进。",
                        "Iterative upgrades of a single product that markedly improve its structure, "
                        "specifications, appearance, process or performance.",
                        S_5_1),
                ]),
            cat("tech_accumulation", "Technology accumulation", "技术积累",
                ["technological accumulation", "technology accumulation effects", "技术积累效果"],
                "技术积累是中小企业的知识性资源，可以从专利与科技论文数量两个方面进行分析。",
                "Technology accumulation is the SME's knowledge resource, seen in patents and scientific papers.",
                S_5_2, [
                    cat("patents", "Patents", "专利",
                        ["patent", "patent applications", "patent families", "专利申请", "专利族"],
                        "专利是企业技术进步与创新活力的表现；包括专利申请与专利国际化。",
                        "Patents show technical progress and innovative vigour; this covers patent applications "
                        "and their internationalisation.",
                        S_5_2),
                    cat("papers", "Scientific papers", "科技论文",
                        ["scientific papers", "publications", "scientific publications", "论文", "发表论文"],
                        "科技论文是对中小企业新技术、新工艺、新材料等情况所进行的科学总结。",
                        "Scientific papers are the scientific record of the SME's new technologies, processes "
                        "and materials.",
                        S_5_2),
                ]),
            cat("catch_up", "Technology catch-up", "技术追赶",
                ["catch-up", "catching up", "technology catching-up", "追赶", "技术追赶效果"],
                "中小企业较之于大型企业在技术上实现赶超、实现行业领先地位；分为技术创新追赶与商业模式追赶。",
                "The SME overtakes large firms and reaches a leading position; technological or "
                "business-model catch-up.",
                S_5_3, [
                    cat("technological", "Technological catch-up", "技术创新追赶",
                        ["technological innovation catch-up", "technology catch-up by innovation", "技术领先"],
                        "中小企业所创造的新产品、新工具等在行业技术领域实现领先地位。",
                        "The SME's new products or tools lead their technical field.",
                        S_5_3),
                    cat("business_model", "Business-model catch-up", "商业模式追赶",
                        ["business model", "business model catch-up", "market share", "商业模式", "市场份额"],
                        "中小企业在目标市场份额占比上实现领先地位。",
                        "The SME leads its target market by market share.",
                        S_5_3),
                ]),
            cat("social_responsibility", "Social responsibility", "社会责任",
                ["CSR", "corporate social responsibility", "社会责任效果", "企业社会责任"],
                "包括企业对员工所承担的社会责任与对公众所承担的社会责任（生态环境保护）。",
                "Responsibility towards employees and towards the public (protecting the environment).",
                S_5_4, [
                    cat("employee_welfare", "Responsibility to employees", "员工社会责任",
                        ["employee welfare", "employee responsibility", "employee rights", "员工福利", "员工待遇",
                         "员工权益"],
                        "企业对员工所承担的社会责任，包括员工收入、工作环境、福利待遇等。",
                        "The firm's responsibility to its employees: pay, working environment, benefits.",
                        S_5_4),
                    cat("environmental", "Environmental responsibility", "生态环境社会责任",
                        ["environment", "environmental protection", "ecological responsibility", "生态环境",
                         "环境保护", "环保"],
                        "企业对公众所承担的社会责任，主要指的是对生态环境的保护。",
                        "The firm's responsibility to the public, chiefly protecting the environment.",
                        S_5_4),
                ]),
        ]),
]


# ---------------------------------------------------------------------------------------------
# Cases

def code(category, *evidence):
    return {"category": category, "evidence": list(evidence)}


def cand(category, reason, *evidence):
    return {"category": category, "reason": reason, "evidence": list(evidence)}


def fact(id, en, zh, value, unit, text, evidence, source_requested=False):
    """`source_requested`: the editor's request for a source closes the clause holding the figure."""
    f = {"id": id, "label": lt(en, zh)}
    if value is not None:
        f["value"] = value
    f.update({"unit": unit, "text": text, "evidence": evidence})
    if source_requested:
        f["sourceRequested"] = True
    return f


def note(kind, en, zh, *evidence):
    return {"kind": kind, "text": lt(en, zh), "evidence": list(evidence)}


def firm(name, country, founded, employees, field_zh, field_en, aliases=(), codes=(), candidates=(), facts=(),
         notes=()):
    c = {"name": name}
    if aliases:
        c["aliases"] = list(aliases)
    c["attributes"] = {"country": country, "founded": founded, "employees": employees,
                       "field": lt(field_en, field_zh)}
    c["codes"] = list(codes)
    if candidates:
        c["candidates"] = list(candidates)
    c["facts"] = list(facts)
    if notes:
        c["notes"] = list(notes)
    return c


def table_only_note(row):
    return note("ambiguity",
                "The paper says nothing about this firm beyond its row in Table 1: it is not coded for any "
                "category. Not coded means not reported, not absent.",
                "除表1外，文中未再提及该企业，故未编码任何类别。未编码表示文中未报告，不表示企业不具备。",
                ev(row, "Table 1 row: country, name, year founded, employees, field.", S_TABLE1))


# Quotes shared by several firms.
TECH_SERVICE_LIST = ev("MARORKA、ABBERIOR、NORSEPOWER、CARBONCURE等大多数企业成立了专业的技术服务团队",
                       "MARORKA, ABBERIOR, NORSEPOWER, CARBONCURE and most other firms set up professional "
                       "technical service teams.", S_2_3)
ORG_COMBINED = ev("以上3种形式并不绝对相互区分，而是存在相互组合的情况",
                  "The three forms above are not strictly separate; they are combined.", S_1_3)
SOURCE_REQUEST_VARIANT = ("The editor's request for a source after this figure uses the variant wording "
                          "【补标引著录有关数据来源信息文献】 instead of 【补充标引著录有关数据来源信息文献】; the figure has no "
                          "cited source.")
SOURCE_REQUEST_VARIANT_ZH = "此数据后的编辑批注为变体措辞【补标引著录有关数据来源信息文献】，该数据未注明来源。"

CASES = [
    firm("BODD", "AU", 2013, "11~50", "3D衣物打印", "3D clothing printing",
         codes=[
             code("with_firms", ev("以澳大利亚BODD公司为例，该企业在合作企业上主要为德国博世公司",
                                   "Take the Australian firm BODD: its main partner firm is Germany's Bosch.",
                                   S_4_3)),
         ]),
    firm("MARORKA", "IS", 2002, "11~50", "海洋能源管理", "marine energy management",
         codes=[
             code("technical_service", TECH_SERVICE_LIST),
             code("patents", ev("如MARORKA 公司申请的“船舶能源优化方法”（CN101283359A）",
                                "For example MARORKA's application “Method for optimising ship energy” "
                                "(CN101283359A).", S_5_2)),
         ],
         facts=[
             fact("patent_ship_energy", "Patent: method for optimising ship energy", "专利：船舶能源优化方法",
                  None, "", "CN101283359A",
                  ev("如MARORKA 公司申请的“船舶能源优化方法”（CN101283359A）",
                     "MARORKA's application “Method for optimising ship energy” (CN101283359A).", S_5_2)),
         ]),
    firm("AFYX THERAPEUTICS", "DK", 2014, "2~10", "医疗技术", "medical technology", aliases=["AFYX"],
         codes=[
             code("advisory_committee",
                  ev("丹麦的AFYX THERAPEUTICS公司便在企业内部设置了临床顾问委员会与研究顾问委员会",
                     "Denmark's AFYX THERAPEUTICS set up a clinical advisory board and a research advisory board "
                     "inside the firm.", S_1_3)),
         ],
         candidates=[
             cand("with_academia",
                  "Its advisory boards are staffed by MDs from LMU Munich, Sheffield and other universities, which "
                  "§1.3 presents as knowledge from cooperation with universities, but the paper does not name the "
                  "firm for cooperative R&D.",
                  ev("二者由慕尼黑大学、谢菲尔德大学等高校医学博士，以及众多健康研究中心临床医疗人员构成",
                     "Both consist of MDs from universities such as LMU Munich and Sheffield and clinicians from "
                     "many health research centres.", S_1_3)),
         ]),
    firm("TESVOLT", "DE", 2014, "51~200", "能源储存", "energy storage",
         codes=[
             code("inventor_executive",
                  ev("以德国的TESVOLT公司为例，该公司由Hannemann和Schandert于2014年共同成立，前者担任首席行政官、后者担任首席技术官",
                     "Take Germany's TESVOLT: founded in 2014 by Hannemann and Schandert, the former chief "
                     "administrative officer, the latter chief technology officer.", S_1_1)),
             code("business_model",
                  ev("TESVOLT公司在全球范围内实施了超过2 200个项目，区域目标市场的市场份额高达50%",
                     "TESVOLT has carried out more than 2,200 projects worldwide, with up to 50% share of its "
                     "regional target market.", S_5_3)),
         ],
         candidates=[
             cand("executives",
                  "The founders' degrees (computer science and sustainability management; a master's in "
                  "industrial engineering) fit the executives' educational background, but §4.2 does not name "
                  "TESVOLT.",
                  ev("Hannemann于柏林管理学院获得计算机科学和可持续发展管理相关学位",
                     "Hannemann earned degrees in computer science and sustainability management at a Berlin "
                     "management school.", S_1_1),
                  ev("Schandert则在柏林工业大学获得工业工程硕士学位，专攻电气工程",
                     "Schandert earned a master's in industrial engineering at TU Berlin, majoring in electrical "
                     "engineering.", S_1_1)),
             cand("industry_leadership",
                  "A 50% share of its regional target market is the kind of leadership §2.1 names as a goal, but "
                  "the paper reports it as an outcome (§5.3), not as the firm's objective.",
                  ev("区域目标市场的市场份额高达50%",
                     "Its share of the regional target market is as high as 50%.", S_5_3)),
         ],
         facts=[
             fact("founded_year", "Year founded by Hannemann and Schandert", "由Hannemann和Schandert创立年份",
                  2014, "year", "2014年",
                  ev("该公司由Hannemann和Schandert于2014年共同成立",
                     "The firm was founded jointly by Hannemann and Schandert in 2014.", S_1_1)),
             fact("hanni_solar_founded", "Year Hannemann founded HANNI SOLAR", "Hannemann创立HANNI SOLAR公司年份",
                  2009, "year", "2009年",
                  ev("并于2009年创立了HANNI SOLAR公司", "and in 2009 founded HANNI SOLAR.", S_1_1)),
             fact("core_segment_min", "Core segment, lower bound", "核心领域下限", 1, "kWh", "1 kW·h",
                  ev("在1 kW·h至30 kW·h的核心领域，TESVOLT公司在全球范围内实施了超过2 200个项目",
                     "In the core segment of 1 kWh to 30 kWh TESVOLT has carried out more than 2,200 projects "
                     "worldwide.", S_5_3)),
             fact("core_segment_max", "Core segment, upper bound", "核心领域上限", 30, "kWh", "30 kW·h",
                  ev("在1 kW·h至30 kW·h的核心领域，TESVOLT公司在全球范围内实施了超过2 200个项目",
                     "In the core segment of 1 kWh to 30 kWh TESVOLT has carried out more than 2,200 projects "
                     "worldwide.", S_5_3)),
             fact("projects", "Projects carried out worldwide (more than)", "全球实施项目数（超过）", 2200, "projects",
                  "超过2 200个项目",
                  ev("在1 kW·h至30 kW·h的核心领域，TESVOLT公司在全球范围内实施了超过2 200个项目",
                     "In the core segment of 1 kWh to 30 kWh TESVOLT has carried out more than 2,200 projects "
                     "worldwide.", S_5_3)),
             fact("market_share", "Share of the regional target market (up to)", "区域目标市场的市场份额（高达）",
                  50, "percent", "50%",
                  ev("区域目标市场的市场份额高达50%", "Its share of the regional target market is as high as 50%.",
                     S_5_3),
                  source_requested=True),
         ],
         notes=[
             note("editorial", SOURCE_REQUEST_VARIANT, SOURCE_REQUEST_VARIANT_ZH,
                  ev("区域目标市场的市场份额高达50%", "Its share of the regional target market is as high as 50%.",
                     S_5_3)),
         ]),
    firm("ABBERIOR", "DE", 2012, "51~200", "纳米显微镜", "nanoscopy",
         codes=[
             code("technical_service", TECH_SERVICE_LIST),
             code("research_funding",
                  ev("其中以德国的ABBERIOR公司为典型", "Germany's ABBERIOR is the typical case.", S_3_1),
                  ev("主要资金来源于向德国联邦教育和研究部申请的科研经费",
                     "Its main funding is research money applied for from the German Federal Ministry of "
                     "Education and Research.", S_3_1)),
             code("executives",
                  ev("以ABBERIOR公司为例，该企业的8位创始人兼高管均为博士学历",
                     "Take ABBERIOR: all 8 founders, who are also its executives, hold doctorates.", S_4_2)),
             code("papers",
                  ev("除“100%由科学家管理”的ABBERIOR公司在生命科学领域期刊上独立发表科技论文较多外",
                     "Except for ABBERIOR, “100% run by scientists”, which publishes many papers on its own in "
                     "life-science journals,", S_5_2)),
         ],
         candidates=[
             cand("inventor_executive",
                  "Its founders and executives are PhD scientists who invented the STED microscope and the firm is "
                  "“100% run by scientists”, which fits the inventor-executive form, but §1.1 names only TESVOLT.",
                  ev("该企业的8位创始人兼高管均为博士学历，发明了STED显微镜",
                     "All 8 founders and executives hold doctorates and invented the STED microscope.", S_4_2),
                  ev("“100%由科学家管理”的ABBERIOR公司", "ABBERIOR, “100% run by scientists”", S_5_2)),
             cand("with_academia",
                  "It is a spin-off of a Max Planck institute and the German Cancer Research Center, which fits "
                  "ties with research institutes, but the paper does not name it for cooperative R&D.",
                  ev("该企业是哥廷根马克斯·普朗克生物物理化学研究所和海德堡德国癌症研究所的衍生公司",
                     "The firm is a spin-off of the Max Planck Institute for Biophysical Chemistry in Göttingen and "
                     "the German Cancer Research Center in Heidelberg.", S_3_1)),
         ],
         facts=[
             fact("founders", "Founders (PhDs)", "创始人（博士）", 8, "persons", "8位",
                  ev("由包括2014年诺贝尔化学奖得主在内的8位具有物理学、化学、纳米光学教育背景的博士创立",
                     "Founded by 8 PhDs in physics, chemistry and nano-optics, including the 2014 Nobel laureate "
                     "in chemistry.", S_3_1)),
             fact("founder_nobel_year", "Year of a founder's Nobel Prize in Chemistry", "创始人获诺贝尔化学奖年份",
                  2014, "year", "2014年",
                  ev("由包括2014年诺贝尔化学奖得主在内的8位具有物理学、化学、纳米光学教育背景的博士创立",
                     "Founded by 8 PhDs in physics, chemistry and nano-optics, including the 2014 Nobel laureate "
                     "in chemistry.", S_3_1)),
             fact("bmbf_project_year", "Year of the federal research grant", "获联邦科研资助项目年份", 2013, "year",
                  "2013年",
                  ev("如2013年获得资助项目“超快速和节省样品的可逆饱和光学荧光跃迁显微镜基本功能模型的开发”",
                     "e.g. in 2013 it obtained the funded project “Development of a basic functional model of an "
                     "ultrafast, sample-saving RESOLFT microscope”.", S_3_1)),
             fact("bmbf_project_duration", "Duration of the 2013 project", "2013年项目工期", 36, "months", "36个月",
                  ev("项目工期36个月，总金额为544 558欧元",
                     "The project ran 36 months, with a total of €544,558.", S_3_1)),
             fact("bmbf_project_amount", "Amount of the 2013 project", "2013年项目总金额", 544558, "EUR",
                  "544 558欧元",
                  ev("项目工期36个月，总金额为544 558欧元",
                     "The project ran 36 months, with a total of €544,558.", S_3_1),
                  source_requested=True),
         ]),
    firm("MOSTKOM", "RU", 2001, "11~50", "光学通信", "optical communication",
         codes=[
             code("with_academia",
                  ev("以俄罗斯的MOSTKOM公司为例，该公司专注于开发自由空间光学通信设备，在技术研发上采取与高校、科研院所合作的形式进行",
                     "Take Russia's MOSTKOM: it develops free-space optical communication equipment and does its "
                     "R&D in cooperation with universities and research institutes.", S_4_3)),
             code("new_product",
                  ev("以MOSTKOM公司为例，面对智慧城市建设中的通信问题",
                     "Take MOSTKOM: facing the communication problems of smart-city construction,", S_5_1),
                  ev("开发了无限光通信线路传输量子保护密钥以及基于5G网络的激光通信技术",
                     "it developed quantum-protected key transmission over wireless optical links and laser "
                     "communication based on 5G networks.", S_5_1)),
             code("technological",
                  ev("MOSTKOM公司凭借自身在自由空间光学通信上的设备研制，实现了在全球自由空间光学通信技术领域排名第一",
                     "Through its free-space optical communication equipment MOSTKOM ranks first worldwide in "
                     "free-space optical communication technology.", S_5_3)),
         ],
         candidates=[
             cand("industry_leadership",
                  "Ranking first worldwide in its field is the leadership §2.1 names as a goal, but the paper "
                  "reports it as an outcome (§5.3), not as the firm's objective.",
                  ev("实现了在全球自由空间光学通信技术领域排名第一",
                     "It ranks first worldwide in free-space optical communication technology.", S_5_3)),
         ],
         facts=[
             fact("bauman_cooperation_year", "Year of R&D cooperation with Bauman Moscow State Technical University",
                  "与鲍曼莫斯科国立技术大学合作研发年份", 2004, "year", "2004年",
                  ev("2004年与鲍曼莫斯科国立技术大学合作开展通信设备收发器的研发工作",
                     "In 2004 it developed transceivers for communication equipment together with Bauman Moscow "
                     "State Technical University.", S_4_3)),
             fact("iitp_project_year", "Year it joined the Russian Academy of Sciences IITP project",
                  "参与俄罗斯科学院信息传输问题研究所项目年份", 2010, "year", "2010年",
                  ev("2010年参与俄罗斯科学院信息传输问题研究所“基于激光和无线电技术的新一代混合多媒体信息传输通道设备的研制”项目",
                     "In 2010 it joined the Russian Academy of Sciences Institute for Information Transmission "
                     "Problems project “Development of next-generation hybrid multimedia transmission channel "
                     "equipment based on laser and radio technology”.", S_4_3)),
             fact("world_rank", "World rank in free-space optical communication", "全球自由空间光学通信技术领域排名",
                  1, "", "排名第一",
                  ev("实现了在全球自由空间光学通信技术领域排名第一",
                     "It ranks first worldwide in free-space optical communication technology.", S_5_3)),
         ],
         notes=[
             note("ambiguity",
                  "“无限光通信线路” (unlimited optical links) is probably a typo for 无线光通信 (wireless optical "
                  "communication), the firm's free-space optics.",
                  "“无限光通信线路”疑为“无线光通信线路”之误（该企业从事自由空间光学通信）。",
                  ev("开发了无限光通信线路传输量子保护密钥",
                     "developed quantum-protected key transmission over “unlimited” [wireless] optical links",
                     S_5_1)),
         ]),
    firm("NAVYA", "FR", 2014, "201~300", "无人驾驶", "autonomous driving",
         codes=[
             code("rnd_department",
                  ev("以法国的NAVYA公司为例，该公司专业提供货运和客运领域自动驾驶系统和相关服务，并在2019年1月于巴黎拉德芳斯建立了占地超过1 400m2、汇集120多名研发人员的研发中心",
                     "Take France's NAVYA, which provides autonomous driving systems and services for freight and "
                     "passengers: in January 2019 it opened an R&D centre of more than 1,400 m² with over 120 R&D "
                     "staff in La Défense, Paris.", S_1_2)),
             code("debt",
                  ev("以NAVYA公司为例，2019年6月，该企业与韩国ESMO公司以私募债券2 000万欧元的方式形成合作",
                     "Take NAVYA: in June 2019 it partnered with Korea's ESMO through a €20 million private bond.",
                     S_3_2)),
             code("continuity",
                  ev("NAVYA公司在研发投入上保持每年13%的增长幅度",
                     "NAVYA keeps its R&D spending growing by 13% a year.", S_4_1)),
         ],
         candidates=[
             cand("rnd_staff",
                  "Its R&D centre brings together more than 120 R&D staff, but §4.2 names only WAYRAY for R&D "
                  "staff.",
                  ev("汇集120多名研发人员的研发中心", "an R&D centre bringing together more than 120 R&D staff",
                     S_1_2)),
             cand("with_firms",
                  "The ESMO bond partnership is said to strengthen NAVYA's R&D, which fits inter-firm cooperation, "
                  "but the paper files it under debt financing and §4.3 names only BODD.",
                  ev("该企业与韩国ESMO公司以私募债券2 000万欧元的方式形成合作，进一步加强嵌入式穿梭车和驾驶室自动驾驶系统的研发活动",
                     "It partnered with Korea's ESMO through a €20 million private bond, further strengthening R&D "
                     "on autonomous driving systems for shuttles and cabs.", S_3_2)),
         ],
         facts=[
             fact("rnd_centre_opened", "R&D centre opened (La Défense, Paris)", "研发中心建立时间（巴黎拉德芳斯）",
                  2019, "year", "2019年1月",
                  ev("并在2019年1月于巴黎拉德芳斯建立了占地超过1 400m2、汇集120多名研发人员的研发中心",
                     "In January 2019 it opened an R&D centre of more than 1,400 m² with over 120 R&D staff in La "
                     "Défense, Paris.", S_1_2),
                  source_requested=True),
             fact("rnd_centre_area", "R&D centre floor area (more than)", "研发中心占地面积（超过）", 1400, "m2",
                  "超过1 400m2",
                  ev("并在2019年1月于巴黎拉德芳斯建立了占地超过1 400m2、汇集120多名研发人员的研发中心",
                     "In January 2019 it opened an R&D centre of more than 1,400 m² with over 120 R&D staff in La "
                     "Défense, Paris.", S_1_2),
                  source_requested=True),
             fact("rnd_centre_staff", "R&D staff at the R&D centre (more than)", "研发中心研发人员（多于）", 120,
                  "persons", "120多名",
                  ev("并在2019年1月于巴黎拉德芳斯建立了占地超过1 400m2、汇集120多名研发人员的研发中心",
                     "In January 2019 it opened an R&D centre of more than 1,400 m² with over 120 R&D staff in La "
                     "Défense, Paris.", S_1_2),
                  source_requested=True),
             fact("esmo_bond_date", "Date of the ESMO private bond", "ESMO私募债券时间", 2019, "year", "2019年6月",
                  ev("2019年6月，该企业与韩国ESMO公司以私募债券2 000万欧元的方式形成合作",
                     "In June 2019 it partnered with Korea's ESMO through a €20 million private bond.", S_3_2)),
             fact("esmo_bond_amount", "ESMO private bond", "ESMO私募债券金额", 20000000, "EUR", "2 000万欧元",
                  ev("2019年6月，该企业与韩国ESMO公司以私募债券2 000万欧元的方式形成合作",
                     "In June 2019 it partnered with Korea's ESMO through a €20 million private bond.", S_3_2),
                  source_requested=True),
             fact("rnd_growth", "Annual growth of R&D spending", "研发投入年增长幅度", 13, "percent", "13%",
                  ev("NAVYA公司在研发投入上保持每年13%的增长幅度",
                     "NAVYA keeps its R&D spending growing by 13% a year.", S_4_1),
                  source_requested=True),
         ]),
    firm("NORSEPOWER", "FI", 2012, "11~50", "转子船帆", "rotor sails",
         codes=[
             code("application_diversity",
                  ev("芬兰NORSEPOWER公司专注于生产风力转子船帆", "Finland's NORSEPOWER makes wind rotor sails,",
                     S_2_2),
                  ev("但同时适用于油轮、客船、散货船、滚装船等多种船舶类型",
                     "but they suit many ship types: tankers, passenger ships, bulk carriers, ro-ro ships.",
                     S_2_2)),
             code("technical_service", TECH_SERVICE_LIST),
             code("patents",
                  ev("以NORSEPOWER公司为例，该企业对其转子帆的所有核心技术",
                     "Take NORSEPOWER: for all the core technologies of its rotor sails", S_5_2),
                  ev("均在澳大利亚、加拿大、中国、日本、英国、美国等国家同时进行了专利申请、形成专利族",
                     "it filed patents at once in Australia, Canada, China, Japan, the UK, the US and elsewhere, "
                     "forming patent families.", S_5_2)),
         ],
         candidates=[
             cand("internationalization",
                  "It files patent families in many countries, which §5.2 ties to serving international markets, "
                  "but §2.2 names only IN OVO for market internationalization.",
                  ev("由于面向国际化市场，多数中小企业存在专利国际化的情况",
                     "Because they serve international markets, most SMEs internationalise their patents.", S_5_2),
                  ev("均在澳大利亚、加拿大、中国、日本、英国、美国等国家同时进行了专利申请、形成专利族",
                     "it filed patents at once in Australia, Canada, China, Japan, the UK, the US and elsewhere, "
                     "forming patent families.", S_5_2)),
             cand("environmental",
                  "Its rotor sails save ship fuel and cut exhaust emissions, which fits environmental "
                  "responsibility, but §5.4 names only CARBONCURE.",
                  ev("实现节约船舶燃料和减少废气排放", "saving ship fuel and reducing exhaust emissions", S_2_2)),
             cand("sustainability",
                  "Saving fuel and cutting emissions fits the environment-friendly goal of §2.1, but §2.1 names "
                  "only UBQ MATERIALS.",
                  ev("实现节约船舶燃料和减少废气排放", "saving ship fuel and reducing exhaust emissions", S_2_2)),
         ],
         facts=[
             fact("patent_magnus_rotor_method", "Patent: method of making a Magnus-type rotor",
                  "专利：马格努斯型转子的制作方法", None, "", "CN106103269A",
                  ev("“马格努斯型转子的制作方法”（CN106103269A ）",
                     "“Method of making a Magnus-type rotor” (CN106103269A)", S_5_2)),
             fact("patent_magnus_rotor_propulsion", "Patent: ship propulsion system with a Magnus-type rotor",
                  "专利：装备马格努斯型转子的船只推进系统", None, "", "CN106255637A",
                  ev("“装备马格努斯型转子的船只推进系统”（CN106255637A）",
                     "“Ship propulsion system equipped with a Magnus-type rotor” (CN106255637A)", S_5_2)),
         ]),
    firm("IN OVO", "NL", 2013, "11~50", "家禽性别鉴定", "poultry sex determination", aliases=["INOVO"],
         codes=[
             code("internationalization",
                  ev("以IN OVO公司为例，该公司主要从事家禽性别鉴定技术",
                     "Take IN OVO, which works on poultry sexing technology:", S_2_2),
                  ev("而该企业的目标市场主要在于欧洲国家，原因在于欧洲地区对于扑杀雄性家禽具有相近的伦理观",
                     "its target market is mainly European countries, because Europe shares similar ethical views "
                     "on culling male chicks.", S_2_2)),
             code("research_funding",
                  ev("类似地，INOVO公司在项目立项阶段获得莱顿大学20万欧元的项目投资",
                     "Similarly, INOVO received €200,000 of project investment from Leiden University when the "
                     "project was set up.", S_3_1)),
             code("tech_progress",
                  ev("如IN OVO公司通过进一步的研发投入，将单个鸡蛋特性识别装置的识别速度由1 s提升至数微秒",
                     "e.g. through further R&D spending IN OVO cut the time its device needs to identify one egg "
                     "from 1 s to a few microseconds.", S_4_1)),
             code("with_academia",
                  ev("例如，在IN OVO公司创办中", "For example, when IN OVO was founded,", S_4_3),
                  ev("在确定家禽卵内鉴定这个方案后获得了莱顿大学的资金帮扶与技术支持",
                     "after settling on in-ovo sexing it received funding and technical support from Leiden "
                     "University.", S_4_3)),
             code("patents",
                  ev("IN OVO公司所有的“卵内禽胚胎的性别、活性以及发育阶段测定方法”（CN104704360A）",
                     "IN OVO's “Method for determining the sex, viability and developmental stage of avian "
                     "embryos in ovo” (CN104704360A)", S_5_2)),
         ],
         facts=[
             fact("hatchery_throughput", "Eggs sexed per minute at large hatcheries", "大型孵化场每分钟性别鉴定鸡蛋数",
                  None, "", "数千个",
                  ev("可以满足大型孵化场每分钟对数千个鸡蛋进行性别鉴定的高通量和低成本需求",
                     "It meets large hatcheries' need to sex thousands of eggs a minute at high throughput and "
                     "low cost.", S_2_2)),
             fact("leiden_investment", "Project investment from Leiden University", "莱顿大学项目投资", 200000, "EUR",
                  "20万欧元",
                  ev("INOVO公司在项目立项阶段获得莱顿大学20万欧元的项目投资",
                     "INOVO received €200,000 of project investment from Leiden University when the project was "
                     "set up.", S_3_1)),
             fact("identification_time_before", "Identification time per egg before further R&D",
                  "进一步研发前单个鸡蛋识别时间", 1, "s", "1 s",
                  ev("将单个鸡蛋特性识别装置的识别速度由1 s提升至数微秒",
                     "cut the device's identification time per egg from 1 s to a few microseconds", S_4_1),
                  source_requested=True),
             fact("identification_time_after", "Identification time per egg after further R&D (a few microseconds)",
                  "进一步研发后单个鸡蛋识别时间（数微秒）", None, "s", "数微秒",
                  ev("将单个鸡蛋特性识别装置的识别速度由1 s提升至数微秒",
                     "cut the device's identification time per egg from 1 s to a few microseconds", S_4_1),
                  source_requested=True),
             fact("patent_in_ovo_sexing", "Patent: determining sex, viability and stage of avian embryos in ovo",
                  "专利：卵内禽胚胎的性别、活性以及发育阶段测定方法", None, "", "CN104704360A",
                  ev("IN OVO公司所有的“卵内禽胚胎的性别、活性以及发育阶段测定方法”（CN104704360A）",
                     "IN OVO's “Method for determining the sex, viability and developmental stage of avian "
                     "embryos in ovo” (CN104704360A)", S_5_2)),
         ],
         notes=[
             note("inconsistency",
                  "The text spells the firm “INOVO” once (§3.1) and “IN OVO” elsewhere, as in Table 1.",
                  "正文3.1节一处拼作“INOVO”，其余各处及表1均作“IN OVO”。",
                  ev("类似地，INOVO公司在项目立项阶段获得莱顿大学20万欧元的项目投资",
                     "Similarly, INOVO received €200,000 of project investment from Leiden University.", S_3_1)),
             note("ambiguity",
                  "The editor marked the sentence on how the founders chose the project as unclear "
                  "(【何意？表意不明！】); only the Leiden funding and support that follow are coded.",
                  "编辑批注此句“何意？表意不明！”；仅对其后莱顿大学的资金帮扶与技术支持进行编码。",
                  ev("企业创始人在莱顿大学商业理学课程中，需要利用高校的科研专长确定商业项目",
                     "In a business science course at Leiden University the founders had to use the university's "
                     "research expertise to settle on a business project.", S_4_3)),
         ]),
    firm("CARBONCURE", "CA", 2012, "51~200", "固碳技术", "carbon sequestration technology",
         codes=[
             code("inventor_executive", ORG_COMBINED,
                  ev("加拿大CARBONCURE公司在组织结构上，不仅在领导团队层面由研发人员担任技术开发高级副总裁和工程高级副总裁",
                     "In its organisation Canada's CARBONCURE not only has R&D people as senior vice presidents of "
                     "technology development and of engineering in its leadership team,", S_1_3)),
             code("rnd_department", ORG_COMBINED,
                  ev("并且组建了专门从事混凝土制作与测试、水泥测试的混凝土研究实验室",
                     "and it built a concrete research laboratory for making and testing concrete and testing "
                     "cement.", S_1_3)),
             code("advisory_committee", ORG_COMBINED,
                  ev("同时成立由美国、加拿大等国家的混凝土材料领域大型公司高管组成的行业咨询委员会",
                     "but also set up an industry advisory committee of executives from large concrete-materials "
                     "firms in the US, Canada and elsewhere,", S_1_3)),
             code("technical_service", TECH_SERVICE_LIST,
                  ev("以CARBONCURE公司为例，该企业专门制定了技术服务与支持团队",
                     "Take CARBONCURE: it set up a dedicated technical service and support team.", S_2_3)),
             code("environmental",
                  ev("以CARBONCURE公司为例，其累计实现了CO2总排放量减少118 921.8 t的效果",
                     "Take CARBONCURE: it has cut total CO2 emissions by 118,921.8 t in all.", S_5_4)),
         ],
         candidates=[
             cand("sustainability",
                  "Its carbon-curing technology cuts CO2 emissions, which fits the environment-friendly goal of "
                  "§2.1, but §2.1 names only UBQ MATERIALS.",
                  ev("其累计实现了CO2总排放量减少118 921.8 t的效果",
                     "it has cut total CO2 emissions by 118,921.8 t in all", S_5_4)),
         ],
         facts=[
             fact("co2_reduction", "Cumulative reduction of CO2 emissions", "累计CO2总排放量减少", 118921.8, "t CO2",
                  "118 921.8 t",
                  ev("其累计实现了CO2总排放量减少118 921.8 t的效果",
                     "it has cut total CO2 emissions by 118,921.8 t in all", S_5_4),
                  source_requested=True),
         ],
         notes=[
             note("editorial", SOURCE_REQUEST_VARIANT, SOURCE_REQUEST_VARIANT_ZH,
                  ev("其累计实现了CO2总排放量减少118 921.8 t的效果",
                     "it has cut total CO2 emissions by 118,921.8 t in all", S_5_4)),
         ]),
    firm("FILTRINE MANUFACTURING", "US", 1901, "51~200", "水处理设备", "water treatment equipment",
         aliases=["FILTRINE"],
         notes=[table_only_note("美国 FILTRINE MANUFACTURING 1901 51~200 水处理设备")]),
    firm("LIVEDATA", "US", 1991, "11~50", "手术室管理", "operating room management",
         notes=[table_only_note("美国 LIVEDATA 1991 11~50 手术室管理")]),
    firm("ARMOR PROTECTIVE PACKAGING", "US", 1979, "11~50", "锈迹处理", "rust treatment", aliases=["ARMOR"],
         codes=[
             code("employee_welfare",
                  ev("以ARMOR PROTECTIVE PACKAGING公司为例，该企业专门设立COMPASS与VALOR两个团队负责改善员工待遇",
                     "Take ARMOR PROTECTIVE PACKAGING: it set up two teams, COMPASS and VALOR, to improve how "
                     "employees are treated.", S_5_4)),
         ],
         facts=[
             fact("welfare_teams", "Teams for improving employee treatment (COMPASS, VALOR)",
                  "负责改善员工待遇的团队（COMPASS、VALOR）", 2, "", "两个",
                  ev("该企业专门设立COMPASS与VALOR两个团队负责改善员工待遇",
                     "It set up two teams, COMPASS and VALOR, to improve how employees are treated.", S_5_4)),
         ]),
    firm("BLUEYE ROBOTICS", "NO", 2015, "11~50", "水下勘探", "underwater exploration", aliases=["BLUEYE"],
         codes=[
             code("application_diversity",
                  ev("挪威的BLUEYE ROBOTICS公司虽然仅生产水下无人机，但在产品应用上涉及大坝检查、水产养殖、船舶检查和执法、废水和饮用水管理、海洋监查、旅游和教育等多种场景",
                     "Norway's BLUEYE ROBOTICS makes only underwater drones, yet they are used in dam inspection, "
                     "aquaculture, ship inspection and law enforcement, waste and drinking water management, "
                     "ocean monitoring, tourism and education.", S_2_2)),
             code("product_improvement",
                  ev("挪威BLUEYE ROBOTICS公司的水下无人机同样不断进行产品性能与工艺的改进",
                     "Norway's BLUEYE ROBOTICS likewise keeps improving the performance and workmanship of its "
                     "underwater drones.", S_5_1)),
         ]),
    firm("AXELSPACE", "JP", 2008, "51~200", "微型卫星", "microsatellites", aliases=["AXEL SPACE"],
         codes=[
             code("strategic_equity",
                  ev("以日本AXEL SPACE公司为例", "Take Japan's AXEL SPACE:", S_3_2),
                  ev("三井物产株式会社与完美天空日星控股株式会社则以战略性股权融资的形式参与，与AXELSPACE公司建立战略业务联系",
                     "Mitsui & Co. and SKY Perfect JSAT Holdings took part as strategic equity investors, forming "
                     "strategic business ties with AXELSPACE.", S_3_2)),
             code("priority",
                  ev("如AXELSPACE公司在2015年获得第一轮19亿日元融资后，将该笔资金主要用于开发和发射3颗观测地球的微型卫星",
                     "e.g. after raising ¥1.9 billion in its first round in 2015, AXELSPACE spent the money "
                     "mainly on developing and launching 3 Earth-observation microsatellites.", S_4_1)),
         ],
         candidates=[
             cand("financial_equity",
                  "Global Brain led the round in which the strategic investors took part, but the paper does not "
                  "say whether its stake was financial.",
                  ev("在2015年9月的第二轮融资中，全球大脑（GLOBAL BRAIN）公司领投",
                     "In the second round of September 2015 Global Brain led the investment,", S_3_2)),
         ],
         facts=[
             fact("second_round_date", "Date of the second financing round", "第二轮融资时间", 2015, "year",
                  "2015年9月",
                  ev("在2015年9月的第二轮融资中，全球大脑（GLOBAL BRAIN）公司领投",
                     "In the second round of September 2015 Global Brain led the investment,", S_3_2)),
             fact("first_round_year", "Year of the first financing round", "第一轮融资年份", 2015, "year", "2015年",
                  ev("如AXELSPACE公司在2015年获得第一轮19亿日元融资后",
                     "e.g. after AXELSPACE raised ¥1.9 billion in its first round in 2015", S_4_1)),
             fact("first_round_amount", "First financing round", "第一轮融资金额", 1900000000, "JPY", "19亿日元",
                  ev("如AXELSPACE公司在2015年获得第一轮19亿日元融资后",
                     "e.g. after AXELSPACE raised ¥1.9 billion in its first round in 2015", S_4_1)),
             fact("satellites", "Earth-observation microsatellites funded by the first round",
                  "第一轮融资用于开发和发射的观测地球微型卫星", 3, "", "3颗",
                  ev("将该笔资金主要用于开发和发射3颗观测地球的微型卫星",
                     "spent the money mainly on developing and launching 3 Earth-observation microsatellites",
                     S_4_1),
                  source_requested=True),
         ],
         notes=[
             note("inconsistency",
                  "§3.2 calls the September 2015 round the second round, while §4.1 calls the ¥1.9 billion round "
                  "of 2015 the first; they may be the same round, numbered differently.",
                  "3.2节称2015年9月的融资为第二轮，4.1节称2015年的19亿日元融资为第一轮，二者可能为同一轮融资。",
                  ev("在2015年9月的第二轮融资中", "in the second round of September 2015", S_3_2),
                  ev("如AXELSPACE公司在2015年获得第一轮19亿日元融资后",
                     "after AXELSPACE raised ¥1.9 billion in its first round in 2015", S_4_1)),
             note("inconsistency",
                  "The firm is spelt “AXEL SPACE” once (§3.2) and “AXELSPACE” elsewhere, as in Table 1.",
                  "3.2节一处拼作“AXEL SPACE”，其余各处及表1均作“AXELSPACE”。",
                  ev("以日本AXEL SPACE公司为例", "Take Japan's AXEL SPACE:", S_3_2)),
             note("ambiguity",
                  "Only the strategic investors are coded: the lead investor Global Brain is not called financial "
                  "or strategic, so financial equity is a candidate, not a code.",
                  "仅对战略性股权融资编码：领投方全球大脑公司未被注明为财务性或战略性投资，故财务性股权融资仅列为候选。",
                  ev("全球大脑（GLOBAL BRAIN）公司领投", "Global Brain led the investment", S_3_2)),
         ]),
    firm("FLOADIA", "JP", 2011, "11~50", "闪存芯片", "flash memory chips",
         codes=[
             code("product_improvement",
                  ev("如日本FLOADIA公司在闪存芯片制造上共有ZT、G1、G2等3种闪存芯片型号，其中G2闪存芯片在G1闪存芯片基础上优化了芯片功耗、内存容量与读写速度",
                     "Japan's FLOADIA has 3 flash chip models, ZT, G1 and G2; the G2 improves on the G1 in power "
                     "use, capacity and read/write speed.", S_5_1)),
         ],
         facts=[
             fact("chip_models", "Flash memory chip models (ZT, G1, G2)", "闪存芯片型号（ZT、G1、G2）", 3, "", "3种",
                  ev("共有ZT、G1、G2等3种闪存芯片型号", "has 3 flash chip models, ZT, G1 and G2", S_5_1)),
         ]),
    firm("PARANS SOLAR LIGHTING", "SE", 2002, "11~50", "室内照明", "indoor lighting", aliases=["PARANS"],
         codes=[
             code("new_product",
                  ev("瑞典PARANS SOLAR LIGHTING公司在已有的PARANS阳光收集器与灯具基础上，在中国市场探索5G智能灯塔",
                     "Sweden's PARANS SOLAR LIGHTING, building on its PARANS sunlight collectors and luminaires, is "
                     "exploring 5G smart light towers in the Chinese market.", S_5_1)),
         ],
         candidates=[
             cand("internationalization",
                  "A Swedish firm developing products for the Chinese market fits market internationalization, but "
                  "§2.2 names only IN OVO.",
                  ev("在中国市场探索5G智能灯塔", "exploring 5G smart light towers in the Chinese market", S_5_1)),
         ]),
    firm("WAYRAY", "CH", 2012, "201~300", "车载增强现实（AR）", "in-vehicle augmented reality (AR)",
         codes=[
             code("tech_innovation",
                  ev("以瑞士WAYRAY公司为例，该企业主要从事全息虚拟现实显示器制造，以“深技术”为企业价值观",
                     "Take Switzerland's WAYRAY, which makes holographic virtual-reality displays: “deep tech” is "
                     "its corporate value.", S_2_1)),
             code("rnd_staff",
                  ev("以WAYRAY公司为例，该企业内共有6个部门", "Take WAYRAY: it has 6 departments.", S_4_2),
                  ev("全公司200名团队成员中有64%从事研发工作",
                     "64% of its 200 team members work in R&D.", S_4_2)),
             code("technological",
                  ev("以WAYRAY公司为例，该企业是全球范围内第一家发明并掌握全息增强现实显示器的公司",
                     "Take WAYRAY: it is the first company in the world to invent and master holographic "
                     "augmented-reality displays.", S_5_3),
                  ev("实现在全息显示领域排名第一", "ranking first in holographic displays", S_5_3)),
         ],
         candidates=[
             cand("rnd_department",
                  "It runs optical, holographic and test laboratories in Zurich and Moscow, which fits setting up "
                  "R&D departments, but §1.2 names only NAVYA.",
                  ev("另外在苏黎世与莫斯科分别设置了光学实验室、全息实验室与测试实验室",
                     "It also has an optical laboratory, a holographic laboratory and a test laboratory in Zurich "
                     "and Moscow.", S_4_2)),
             cand("industry_leadership",
                  "Ranking first in holographic displays is the leadership §2.1 names as a goal, but the paper "
                  "reports it as an outcome (§5.3), not as the firm's objective.",
                  ev("实现在全息显示领域排名第一", "ranking first in holographic displays", S_5_3)),
         ],
         facts=[
             fact("departments", "Departments", "部门数", 6, "", "6个部门",
                  ev("以WAYRAY公司为例，该企业内共有6个部门", "Take WAYRAY: it has 6 departments.", S_4_2)),
             fact("team_members", "Team members", "团队成员", 200, "persons", "200名",
                  ev("全公司200名团队成员中有64%从事研发工作", "64% of its 200 team members work in R&D.", S_4_2),
                  source_requested=True),
             fact("rnd_share", "Share of team members in R&D", "从事研发工作的成员比例", 64, "percent", "64%",
                  ev("全公司200名团队成员中有64%从事研发工作", "64% of its 200 team members work in R&D.", S_4_2),
                  source_requested=True),
             fact("holographic_display_rank", "Rank in holographic displays", "全息显示领域排名", 1, "", "排名第一",
                  ev("实现在全息显示领域排名第一", "ranking first in holographic displays", S_5_3)),
         ],
         notes=[
             note("inconsistency",
                  "Table 1 gives 201~300 employees, but §4.2 says the whole company has 200 team members.",
                  "表1所列雇员数为201~300人，而4.2节称全公司共200名团队成员。",
                  ev("瑞士 WAYRAY 2012 201~300", "Table 1: Switzerland, WAYRAY, 2012, 201–300 employees", S_TABLE1),
                  ev("全公司200名团队成员中有64%从事研发工作", "64% of its 200 team members work in R&D.", S_4_2)),
             note("inconsistency",
                  "The editor queried Table 1's field with 【？】; the text calls the product a holographic "
                  "virtual-reality (VR) display in §2.1 but a holographic augmented-reality (AR) display in §5.3.",
                  "表1该企业专业领域后有编辑批注【？】；2.1节称其产品为全息虚拟现实显示器，5.3节则称全息增强现实显示器。",
                  ev("车载增强现实（AR）", "Table 1 field: in-vehicle augmented reality (AR)", S_TABLE1),
                  ev("该企业主要从事全息虚拟现实显示器制造", "it makes holographic virtual-reality displays", S_2_1),
                  ev("第一家发明并掌握全息增强现实显示器的公司",
                     "the first company to invent and master holographic augmented-reality displays", S_5_3)),
         ]),
    firm("UBQ MATERIALS", "IL", 2012, "11~50", "生物基材料", "bio-based materials", aliases=["UBQ"],
         codes=[
             code("sustainability",
                  ev("以UBQ MATERIALS公司为例，该企业将接收到的城市固体垃圾，如食物残渣、废弃塑料、废旧纸张等",
                     "Take UBQ MATERIALS: the municipal solid waste it receives, such as food scraps, plastic and "
                     "paper waste,", S_2_1),
                  ev("生产出生物基热塑性塑料颗粒，在使用后同样可回收、可降解，实现经济效益与社会环境效益结合",
                     "becomes bio-based thermoplastic pellets that are again recyclable and degradable after use, "
                     "combining economic with social and environmental benefits.", S_2_1)),
             code("continuity",
                  ev("UBQ MATERIALS公司在UBQ技术上的“隐形研发”投入耗时长达7年",
                     "UBQ MATERIALS spent as long as 7 years in “stealth R&D” on its UBQ technology.", S_4_1)),
         ],
         candidates=[
             cand("environmental",
                  "Turning municipal waste into recyclable, degradable bio-based plastic fits environmental "
                  "responsibility, but §5.4 names only CARBONCURE.",
                  ev("在使用后同样可回收、可降解，实现经济效益与社会环境效益结合",
                     "again recyclable and degradable after use, combining economic with social and environmental "
                     "benefits", S_2_1)),
         ],
         facts=[
             fact("stealth_rnd_duration", "Duration of “stealth R&D” on the UBQ technology", "UBQ技术“隐形研发”耗时",
                  7, "year", "7年",
                  ev("UBQ MATERIALS公司在UBQ技术上的“隐形研发”投入耗时长达7年",
                     "UBQ MATERIALS spent as long as 7 years in “stealth R&D” on its UBQ technology.", S_4_1),
                  source_requested=True),
         ],
         notes=[
             note("ambiguity",
                  "The editor asked whether “UBQ” in “UBQ废物转化技术” (UBQ waste conversion technology) is the "
                  "company's name or an abbreviation to be spelt out.",
                  "编辑批注询问“UBQ废物转化技术”中的“UBQ”是公司名称还是某事物的英文缩略语。",
                  ev("经由UBQ废物转化技术", "through the UBQ waste conversion technology", S_2_1)),
         ]),
    firm("NOVA INNOVATION", "GB", 2010, "11~50", "潮汐能", "tidal energy", aliases=["NOVA"],
         codes=[
             code("customization",
                  ev("以英国NOVA INNOVATION公司为例，该企业所生产的水下潮汐涡轮发电机在产品定制上包括站点开发、现场评估、项目发展、协议获取等服务全过程",
                     "Take Britain's NOVA INNOVATION: customisation of its underwater tidal turbines covers the "
                     "whole service, from site development and assessment to project development and consents.",
                     S_2_3)),
             code("research_funding",
                  ev("NOVA INNOVATION公司在产品研发上获得欧盟ENFAIT项目立项，领导其余6家欧洲公司负责2020万欧元的潮汐能项目",
                     "NOVA INNOVATION won the EU's ENFAIT project for its product R&D, leading 6 other European "
                     "firms in a €20.2 million tidal energy project.", S_3_1)),
             code("procurement",
                  ev("以英国NOVA INNOVATION公司为典型", "Britain's NOVA INNOVATION is the typical case.", S_3_1),
                  ev("该企业主要由苏格兰、威尔士和加拿大等国家的政府部门通过购买潮汐能发电机组、部署潮汐能发电项目从而获得资金支持",
                     "It is funded mainly by government bodies of Scotland, Wales, Canada and others buying tidal "
                     "turbines and deploying tidal power projects.", S_3_1)),
             code("crowdfunding",
                  ev("以NOVA INNOVATION公司为例，2019年11月，该企业决定在股权众筹平台SEEDRS上进行融资",
                     "Take NOVA INNOVATION: in November 2019 it decided to raise money on the equity "
                     "crowdfunding platform SEEDRS.", S_3_3)),
         ],
         candidates=[
             cand("internationalization",
                  "Its customers include the governments of Scotland, Wales and Canada, which fits selling into "
                  "foreign markets, but §2.2 names only IN OVO.",
                  ev("该企业主要由苏格兰、威尔士和加拿大等国家的政府部门通过购买潮汐能发电机组、部署潮汐能发电项目从而获得资金支持",
                     "It is funded mainly by government bodies of Scotland, Wales, Canada and others buying tidal "
                     "turbines and deploying tidal power projects.", S_3_1)),
             cand("with_firms",
                  "It leads 6 other European firms in the ENFAIT tidal energy project, which fits inter-firm R&D "
                  "cooperation, but the paper files it under research funding and §4.3 names only BODD.",
                  ev("领导其余6家欧洲公司负责2020万欧元的潮汐能项目",
                     "leading 6 other European firms in a €20.2 million tidal energy project", S_3_1)),
         ],
         facts=[
             fact("enfait_budget", "ENFAIT tidal energy project budget", "ENFAIT潮汐能项目金额", 20200000, "EUR",
                  "2020万欧元",
                  ev("领导其余6家欧洲公司负责2020万欧元的潮汐能项目",
                     "leading 6 other European firms in a €20.2 million tidal energy project", S_3_1),
                  source_requested=True),
             fact("enfait_partners", "Other European firms it leads in ENFAIT", "ENFAIT项目中其领导的其余欧洲公司",
                  6, "", "6家",
                  ev("领导其余6家欧洲公司负责2020万欧元的潮汐能项目",
                     "leading 6 other European firms in a €20.2 million tidal energy project", S_3_1),
                  source_requested=True),
             fact("seedrs_date", "Date of the SEEDRS crowdfunding", "SEEDRS众筹时间", 2019, "year", "2019年11月",
                  ev("2019年11月，该企业决定在股权众筹平台SEEDRS上进行融资",
                     "In November 2019 it decided to raise money on the equity crowdfunding platform SEEDRS.",
                     S_3_3)),
             fact("seedrs_target", "SEEDRS crowdfunding target", "SEEDRS预计众筹资金", 500000, "GBP", "50万英镑",
                  ev("预计众筹资金50万英镑，实际向1 516名投资者募得125万英镑左右",
                     "It aimed to raise £500,000 and actually raised about £1.25 million from 1,516 investors.",
                     S_3_3)),
             fact("seedrs_investors", "SEEDRS investors", "SEEDRS投资者人数", 1516, "investors", "1 516名",
                  ev("预计众筹资金50万英镑，实际向1 516名投资者募得125万英镑左右",
                     "It aimed to raise £500,000 and actually raised about £1.25 million from 1,516 investors.",
                     S_3_3),
                  source_requested=True),
             fact("seedrs_raised", "Raised on SEEDRS (about)", "SEEDRS实际募得资金（左右）", 1250000, "GBP",
                  "125万英镑左右",
                  ev("预计众筹资金50万英镑，实际向1 516名投资者募得125万英镑左右",
                     "It aimed to raise £500,000 and actually raised about £1.25 million from 1,516 investors.",
                     S_3_3),
                  source_requested=True),
         ],
         notes=[
             note("ambiguity",
                  "The SEEDRS raise was equity crowdfunding (股权众筹), so it could also be read as equity "
                  "financing; the paper files it under the social channel (§3.3), and so is it coded.",
                  "SEEDRS融资属股权众筹，亦可视为股权融资；文中将其归入社会融资渠道（3.3节），编码从之。",
                  ev("该企业决定在股权众筹平台SEEDRS上进行融资",
                     "it decided to raise money on the equity crowdfunding platform SEEDRS", S_3_3)),
         ]),
]


# ---------------------------------------------------------------------------------------------
# Notes on the study as a whole

STUDY_NOTES = [
    note("editorial",
         "The editor's note at the end of the introduction (【研究背景部分不宜展示本研究的主要研究内容和结果结论。) is "
         "never closed with 】; it ends with its paragraph. Tools that strip 【…】 notes must stop at the line end.",
         "引言末尾的编辑批注“【研究背景部分不宜展示本研究的主要研究内容和结果结论。”缺少右括号“】”，至段末结束；"
         "剔除批注时应以行末为界。",
         ev("总结中小企业智慧专业化经验，为我国政府及企业相关战略制定提供参考。",
            "to sum up SMEs' smart-specialization experience as a reference for Chinese government and firms.",
            S_INTRO)),
    note("editorial",
         "The Chinese title is not printed in the text; the Chinese title of this study is a rendering of the "
         "printed English title.",
         "文中未载中文标题；本研究的中文标题译自文中所载英文标题。",
         ev("Smart Specialization of SMEs in Developed Countries: Empirical Analysis Based on 20 SMEs",
            "The English title as printed.", S_ABSTRACT_EN)),
    note("inconsistency",
         "The Chinese abstract says organisation structure takes “2 main forms” but lists three; the English "
         "abstract and chapter 3 say three.",
         "中文摘要称组织结构有“2种主要形式”，却列出3种；英文摘要与第3章均为3种。",
         ev("在组织结构上具有发明家任企业高管、设置研发部门、设立顾问委员会2种主要形式",
            "in organisation structure there are 2 main forms: inventors as executives, R&D departments, advisory "
            "committees", S_ABSTRACT_ZH),
         ev("with three main structures: inventors serving as corporate executives, setting up R&D departments, "
            "and setting up advisory committees", "", S_ABSTRACT_EN),
         ev("将样本中小企业组织结构归纳为3类", "the sample SMEs' organisation structures fall into 3 types", S_ORG)),
    note("editorial",
         "The English abstract misspells SMEs as “SEMs”.",
         "英文摘要将SMEs误拼为“SEMs”。",
         ev("By analyzing 20 innovative SEMs, such as Floadia and WayRay in developed countries", "", S_ABSTRACT_EN)),
    note("editorial",
         "Printed section numbers restart: chapter “3” (organisation) has subsections 1.1–1.3, and the chapters "
         "after it are printed 2–5 (management, financing, input, outcome) although they follow chapter 3; the "
         "section title is what makes a reference unambiguous.",
         "章节编号重新起算：第“3”章（组织结构）下设1.1–1.3节，其后各章（管理制度、融资渠道、创新投入、实施效果）编号为2–5；"
         "引用时以章节标题区分。",
         ev("3  中小企业智慧专业化组织结构", "Chapter 3: organisation structure", S_ORG),
         ev("1.1  发明家任企业高管模式", "Section 1.1 inside chapter 3", S_1_1),
         ev("2  中小企业智慧专业化管理制度", "The next chapter, printed 2", S_MGMT),
         ev("3  中小企业智慧专业化融资渠道", "A second chapter printed 3", S_FIN)),
    note("editorial",
         "Reference [4] is cited for two different authors (Boschma et al. and Thissen et al.) and [5] is never "
         "cited; one of them is probably [5].",
         "参考文献[4]被两位不同作者（Boschma等、Thissen等）同时引用，而[5]未被引用，其一疑应为[5]。",
         ev("Boschma等[4]、Thissen等[4]认为", "Boschma et al. [4] and Thissen et al. [4] hold that", S_INTRO)),
    note("editorial",
         "The conclusion's summary is missing: the editor's placeholder 【补充总结内容】 (add the summary) stands "
         "where the findings should be summarised.",
         "结论部分缺少总结内容，原文此处为编辑批注【补充总结内容】。",
         ev("对美、日、德等发达国家的20家中小企业智慧专业化经验进行了归纳总结",
            "summarised the smart-specialization experience of 20 SMEs in the US, Japan, Germany and other "
            "developed countries", S_CONCLUSION)),
    note("ambiguity",
         "The grant programmes named in §3.1 come from sample countries (the Michigan trade expansion programme, "
         "Japan's J-Startup award, Australia's Advanced Manufacturing Growth Centre, Iceland's Technology "
         "Development Fund), but the paper names no firm that received them, so no firm is coded for direct or "
         "indirect grants.",
         "3.1节所举拨款项目出自样本企业所在国家（美国密歇根州贸易扩展计划、日本“J-Startup”公司奖、澳大利亚先进制造业增长中心、"
         "冰岛技术发展基金），但文中未指明获得拨款的企业，故直接拨款与间接拨款均无企业编码。",
         ev("如欧盟中小企业执行局、美国密歇根州贸易扩展计划、日本“J-Startup”公司奖等",
            "e.g. the EU's executive agency for SMEs, Michigan's State Trade Expansion Program, Japan's "
            "“J-Startup” award", S_3_1),
         ev("如澳大利亚先进制造业增长中心、冰岛技术发展基金、欧盟创新委员会加速器等",
            "e.g. Australia's Advanced Manufacturing Growth Centre, Iceland's Technology Development Fund, the "
            "European Innovation Council Accelerator", S_3_1)),
    note("ambiguity",
         "The paper gives a sample-wide average of about 8 patent applications per firm without per-firm counts; "
         "the figure is tied to no firm.",
         "文中给出全样本企业平均约8项专利申请，但未列出各企业数据，故不归属任何企业。",
         ev("全样本企业每家平均拥有约8项专利申请", "each firm in the whole sample has about 8 patent applications on "
            "average", S_5_2)),
    note("ambiguity",
         "Several sentences speak of all, most or many sample firms without naming them; under the coding rule "
         "they code no firm.",
         "文中若干句子泛指全部、多数或大部分样本企业而未点名，按编码规则不对任何企业编码。",
         ev("样本中小企业均在不同程度上进行了与其他企业、高校与科研院所的合作",
            "all sample SMEs cooperate to some degree with other firms, universities and research institutes",
            S_4_3),
         ev("样本中小企业中多数高管拥有研究生学历", "most executives of the sample SMEs hold graduate degrees", S_4_2),
         ev("大部分样本中小企业均有较强的专利申请意识", "most sample SMEs are keen to apply for patents", S_5_2),
         ev("多数样本中小企业致力于打造协作、富有创造力的工作环境、保障员工权益",
            "most sample SMEs strive for a collaborative, creative workplace and protect employees' rights", S_5_4),
         ev("多数样本中小企业实现了对能源与可回收材料的高效利用",
            "most sample SMEs use energy and recyclable materials efficiently", S_5_4)),
]


def build():
    return {
        "format": 1,
        "title": lt("Smart Specialization of SMEs in Developed Countries: Empirical Analysis Based on 20 SMEs",
                    "发达国家中小企业智慧专业化：基于20家中小企业的实证分析"),
        "source": "Smart Specialization of SMEs in Developed Countries: Empirical Analysis Based on 20 SMEs. "
                  "Chinese-language manuscript with editor's annotations; author and journal are not given in the text.",
        "caseNoun": "firms",
        "attributes": ATTRIBUTES,
        "taxonomy": {"dimensions": TAXONOMY},
        "cases": CASES,
        "notes": STUDY_NOTES,
    }


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "Samples", "smart-specialization.json")
    with open(out, "w", encoding="utf-8") as f:
        json.dump(build(), f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {os.path.normpath(out)}")


if __name__ == "__main__":
    main()
