/// Turns statement text into tokens with positions. Keywords are case-insensitive; names may be
/// in any script; `--` starts a comment; a line break ends a statement unless the statement is
/// visibly unfinished (inside parentheses, or after a token that cannot end one).
public struct Lexer {
    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var position = SourcePosition(offset: 0, line: 1, column: 1)
    private var depth = 0
    private var tokens: [Token] = []
    /// The current statement starts with a QCA keyword, so `~ * + -> <- -` are set operators.
    private var inSetNotation = false

    public static func tokenize(_ source: String) throws(Diagnostic) -> [Token] {
        var lexer = Lexer(source)
        return try lexer.run()
    }

    /// A line of a statement begun on an earlier line: `setNotation` when that statement is a QCA one.
    static func tokenize(_ source: String, setNotation: Bool) throws(Diagnostic) -> [Token] {
        var lexer = Lexer(source)
        lexer.inSetNotation = setNotation
        return try lexer.run()
    }

    private init(_ source: String) {
        scalars = Array(source.unicodeScalars)
    }

    private var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }
    private func peek(_ n: Int = 1) -> Unicode.Scalar? { index + n < scalars.count ? scalars[index + n] : nil }

    private mutating func advance() {
        let s = scalars[index]
        index += 1
        position.offset += s.utf8.count
        if s == "\n" {
            position.line += 1
            position.column = 1
        } else {
            position.column += 1
        }
    }

    /// The first word of what follows, past blank space, blank lines and comments (lower-cased),
    /// for the rule that a line starting with a clause word continues the statement above.
    private func nextWord() -> String {
        var i = index
        while i < scalars.count {
            let c = scalars[i]
            if c == " " || c == "\t" || c == "\r" || c == "\n" || c == "\u{3000}" || c == "\u{A0}" { i += 1; continue }
            if c == "-", i + 1 < scalars.count, scalars[i + 1] == "-" {
                while i < scalars.count, scalars[i] != "\n" { i += 1 }
                continue
            }
            break
        }
        var word = ""
        while i < scalars.count, word.unicodeScalars.count < 8, scalars[i].properties.isAlphabetic {
            word.unicodeScalars.append(scalars[i])
            i += 1
        }
        return word.lowercased()
    }

    private mutating func run() throws(Diagnostic) -> [Token] {
        if scalars.count > Limits.maxStatementBytes {
            let start = SourcePosition(offset: 0, line: 1, column: 1)
            throw Diagnostic("input too long: \(scalars.count) characters (the limit is \(Limits.maxStatementBytes))",
                             at: SourceRange(start, start))
        }
        while let c = current {
            let start = position
            let startIndex = index
            switch c {
            case "\n":
                advance()
                if depth == 0, let last = tokens.last, last.kind != .newline, last.kind != .semicolon, !Token.continuesStatement(tokens),
                   !Token.startsContinuationLine(nextWord()) {
                    add(.newline, start, startIndex)
                }
            case " ", "\t", "\r", "\u{FEFF}", "\u{3000}", "\u{A0}":
                advance()
            case "-" where peek() == "-":
                while let d = current, d != "\n" { advance() }
            // `<-` but not `< -5` written `<-5` (a comparison with a negative number).
            case _ where inSetNotation && "~*+-<".unicodeScalars.contains(c)
                && (c != "<" || (peek() == "-" && peek(2).map({ ("0"..."9").contains($0) }) != true))
                && !(c == "-" && peek().map({ ("0"..."9").contains($0) }) == true):
                advance()
                if (c == "-" && current == ">") || c == "<" { advance() }
                add(.setOperator(text(from: startIndex)), start, startIndex)
            case "(":
                advance(); depth += 1; add(.lparen, start, startIndex)
            case ")":
                advance(); depth = max(0, depth - 1); add(.rparen, start, startIndex)
            case ",", "，":
                advance(); add(.comma, start, startIndex)
            case ";", "；":
                advance(); depth = 0; add(.semicolon, start, startIndex)
            case "=":
                advance()
                if current == "=" { advance() }
                add(.equal, start, startIndex)
            case "!" where peek() == "=":
                advance(); advance(); add(.notEqual, start, startIndex)
            case "<":
                advance()
                if current == "=" { advance(); add(.lessEqual, start, startIndex) }
                else if current == ">" { advance(); add(.notEqual, start, startIndex) }
                else { add(.less, start, startIndex) }
            case ">":
                advance()
                if current == "=" { advance(); add(.greaterEqual, start, startIndex) }
                else { add(.greater, start, startIndex) }
            case "'", "\"", "‘", "“":
                try lexString(start, startIndex)
            case "0"..."9":
                try lexNumber(start, startIndex)
            case "-" where peek().map({ ("0"..."9").contains($0) }) == true:
                advance()
                try lexNumber(start, startIndex)
            default:
                if Lexer.isNameStart(c) {
                    lexName(start, startIndex)
                } else {
                    advance()
                    var notes: [String] = []
                    if c == "~" { notes.append("help: write a band as a string, e.g. employees = '11~50'") }
                    // `select * from firms`: the habit of SQL.
                    if c == "*" { notes.append("help: caseql is not SQL: 'select firms' lists every case, with its attributes") }
                    throw Diagnostic("unexpected character \(Lexer.describe(c))", at: SourceRange(start, position), notes: notes)
                }
            }
        }
        tokens.append(Token(kind: .end, range: SourceRange(position, position), text: ""))
        return tokens
    }

    private mutating func add(_ kind: TokenKind, _ start: SourcePosition, _ startIndex: Int) {
        if kind == .newline || kind == .semicolon {
            inSetNotation = false
        } else if tokens.last.map({ $0.kind == .newline || $0.kind == .semicolon }) ?? !inSetNotation, case .keyword(let k) = kind {
            inSetNotation = Keyword.setNotationStatements.contains(k)
        }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[startIndex..<index])
        tokens.append(Token(kind: kind, range: SourceRange(start, position), text: String(text)))
    }

    static func isNameStart(_ c: Unicode.Scalar) -> Bool {
        c == "_" || c.properties.isAlphabetic
    }

    static func isNamePart(_ c: Unicode.Scalar) -> Bool {
        isNameStart(c) || c.properties.numericType != nil || c.properties.generalCategory == .nonspacingMark
    }

    private mutating func lexName(_ start: SourcePosition, _ startIndex: Int) {
        while let c = current {
            if Lexer.isNamePart(c) {
                advance()
            } else if c == ".", let n = peek(), Lexer.isNameStart(n) {
                // Qualified names (`financing.crowdfunding`) are one token; a trailing dot is not part of it.
                advance()
            } else {
                break
            }
        }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[startIndex..<index])
        let word = String(text)
        if let keyword = Keyword(rawValue: word.lowercased()) {
            add(.keyword(keyword), start, startIndex)
            if keyword == .help { lexHelpTopic() }
        } else {
            add(.identifier(word), start, startIndex)
        }
    }

    /// The topic of `help` is the rest of the line as written (`help .mode`, `help dot-commands`),
    /// up to `;` or a `--` comment, so topics need not be valid names.
    private mutating func lexHelpTopic() {
        while current == " " || current == "\t" { advance() }
        guard let c = current, c != "\n", c != ";", c != "'", c != "\"", !(c == "-" && peek() == "-") else { return }
        let start = position, startIndex = index
        var end = index, endPosition = position
        while let c = current, c != "\n", c != ";", !(c == "-" && peek() == "-") {
            advance()
            if c != " " && c != "\t" && c != "\r" {
                end = index
                endPosition = position
            }
        }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[startIndex..<end])
        tokens.append(Token(kind: .identifier(String(text)), range: SourceRange(start, endPosition), text: String(text)))
    }

    private mutating func lexNumber(_ start: SourcePosition, _ startIndex: Int) throws(Diagnostic) {
        while let c = current, ("0"..."9").contains(c) { advance() }
        if current == ".", let n = peek(), ("0"..."9").contains(n) {
            advance()
            while let c = current, ("0"..."9").contains(c) { advance() }
        }
        if let c = current, Lexer.isNameStart(c) {
            while let c = current, Lexer.isNamePart(c) { advance() }
            throw Diagnostic("malformed number", at: SourceRange(start, position),
                             notes: ["help: names cannot start with a digit; quote them: '\(text(from: startIndex))'"])
        }
        if current == "~" {
            throw Diagnostic("unexpected character '~'", at: SourceRange(position, position),
                             notes: ["help: write a band as a string, e.g. employees = '11~50'"])
        }
        add(.number(text(from: startIndex)), start, startIndex)
    }

    private func text(from startIndex: Int) -> String {
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[startIndex..<index])
        return String(text)
    }

    private mutating func lexString(_ start: SourcePosition, _ startIndex: Int) throws(Diagnostic) {
        let open = scalars[index]
        let close: Unicode.Scalar = switch open {
        case "‘": "’"
        case "“": "”"
        default: open
        }
        advance()
        var value = String.UnicodeScalarView()
        while true {
            guard let c = current, c != "\n" else {
                throw Diagnostic("unterminated string", at: SourceRange(start, position),
                                 notes: ["help: close it with \(close == "'" ? "'" : "\"") on the same line"])
            }
            advance()
            if c == close {
                // A doubled quote stands for the quote itself, as in SQL.
                if current == close, close == open { advance() } else { break }
            }
            value.append(c)
            if value.count > Limits.maxStringLength {
                throw Diagnostic("string too long (the limit is \(Limits.maxStringLength) characters)",
                                 at: SourceRange(start, position))
            }
        }
        add(.string(String(value)), start, startIndex)
    }

    static func describe(_ c: Unicode.Scalar) -> String {
        if c.value < 0x20 || c.value == 0x7F || (0x80..<0xA0).contains(c.value) {
            return "U+" + String(c.value, radix: 16, uppercase: true).leftPad(4)
        }
        return "'\(Character(c))'"
    }
}

extension String {
    func leftPad(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
