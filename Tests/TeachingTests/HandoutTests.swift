import CaseModel
import CaseRender
import Ink
import QueryResult
import Testing
@testable import CaseQL

/// The Markdown handouts, read back by a real Markdown parser (JohnSundell/Ink): what a teacher
/// pastes must come out as the structure it stands for, not as one paragraph of text.
@Suite struct HandoutTests {
    let it = Paper.interpreter

    /// A list item of the parsed HTML: its own text and the items of its nested list.
    struct Item {
        var text = ""
        var children: [Item] = []
    }

    /// The items of the first top-level `<ul>` in `html`, nested as the HTML nests them.
    func listItems(_ html: String) -> [Item] {
        var stack: [[Item]] = []
        var open: [Item] = []
        var top: [Item] = []
        var rest = Substring(html)
        while let tag = rest.firstRange(of: "<") {
            let text = String(rest[..<tag.lowerBound])
                .replacing("&lt;", with: "<").replacing("&gt;", with: ">").replacing("&quot;", with: "\"")
                .replacing("&amp;", with: "&")
            if !open.isEmpty { open[open.count - 1].text += text }
            guard let end = rest[tag.lowerBound...].firstIndex(of: ">") else { break }
            let name = rest[tag.upperBound..<end]
            rest = rest[rest.index(after: end)...]
            switch name {
            case "ul": stack.append([])
            case "li": open.append(Item())
            case "/li":
                let item = open.removeLast()
                stack[stack.count - 1].append(item)
            case "/ul":
                let items = stack.removeLast()
                if open.isEmpty {
                    top = items
                    return top
                }
                open[open.count - 1].children = items
            default: break
            }
        }
        return top
    }

    @Test func taxonomyIsANestedListWithBothLanguages() throws {
        let markdown = it.render(try it.document("show taxonomy"), format: .markdown)
        let html = MarkdownParser().html(from: markdown)
        #expect(html.contains("<h1>Taxonomy: 5 dimensions, 50 categories, 20 firms.</h1>"))
        let dimensions = listItems(html)
        let taxonomy = it.index.taxonomy
        try #require(dimensions.count == taxonomy.dimensions.count)
        for (d, dimension) in taxonomy.dimensions.enumerated() {
            let item = dimensions[d]
            #expect(item.text.contains(dimension.id), "\(item.text)")
            #expect(item.text.contains(dimension.labels.en) && item.text.contains(dimension.labels.zh), "\(item.text)")
            #expect(item.text.contains("(\(it.index.dimensionSets[d].cardinality))"))
            check(item.children, against: taxonomy.roots(ofDimension: d))
        }
    }

    /// Every category in its place: same children in the same order, labels in both languages.
    func check(_ items: [Item], against nodes: [Int]) {
        let taxonomy = it.index.taxonomy
        #expect(items.count == nodes.count, "\(items.map(\.text)) against \(nodes.map { taxonomy.nodes[$0].category.id })")
        for (item, node) in zip(items, nodes) {
            let category = taxonomy.nodes[node].category
            #expect(item.text.hasPrefix(category.id + " "), "\(item.text)")
            #expect(item.text.contains(category.labels.en) && item.text.contains(category.labels.zh), "\(item.text)")
            check(item.children, against: taxonomy.children(of: node))
        }
    }

    @Test func explainIsHeadingsAndAQuoteWithItsSection() throws {
        let html = MarkdownParser().html(from: it.render(try it.document("explain crowdfunding"), format: .markdown))
        #expect(html.contains("<h1>crowdfunding — Crowdfunding · 互联网众筹</h1>"))
        #expect(html.contains("<h2>Definition</h2>"))
        #expect(html.contains("<blockquote>"))
        #expect(html.contains("§3.3 社会融资渠道"))
        #expect(html.contains("<code>select firms where financing includes crowdfunding"))
    }
}
