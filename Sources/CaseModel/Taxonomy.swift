/// Whether a definition is the source's own words or the coder's rendering of them, so a reader can
/// tell a quote from a summary.
public enum DefinitionSource: String, Sendable, Hashable, CaseIterable {
    case verbatim, paraphrase
}

/// A node of a dimension's category tree.
public struct Category: Sendable, Hashable {
    public var id: String
    public var labels: LocalizedText
    public var aliases: [String]
    public var definition: LocalizedText
    public var definitionSource: DefinitionSource
    public var section: SectionRef?
    public var children: [Category]

    public init(id: String, labels: LocalizedText, aliases: [String] = [], definition: LocalizedText = .init(),
                definitionSource: DefinitionSource = .verbatim, section: SectionRef? = nil, children: [Category] = []) {
        self.id = id
        self.labels = labels
        self.aliases = aliases
        self.definition = definition
        self.definitionSource = definitionSource
        self.section = section
        self.children = children
    }
}

/// One dimension of analysis (organisation structure, financing …): a forest of categories.
public struct Dimension: Sendable, Hashable {
    public var id: String
    public var labels: LocalizedText
    public var aliases: [String]
    public var definition: LocalizedText
    public var definitionSource: DefinitionSource
    public var section: SectionRef?
    public var categories: [Category]

    public init(id: String, labels: LocalizedText, aliases: [String] = [], definition: LocalizedText = .init(),
                definitionSource: DefinitionSource = .verbatim, section: SectionRef? = nil,
                categories: [Category] = []) {
        self.id = id
        self.labels = labels
        self.aliases = aliases
        self.definition = definition
        self.definitionSource = definitionSource
        self.section = section
        self.categories = categories
    }
}

public struct Taxonomy: Sendable, Hashable {
    public var dimensions: [Dimension]

    public init(dimensions: [Dimension]) {
        self.dimensions = dimensions
    }
}

/// The taxonomy flattened once, so lookups by id and walks to ancestors are cheap.
public struct FlatTaxonomy: Sendable {
    public struct Node: Sendable {
        public var category: Category
        /// Index of the dimension in `Taxonomy.dimensions`.
        public var dimension: Int
        /// Index of the parent node, nil for a top-level category.
        public var parent: Int?
        public var depth: Int
    }

    public let dimensions: [Dimension]
    /// Every category, depth first, in the order the taxonomy lists them.
    public let nodes: [Node]
    private let indexByID: [String: Int]

    public init(_ taxonomy: Taxonomy) {
        var nodes: [Node] = []
        func visit(_ category: Category, dimension: Int, parent: Int?, depth: Int) {
            let index = nodes.count
            var stripped = category
            stripped.children = []
            nodes.append(Node(category: stripped, dimension: dimension, parent: parent, depth: depth))
            for child in category.children {
                visit(child, dimension: dimension, parent: index, depth: depth + 1)
            }
        }
        for (d, dimension) in taxonomy.dimensions.enumerated() {
            for category in dimension.categories {
                visit(category, dimension: d, parent: nil, depth: 0)
            }
        }
        self.dimensions = taxonomy.dimensions
        self.nodes = nodes
        var byID: [String: Int] = [:]
        for (i, node) in nodes.enumerated() where byID[node.category.id] == nil {
            byID[node.category.id] = i
        }
        self.indexByID = byID
    }

    public func index(of id: String) -> Int? { indexByID[id] }

    /// The node and all its ancestors, nearest first.
    public func lineage(of index: Int) -> [Int] {
        var result = [index]
        var current = nodes[index].parent
        while let p = current {
            result.append(p)
            current = nodes[p].parent
        }
        return result
    }

    /// The node and all its descendants.
    public func subtree(of index: Int) -> [Int] {
        var result = [index]
        var i = index + 1
        while i < nodes.count, nodes[i].dimension == nodes[index].dimension, nodes[i].depth > nodes[index].depth {
            result.append(i)
            i += 1
        }
        return result
    }

    public func children(of index: Int) -> [Int] {
        subtree(of: index).filter { nodes[$0].parent == index }
    }

    /// Top-level categories of a dimension.
    public func roots(ofDimension d: Int) -> [Int] {
        nodes.indices.filter { nodes[$0].dimension == d && nodes[$0].parent == nil }
    }

    /// "financing › private › equity › strategic_equity"
    public func path(of index: Int) -> [String] {
        [dimensions[nodes[index].dimension].id] + lineage(of: index).reversed().map { nodes[$0].category.id }
    }
}
