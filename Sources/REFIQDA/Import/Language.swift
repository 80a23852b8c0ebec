import CaseModel

/// REFI-QDA text carries no language; caseql keeps English and Chinese apart. Text is taken as
/// Chinese when its CJK characters outweigh its Latin letters (a Chinese character counting as
/// three, about a word), so an English note quoting a Chinese phrase stays English.
enum Language {
    static func localized(_ text: String) -> LocalizedText {
        isChinese(text) ? LocalizedText(zh: text) : LocalizedText(en: text)
    }

    static func isChinese(_ text: String) -> Bool {
        var chinese = 0
        var latin = 0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FA1F: chinese += 1
            case 0x41...0x5A, 0x61...0x7A: latin += 1
            default: break
            }
        }
        return chinese > 0 && chinese * 3 >= latin
    }
}
