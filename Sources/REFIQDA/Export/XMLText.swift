/// Building an XML document as text, with the escaping XML needs. CR and tab are written as
/// character references so a conforming reader gets them back unchanged (a raw CR would be read as LF).
struct XMLText {
    private(set) var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    private var open: [String] = []

    mutating func start(_ name: String, _ attributes: [(String, String?)] = [], empty: Bool = false) {
        text += String(repeating: "  ", count: open.count) + "<" + name
        for case let (key, value?) in attributes {
            text += " \(key)=\"\(XMLText.escape(value, attribute: true))\""
        }
        if empty {
            text += "/>\n"
        } else {
            text += ">\n"
            open.append(name)
        }
    }

    mutating func end() {
        let name = open.removeLast()
        text += String(repeating: "  ", count: open.count) + "</\(name)>\n"
    }

    /// `<name>text</name>` on one line, the text verbatim.
    mutating func leaf(_ name: String, _ content: String) {
        text += String(repeating: "  ", count: open.count) + "<\(name)>\(XMLText.escape(content, attribute: false))</\(name)>\n"
    }

    static func escape(_ value: String, attribute: Bool) -> String {
        var out = ""
        out.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where attribute: out += "&quot;"
            case "\r": out += "&#13;"
            case "\n" where attribute: out += "&#10;"
            case "\t" where attribute: out += "&#9;"
            default:
                if isRepresentable(scalar) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// XML 1.0 cannot hold other control characters, even as references: they are dropped.
    static func isRepresentable(_ scalar: Unicode.Scalar) -> Bool {
        !(scalar.value < 0x20 && scalar != "\n" && scalar != "\t" && scalar != "\r")
            && scalar.value != 0xFFFE && scalar.value != 0xFFFF
    }

    /// `text` without what XML cannot hold, so positions counted in it are positions in the file.
    static func representable(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        out.append(contentsOf: text.unicodeScalars.filter(isRepresentable))
        return String(out)
    }
}
