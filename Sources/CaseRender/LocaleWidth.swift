import CWidth

/// glibc's view of display width, used only to cross-check the built-in table in tests: the
/// renderer never depends on the locale.
enum LocaleWidth {
    /// wcwidth under a UTF-8 locale (applied to the calling thread only), or nil when none is
    /// installed. -1 means glibc considers the scalar non-printable.
    static func scalarWidth(_ scalar: Unicode.Scalar) -> Int? {
        let width = cwidth_scalar_utf8(scalar.value)
        return width == -2 ? nil : Int(width)
    }
}
