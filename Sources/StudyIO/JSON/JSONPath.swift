import CaseModel
/// A path into a JSON document as people write it: `cases[3].codes[1].category`.
public struct JSONPath: Sendable, Hashable, CustomStringConvertible {
    public enum Component: Sendable, Hashable {
        case key(String)
        case index(Int)
    }

    public var components: [Component]

    public init(_ components: [Component] = []) {
        self.components = components
    }

    public var isEmpty: Bool { components.isEmpty }

    public func appending(_ component: Component) -> JSONPath {
        JSONPath(components + [component])
    }

    public var description: String {
        var text = ""
        for component in components {
            switch component {
            case .index(let i):
                text += "[\(i)]"
            case .key(let key) where JSONPath.isPlainKey(key):
                text += text.isEmpty ? key : "." + key
            case .key(let key):
                // A key that is not an identifier is quoted, so the path stays unambiguous.
                text += "[" + JSONWriter.quoted(key) + "]"
            }
        }
        return text
    }

    static func isPlainKey(_ key: String) -> Bool {
        guard let first = key.utf8.first, first == UInt8(ascii: "_") || isASCIILetter(first) else { return false }
        return key.utf8.allSatisfy { $0 == UInt8(ascii: "_") || isASCIILetter($0) || (0x30...0x39).contains($0) }
    }

    private static func isASCIILetter(_ b: UInt8) -> Bool {
        (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b)
    }
}
