import Foundation

/// Dates as feeds and news formats write them → ISO 8601, as precise as given.
enum DateNormalizer {
    /// RFC 822/1123 (`Wed, 27 Mar 2024 10:15:00 +0100`), ISO 8601 (kept), NITF/IPTC compact
    /// (`20240327T101500+0100`), or nil when the text is not a date.
    static func iso8601(_ raw: String?) -> String? {
        guard let raw = raw?.trimmed, !raw.isEmpty else { return nil }
        if isISO8601(raw) { return String(raw.map { $0 == " " ? "T" : $0 }) }
        if let compact = compactISO(raw) { return compact }
        return rfc822(raw)
    }

    /// `2024`, `2024-03`, `2024-03-27`, `2024-03-27T10:15[:00[.123]][Z|+01:00|+0100]` (a space for `T` too).
    /// Checked by hand: a compiled regex per call cost more than reading the whole feed item.
    static func isISO8601(_ raw: String) -> Bool {
        let b = Array(raw.utf8)
        func digits(_ at: Int, _ n: Int) -> Bool { at + n <= b.count && b[at..<at + n].allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
        guard digits(0, 4) else { return false }
        if b.count == 4 { return true }
        guard b[4] == UInt8(ascii: "-"), digits(5, 2) else { return false }
        if b.count == 7 { return true }
        guard b.count >= 10, b[7] == UInt8(ascii: "-"), digits(8, 2) else { return false }
        if b.count == 10 { return true }
        guard b.count >= 16, b[10] == UInt8(ascii: "T") || b[10] == UInt8(ascii: " "), digits(11, 2),
              b[13] == UInt8(ascii: ":"), digits(14, 2) else { return false }
        var i = 16
        if i < b.count, b[i] == UInt8(ascii: ":") {
            guard digits(i + 1, 2) else { return false }
            i += 3
            if i < b.count, b[i] == UInt8(ascii: ".") {
                i += 1
                while i < b.count, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
            }
        }
        if i == b.count { return true }
        if b[i] == UInt8(ascii: "Z") { return i + 1 == b.count }
        guard b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-"), digits(i + 1, 2) else { return false }
        let rest = b.count - (i + 3)
        return rest == 0 || (rest == 2 && digits(i + 3, 2)) || (rest == 3 && b[i + 3] == UInt8(ascii: ":") && digits(i + 4, 2))
    }

    /// `20240327` or `20240327T101500[+0100|Z]` → ISO 8601 with separators.
    static func compactISO(_ raw: String) -> String? {
        let b = Array(raw.utf8)
        func number(_ at: Int, _ n: Int) -> String? {
            guard at + n <= b.count, b[at..<at + n].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
            return String(decoding: b[at..<at + n], as: UTF8.self)
        }
        guard let y = number(0, 4), let m = number(4, 2), let d = number(6, 2) else { return nil }
        if b.count == 8 { return "\(y)-\(m)-\(d)" }
        guard b.count >= 13, b[8] == UInt8(ascii: "T"), let h = number(9, 2), let mi = number(11, 2) else { return nil }
        var i = 13
        var seconds = "00"
        if let s = number(13, 2) { seconds = s; i = 15 }
        var out = "\(y)-\(m)-\(d)T\(h):\(mi):\(seconds)"
        if i == b.count { return out }
        if b[i] == UInt8(ascii: "Z"), i + 1 == b.count { return out + "Z" }
        guard b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-"), let zh = number(i + 1, 2), let zm = number(i + 3, 2),
              i + 5 == b.count else { return nil }
        out += "\(Character(Unicode.Scalar(b[i])))\(zh):\(zm)"
        return out
    }

    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    static let zones: [String: String] = [
        "GMT": "Z", "UT": "Z", "UTC": "Z", "Z": "Z", "EST": "-05:00", "EDT": "-04:00", "CST": "-06:00",
        "CDT": "-05:00", "MST": "-07:00", "MDT": "-06:00", "PST": "-08:00", "PDT": "-07:00",
        "CET": "+01:00", "CEST": "+02:00", "MSK": "+03:00", "BST": "+01:00",
    ]

    static func rfc822(_ raw: String) -> String? {
        let tokens = raw.split { $0 == " " || $0 == "," }.map(String.init)
        var day: Int?, month: Int?, year: Int?, time: String?, zone: String?
        for token in tokens {
            if let z = zones[token.uppercased()] {
                zone = z
            } else if token.count == 5, token.first == "+" || token.first == "-", Int(token.dropFirst()) != nil {
                zone = "\(token.prefix(3)):\(token.suffix(2))"
            } else if token.first?.isLetter == true, month == nil,
                      let m = months.firstIndex(of: String(token.lowercased().prefix(3))) {
                month = m + 1
            } else if let n = Int(token) {
                if day == nil, (1...31).contains(n), token.count <= 2 { day = n }
                else if year == nil { year = n < 100 ? (n < 50 ? 2000 + n : 1900 + n) : n }
            } else if token.contains(":") {
                let parts = token.split(separator: ":").map { Int($0) }
                guard parts.count >= 2, parts.count <= 3, !parts.contains(nil) else { continue }
                time = (parts.compactMap { $0 } + [0]).prefix(3).map { padded($0, 2) }.joined(separator: ":")
            }
        }
        guard let day, let month, let year else { return nil }
        let date = "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
        guard let time else { return date }
        return "\(date)T\(time)\(zone ?? "")"
    }

    /// Zero-padded decimal (`String(format:)` is slow on Linux and this runs once per feed item).
    static func padded(_ n: Int, _ width: Int) -> String {
        let digits = String(n)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
