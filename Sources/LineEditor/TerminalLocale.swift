#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// libedit decodes keyboard input with the C library's multibyte functions and drops what the
/// current locale cannot decode, so Chinese input needs a UTF-8 character-type locale.
enum TerminalLocale {
    /// Adopts the environment's character type (`LC_ALL`/`LC_CTYPE`/`LANG`); when that is not
    /// UTF-8 (unset, `C`, `POSIX`), uses C.UTF-8, since caseql reads and writes only UTF-8.
    /// Only LC_CTYPE changes: the other categories (number formats above all) stay "C", so no C
    /// formatting elsewhere in the process starts printing decimal commas.
    static func adoptUTF8() {
        setlocale(LC_CTYPE, "")
        if !isUTF8() { setlocale(LC_CTYPE, "C.UTF-8") }
    }

    static func isUTF8() -> Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).lowercased()
        return name == "utf-8" || name == "utf8"
    }
}
