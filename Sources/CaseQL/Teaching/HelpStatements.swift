/// Helpers for the help entries that statements declare in `Statements/`.
extension HelpBook {
    static func present(_ items: [String?]) -> [String] {
        items.compactMap { $0 }
    }
}

/// Both values when both exist.
func zip<A, B>(_ a: A?, _ b: B?) -> (A, B)? {
    guard let a, let b else { return nil }
    return (a, b)
}
