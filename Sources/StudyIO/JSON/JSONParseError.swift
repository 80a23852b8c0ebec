import CaseModel
/// Why a document is not JSON, where, and in which value the parser was when it found out.
public struct JSONParseError: Error, Sendable, Hashable, CustomStringConvertible {
    public var position: JSONPosition
    public var path: JSONPath
    public var message: String

    public init(position: JSONPosition, path: JSONPath, message: String) {
        self.position = position
        self.path = path
        self.message = message
    }

    public var description: String {
        path.isEmpty ? "\(position): \(message)" : "\(position): \(path): \(message)"
    }
}
