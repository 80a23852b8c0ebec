import CaseModel
/// Prints JSON for people to read and diff: two-space indentation, keys in the order given, text
/// unescaped wherever JSON allows (Chinese, `/`), numbers in their shortest exact form.
public enum JSONWriter {
    /// The value pretty-printed, without a final line break.
    public static func pretty(_ value: JSONValue) -> String {
        var output: [UInt8] = []
        write(value, indent: 0, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// A string as a JSON string literal, quotes included.
    public static func quoted(_ text: String) -> String {
        var output: [UInt8] = []
        writeString(text, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Integers without a fraction (`2010`, not `2010.0`); other numbers in the shortest form that
    /// reads back as the same Double. JSON has no NaN or infinity: those are written as `null`.
    public static func format(_ number: Double) -> String { NumberText.format(number) }

    // Recursion depth is the value's nesting depth, which our own encoders keep small and the
    // parser limits to 512.
    private static func write(_ value: JSONValue, indent: Int, to output: inout [UInt8]) {
        switch value {
        case .null: append("null", to: &output)
        case .bool(let b): append(b ? "true" : "false", to: &output)
        case .number(let d): output.append(contentsOf: format(d).utf8)
        case .string(let s): writeString(s, to: &output)
        case .array(let elements):
            guard !elements.isEmpty else { return append("[]", to: &output) }
            output.append(UInt8(ascii: "["))
            for (i, element) in elements.enumerated() {
                if i > 0 { output.append(UInt8(ascii: ",")) }
                newline(indent + 1, to: &output)
                write(element, indent: indent + 1, to: &output)
            }
            newline(indent, to: &output)
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            guard !members.isEmpty else { return append("{}", to: &output) }
            output.append(UInt8(ascii: "{"))
            for (i, member) in members.enumerated() {
                if i > 0 { output.append(UInt8(ascii: ",")) }
                newline(indent + 1, to: &output)
                writeString(member.key, to: &output)
                append(": ", to: &output)
                write(member.value, indent: indent + 1, to: &output)
            }
            newline(indent, to: &output)
            output.append(UInt8(ascii: "}"))
        }
    }

    private static func newline(_ indent: Int, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\n"))
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent * 2))
    }

    private static func append(_ text: StaticString, to output: inout [UInt8]) {
        text.withUTF8Buffer { output.append(contentsOf: $0) }
    }

    private static func writeString(_ text: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        for unit in text.utf8 {
            switch unit {
            case UInt8(ascii: "\""): append("\\\"", to: &output)
            case UInt8(ascii: "\\"): append("\\\\", to: &output)
            case UInt8(ascii: "\n"): append("\\n", to: &output)
            case UInt8(ascii: "\r"): append("\\r", to: &output)
            case UInt8(ascii: "\t"): append("\\t", to: &output)
            case 0x08: append("\\b", to: &output)
            case 0x0C: append("\\f", to: &output)
            case 0x00..<0x20:
                let digits: StaticString = "0123456789abcdef"
                append("\\u00", to: &output)
                digits.withUTF8Buffer { d in
                    output.append(d[Int(unit >> 4)])
                    output.append(d[Int(unit & 0xF)])
                }
            default: output.append(unit)
            }
        }
        output.append(UInt8(ascii: "\""))
    }
}
