import QueryResult
import Testing
@testable import CaseRender

/// Documents in every format: the terminal wraps by display width, Markdown keeps the structure,
/// JSON prints the data, CSV the tables.
@Suite("Rendering documents")
struct DocumentRenderingTests {
    static let quote = Quote("以NOVA INNOVATION公司为例，2019年11月，该企业决定在股权众筹平台SEEDRS上进行融资",
                             gloss: "Take NOVA INNOVATION: in November 2019 it decided to raise money on the equity crowdfunding platform SEEDRS.",
                             sectionNumber: "3.3", section: "§3.3 社会融资渠道")

    static let document = Document([
        .heading(level: 1, [.name("crowdfunding", id: "crowdfunding"), .plain(" — Crowdfunding · 互联网众筹")]),
        .paragraph([.plain("借助互联网，面向公众为某一项目或商业创意筹集资金，包括捐赠众筹、事前奖励或销售型众筹、债务众筹、股权众筹等。")]),
        .definitions([Definition("path", "financing › society › crowdfunding"), Definition("section", "§3.3 社会融资渠道")]),
        .section(Section([.plain("Firms coded for it")], [.list(List([ListItem([.plain("NOVA INNOVATION")], blocks: [.quote(quote)])]))])),
        .section(Section([.plain("Try")], [.queries(["select firms where financing includes crowdfunding"])])),
    ], data: .record([("id", .string("crowdfunding")), ("path", .array([.string("financing"), .string("society")])),
                      ("cases", .integer(1)), ("labels", .record([("zh", .string("互联网众筹"))]))]))

    func render(_ document: Document, _ format: OutputFormat, width: Int = 80) -> String {
        Renderer.render(.document(document), options: RenderOptions(format: format, textWidth: width))
    }

    @Test("Terminal prose fits the width, Chinese counted two columns, and loses no character", arguments: [40, 60, 80])
    func terminalWraps(width: Int) {
        let text = render(Self.document, .table, width: width)
        for line in text.split(separator: "\n") where !line.hasPrefix("  select") {
            // Chinese closing punctuation may hang one character over.
            #expect(displayWidth(String(line)) <= width + 2, "too wide at \(width): \(line)")
        }
        let flat = text.filter { !$0.isWhitespace }
        #expect(flat.contains(Self.quote.text.filter { !$0.isWhitespace }))
        #expect(text.contains("  Try\n") == false)
        #expect(text.contains("\nTry\n  select firms where financing includes crowdfunding\n"))
    }

    @Test("A section's body is indented, a quote under its item, continuation lines hanging")
    func terminalLayout() {
        let text = render(Self.document, .table, width: 60)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "crowdfunding — Crowdfunding · 互联网众筹")
        // 60 columns: 29 Chinese characters and the comma that closes the clause on the line.
        #expect(lines[1] == "借助互联网，面向公众为某一项目或商业创意筹集资金，包括捐赠众")
        #expect(lines.contains("path:     financing › society › crowdfunding"))
        #expect(lines.contains("Firms coded for it"))
        #expect(lines.contains("  NOVA INNOVATION"))
        #expect(lines.contains { $0.hasPrefix("    “以NOVA INNOVATION公司为例") })
        #expect(lines.contains { $0.hasPrefix("    = Take NOVA INNOVATION") })
        #expect(lines.contains("    §3.3 社会融资渠道"))
    }

    @Test("A brief quote is one line shortened with an ellipsis")
    func briefQuote() {
        var brief = Self.quote
        brief.isBrief = true
        let text = render(Document([.list(List([ListItem([.plain("NOVA")], blocks: [.quote(brief)])]))]), .table, width: 40)
        let lines = text.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[1].hasPrefix("  §3.3 “以NOVA") && lines[1].hasSuffix("…"))
        #expect(displayWidth(String(lines[1])) <= 40)
    }

    @Test("A tree draws branches and right-aligns its counts")
    func tree() {
        let tree = List([
            ListItem([.plain("financing")], count: 5, blocks: [.list(List([
                ListItem([.plain("public")], count: 3, blocks: [.list(List([ListItem([.plain("grant")], count: 0)]))]),
                ListItem([.plain("society")], count: 12),
            ]))]),
        ], style: .rootedTree)
        #expect(render(Document([.list(tree)]), .table) == """
             5  financing
             3  ├─ public
             0  │  └─ grant
            12  └─ society

            """)
    }

    @Test("Markdown: headings, a nested list with the quote inside its item, a fenced query")
    func markdown() {
        let text = render(Self.document, .markdown)
        #expect(text.hasPrefix("# crowdfunding — Crowdfunding · 互联网众筹\n\n"))
        #expect(text.contains("- **path:** financing › society › crowdfunding\n"))
        #expect(text.contains("## Firms coded for it\n\n- NOVA INNOVATION\n\n  > “以NOVA"))
        #expect(text.contains("  > — §3.3 社会融资渠道\n"))
        #expect(text.contains("## Try\n\n```\nselect firms where financing includes crowdfunding\n```\n"))
    }

    @Test("Markdown escapes what would become markup")
    func markdownEscapes() {
        let text = render(Document([.paragraph([.plain("rnd_department *and* `x`")])]), .markdown)
        #expect(text == "rnd\\_department \\*and\\* \\`x\\`\n\n")
    }

    @Test("JSON is the document's data, keys in order, arrays of values on one line")
    func json() {
        #expect(render(Self.document, .json) == """
            {
              "id": "crowdfunding",
              "path": ["financing", "society"],
              "cases": 1,
              "labels": {
                "zh": "互联网众筹"
              }
            }

            """)
    }

    @Test("JSON of a document without data is its blocks as objects, never one text")
    func jsonOfBlocks() {
        let text = render(Document([.heading(level: 1, [.plain("Step")]), .queries(["count firms"])]), .json)
        #expect(text == """
            [
              {
                "heading": "Step",
                "level": 1
              },
              {
                "queries": ["count firms"]
              }
            ]

            """)
    }

    @Test("CSV of a document is its tables; columns for people stay out of it")
    func csv() {
        let table = ResultTable(columns: [Column("id", audience: .programs), Column("category", audience: .people),
                                          Column("firms", isNumeric: true)],
                                rows: [[.text("grant"), .text("  grant"), .integer(0)]])
        let document = Document([.paragraph([.plain("Categories")]), .table(table)])
        #expect(render(document, .csv) == "id,firms\ngrant,0\n")
        #expect(render(document, .table).contains("│ category │ firms │"))
        #expect(!render(document, .table).contains("│ id "))
    }

    @Test("Prose wrapping breaks after a Chinese character rather than inside a Latin word")
    func proseKeepsLatinWords() {
        #expect(wrapLines("发展阶段测定方法（CN104704360A）", width: 20, prose: true) == ["发展阶段测定方法", "（CN104704360A）"])
        #expect(wrapLines("股权众筹平台SEEDRS上进行融资。", width: 16, prose: true) == ["股权众筹平台", "SEEDRS上进行融资。"])
    }

    @Test("A line never starts with a path's separator")
    func separators() {
        #expect(wrapLines("coded for crowdfunding: financing › society › crowdfunding.", width: 34, prose: true)
                == ["coded for crowdfunding:", "financing › society ›", "crowdfunding."])
        #expect(wrapLines("a few microseconds: 数微秒 — source requested", width: 30, prose: true)
                == ["a few microseconds: 数微秒 —", "source requested"])
        #expect(wrapLines("microseconds: 数微秒 — source", width: 20, prose: true) == ["microseconds: 数微", "秒 — source"])
    }

    @Test("Chinese closing punctuation stays on the line it closes, and the break comes after it")
    func closingPunctuation() {
        #expect(wrapLines("两个环节。文中第二类", width: 8, prose: true) == ["两个环节。", "文中第二", "类"])
        #expect(wrapLines("一二三，四五六", width: 6, prose: true) == ["一二三，", "四五六"])
    }
}
