import CaseModel
/// A parsed JSON value that remembers where it came from, so that a reader of the document can point
/// its own errors at the offending value.
public struct JSONNode: Sendable {
    public enum Content: Sendable {
        case null
        case bool(Bool)
        case number(Double)
        case string(String)
        case array([JSONNode])
        case object([JSONMember])
    }

    public var content: Content
    public var position: JSONPosition

    public init(_ content: Content, at position: JSONPosition) {
        self.content = content
        self.position = position
    }

    /// The value without positions. Recursion is bounded by the parser's depth limit.
    public var value: JSONValue {
        switch content {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .number(let d): return .number(d)
        case .string(let s): return .string(s)
        case .array(let elements): return .array(elements.map(\.value))
        case .object(let members): return .object(members.map { (key: $0.key, value: $0.value.value) })
        }
    }

    /// "a string", "an object" …: what error messages call the value found.
    public var kindDescription: String {
        switch content {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}

/// One `"key": value` of an object, with the key's own position (unknown and duplicate keys point there).
public struct JSONMember: Sendable {
    public var key: String
    public var keyPosition: JSONPosition
    public var value: JSONNode

    public init(key: String, keyPosition: JSONPosition, value: JSONNode) {
        self.key = key
        self.keyPosition = keyPosition
        self.value = value
    }
}
