/// A half-open range of Unicode scalar (code point) offsets into a document's `text`.
///
/// Offsets are scalars, not UTF-16 units or bytes, so that a span written by the reader
/// means the same characters to Python's `str` slicing, to the scorer and to the store.
public struct TextSpan: Hashable, Codable, Sendable, Comparable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        precondition(start <= end, "span start must not pass its end")
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }
    public func contains(_ other: TextSpan) -> Bool { start <= other.start && other.end <= end }
    public func overlaps(_ other: TextSpan) -> Bool { start < other.end && other.start < end }

    public static func < (a: TextSpan, b: TextSpan) -> Bool {
        (a.start, a.end) < (b.start, b.end)
    }
}

extension String {
    /// The substring covered by a scalar-offset span (clamped to the string).
    public func slice(_ span: TextSpan) -> String {
        let scalars = unicodeScalars
        let count = scalars.count
        let lo = max(0, min(span.start, count)), hi = max(lo, min(span.end, count))
        let a = scalars.index(scalars.startIndex, offsetBy: lo)
        let b = scalars.index(a, offsetBy: hi - lo)
        return String(scalars[a..<b])
    }
}
