extension StringProtocol {
    /// The string without leading and trailing whitespace or newlines.
    ///
    /// Native Swift: Foundation's `trimmingCharacters(in:)` bridges through NSString on Linux
    /// and was a third of the plain-text reader's time.
    var trimmed: String { trimmed { $0.isWhitespaceFast } }

    /// The string without leading and trailing scalars that match `drop`.
    func trimmed(_ drop: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !drop($0) }),
              let last = scalars.lastIndex(where: { !drop($0) }) else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
