import CaseModel
/// A taxonomy read off dotted headers when no taxonomy file is given: `financing.public.grant`
/// makes dimension `financing` with category `public` and its sub-category `grant`. Dimensions and
/// categories keep the order in which the headers first name them.
struct HeaderTaxonomy {
    /// Deep enough for any real coding frame; a bound keeps hostile headers from nesting without end.
    static let maximumDepth = 8

    private struct Node {
        var id: String
        var label: String
        var dimension: Int
        var parent: Int?
        var children: [Int] = []
    }

    private var dimensions: [(id: String, label: String, roots: [Int])] = []
    private var nodes: [Node] = []
    private var nodeByID: [String: Int] = [:]
    /// Lookups by label, so that a header costs the same however many came before it (a QCA
    /// table of 100,000 columns puts them all under one dimension).
    private var dimensionByLabel: [String: Int] = [:]
    private var dimensionIDsInUse: Set<String> = []
    private var childByLabel: [Parent: Int] = [:]

    private struct Parent: Hashable {
        var dimension: Int
        var node: Int?
        var label: String
    }

    /// Adds the category a header names and returns its id. `segments` are the header split at
    /// dots: the dimension first, then the path down to the category. A name with no ASCII
    /// letters (`融资.众筹`) keeps its text as the label and gets a made-up id.
    mutating func add(segments: [Substring], column: Int) throws(LayoutProblem) -> String {
        let header = segments.joined(separator: ".")
        guard segments.count >= 2 else { throw LayoutProblem("'\(header)' names no category") }
        guard segments.count <= Self.maximumDepth + 1 else {
            throw LayoutProblem("'\(header)' nests deeper than \(Self.maximumDepth) levels")
        }
        guard !segments.contains(where: { $0.allSatisfy(\.isWhitespace) }) else {
            throw LayoutProblem("'\(header)' has an empty name between dots")
        }
        let dimension = dimensionIndex(label: String(segments[0]))
        var parent: Int?
        for segment in segments.dropFirst() {
            let label = String(segment)
            let key = Parent(dimension: dimension, node: parent, label: label)
            if let existing = childByLabel[key] {
                parent = existing
                continue
            }
            let id = Identifier.make(from: label) ?? "category\(nodes.count + 1)"
            if let clash = nodeByID[id] {
                throw LayoutProblem("category id '\(id)' of '\(header)' is already used by '\(path(of: clash))'; category ids must be unique across the whole taxonomy")
            }
            let index = nodes.count
            nodes.append(Node(id: id, label: label, dimension: dimension, parent: parent))
            nodeByID[id] = index
            childByLabel[key] = index
            if let p = parent { nodes[p].children.append(index) } else { dimensions[dimension].roots.append(index) }
            parent = index
        }
        guard let last = parent else { throw LayoutProblem("'\(header)' names no category") }
        return nodes[last].id
    }

    var dimensionIDs: [String] { dimensions.map(\.id) }

    private mutating func dimensionIndex(label: String) -> Int {
        if let d = dimensionByLabel[label] { return d }
        var id = Identifier.make(from: label) ?? "dimension\(dimensions.count + 1)"
        // Two spellings of one id (`a b`, `a_b`) must stay two dimensions.
        if dimensionIDsInUse.contains(id) { id = "dimension\(dimensions.count + 1)" }
        dimensions.append((id, label, []))
        dimensionByLabel[label] = dimensions.count - 1
        dimensionIDsInUse.insert(id)
        return dimensions.count - 1
    }

    private func path(of index: Int) -> String {
        var parts: [String] = []
        var current: Int? = index
        while let i = current { parts.append(nodes[i].id); current = nodes[i].parent }
        return ([dimensions[nodes[index].dimension].id] + parts.reversed()).joined(separator: ".")
    }

    /// Builds children before parents (they were created after them), so no recursion is needed.
    var taxonomy: Taxonomy {
        var built = [Category?](repeating: nil, count: nodes.count)
        for i in nodes.indices.reversed() {
            let node = nodes[i]
            built[i] = Category(id: node.id, labels: .plain(node.label),
                                children: node.children.compactMap { built[$0] })
        }
        return Taxonomy(dimensions: dimensions.map { dimension in
            Dimension(id: dimension.id, labels: .plain(dimension.label),
                      categories: dimension.roots.compactMap { built[$0] })
        })
    }
}

/// A problem with a header, before it has a position; the caller adds the header's position.
struct LayoutProblem: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
