/// Where an element sits in the document, kept beside the element while the importer walks the
/// tree, so a message can name `Project/Sources/TextSource[3]/PlainTextSelection[2]`.
struct ElementPath: Sendable {
    private(set) var text: String

    static let root = ElementPath(text: "")

    /// The path of `child`, the `index`-th (0-based) of its name among its siblings.
    func appending(_ name: String, index: Int? = nil) -> ElementPath {
        let component = index.map { "\(name)[\($0 + 1)]" } ?? name
        return ElementPath(text: text.isEmpty ? component : text + "/" + component)
    }
}

extension XMLElement {
    /// The children named `name`, each with its path under `path`.
    func children(_ name: String, under path: ElementPath) -> [(element: XMLElement, path: ElementPath)] {
        var result: [(XMLElement, ElementPath)] = []
        for child in children where child.name == name {
            result.append((child, path.appending(name, index: result.count)))
        }
        return result
    }
}
