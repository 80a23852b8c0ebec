/// Source text with position markers in it (`1️⃣`, `2️⃣` …), as swift-syntax's tests mark where a
/// diagnostic belongs, so a test reads like the error it checks. The markers are removed and their
/// line and column remembered; a column counts Unicode scalars from 1, as the lexer and the JSON
/// parser count them.
public struct MarkedSource {
    public static let markerCharacters: [Character] = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣"]

    public struct Position: Hashable, Sendable, CustomStringConvertible {
        public var line: Int
        public var column: Int
        public var description: String { "\(line):\(column)" }
    }

    /// The source without its markers.
    public var text: String
    public var markers: [Character: Position] = [:]

    public init(_ marked: String) {
        var text = ""
        var line = 1, column = 1
        for character in marked {
            if MarkedSource.markerCharacters.contains(character) {
                markers[character] = Position(line: line, column: column)
                continue
            }
            text.append(character)
            if character == "\n" {
                line += 1
                column = 1
            } else {
                column += character.unicodeScalars.count
            }
        }
        self.text = text
    }
}
