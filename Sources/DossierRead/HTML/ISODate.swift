import Foundation

/// Normalises the date strings found in pages to ISO 8601, keeping the precision they had:
/// `2024`, `2024-03-27`, `2024-03-27T10:15:00+01:00`. RFC 822 (`Wed, 27 Mar 2024 10:15:00 GMT`)
/// and written dates (`March 27, 2024`, `27 mars 2024`) are understood too.
enum ISODate {
    static func normalize(_ raw: String) -> String? {
        let s = raw.trimmed
        guard !s.isEmpty else { return nil }
        if let iso = isoLike(s) { return iso }
        if let epoch = Double(s), epoch > 1e8 { return format(Date(timeIntervalSince1970: epoch > 1e11 ? epoch / 1000 : epoch)) }
        return written(s)
    }

    /// `YYYY[-MM[-DD[(T| )hh:mm[:ss[.fff]][Z|±hh[:]mm]]]]`.
    private static func isoLike(_ s: String) -> String? {
        let c = Array(s.utf8)
        func digits(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= c.count else { return nil }
            var v = 0
            for k in from..<(from + count) {
                guard c[k] >= 0x30, c[k] <= 0x39 else { return nil }
                v = v * 10 + Int(c[k] - 0x30)
            }
            return v
        }
        guard let year = digits(0, 4), year > 1800, year < 2200 else { return nil }
        if c.count == 4 { return pad(year, 4) }
        guard c.count >= 7, c[4] == 0x2D || c[4] == 0x2F, let month = digits(5, 2), (1...12).contains(month) else { return nil }
        if c.count == 7 { return pad(year, 4) + "-" + pad(month) }
        guard c.count >= 10, c[7] == c[4], let day = digits(8, 2), (1...31).contains(day) else { return nil }
        var out = pad(year, 4) + "-" + pad(month) + "-" + pad(day)
        guard c.count > 10, c[10] == 0x54 || c[10] == 0x20 || c[10] == 0x74,
              let hour = digits(11, 2), c.count > 13, c[13] == 0x3A, let minute = digits(14, 2), hour < 24, minute < 60
        else { return c.count == 10 || c[10] == 0x20 || c[10] == 0x54 ? out : nil }
        var i = 16
        var second = 0
        if i < c.count, c[i] == 0x3A, let sec = digits(i + 1, 2) { second = min(sec, 59); i += 3 }
        if i < c.count, c[i] == 0x2E || c[i] == 0x2C { i += 1; while i < c.count, c[i] >= 0x30, c[i] <= 0x39 { i += 1 } }
        out += "T" + pad(hour) + ":" + pad(minute) + ":" + pad(second)
        while i < c.count, c[i] == 0x20 { i += 1 }
        if i < c.count {
            if c[i] == 0x5A || c[i] == 0x7A { out += "Z" } else if c[i] == 0x2B || c[i] == 0x2D, let h = digits(i + 1, 2) {
                let m = digits(i + 3, 2) ?? digits(i + 4, 2) ?? 0
                out += (c[i] == 0x2B ? "+" : "-") + pad(h) + ":" + pad(m)
            }
        }
        return out
    }

    private static let months: [String: Int] = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
        "janv": 1, "janvier": 1, "févr": 2, "février": 2, "fevrier": 2, "mars": 3, "avr": 4, "avril": 4, "mai": 5, "juin": 6,
        "juil": 7, "juillet": 7, "août": 8, "aout": 8, "sept": 9, "septembre": 9, "octobre": 10, "novembre": 11, "déc": 12,
        "décembre": 12, "decembre": 12,
    ]

    /// RFC 822 and written dates: a month name, a day and a four-digit year in either order; time kept when present.
    private static func written(_ s: String) -> String? {
        let words = s.lowercased().split(whereSeparator: { " ,.".contains($0) }).map(String.init)
        var year: Int?, month: Int?, day: Int?, time: String?, zone = ""
        for w in words {
            if let n = Int(w) {
                if n > 1800, n < 2200 { year = n } else if (1...31).contains(n), day == nil { day = n }
            } else if let m = months[w] ?? months[String(w.prefix(3))], month == nil, w.count >= 3 {
                month = m
            } else if w.contains(":"), time == nil {
                let parts = w.split(separator: ":").compactMap { Int($0) }
                if parts.count >= 2, parts[0] < 24, parts[1] < 60 {
                    time = "T" + pad(parts[0]) + ":" + pad(parts[1]) + ":" + pad(parts.count > 2 ? min(parts[2], 59) : 0)
                }
            } else if w == "gmt" || w == "utc" || w == "z" { zone = "Z" } else if (w.hasPrefix("+") || w.hasPrefix("-")), w.count == 5, let n = Int(w.dropFirst()) {
                zone = String(w.prefix(1)) + pad(n / 100) + ":" + pad(n % 100)
            }
        }
        guard let year, let month else { return nil }
        guard let day else { return pad(year, 4) + "-" + pad(month) }
        return pad(year, 4) + "-" + pad(month) + "-" + pad(day) + (time.map { $0 + zone } ?? "")
    }

    /// `n` in decimal with leading zeros to `width` digits (`String(format:)` goes through Foundation's formatter).
    private static func pad(_ n: Int, _ width: Int = 2) -> String {
        let digits = String(n)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    private static func format(_ date: Date) -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        return f.string(from: date)
    }
}
