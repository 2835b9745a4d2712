import Foundation

/// Dates as feeds and news formats write them → ISO 8601, as precise as given.
enum DateNormalizer {
    /// RFC 822/1123 (`Wed, 27 Mar 2024 10:15:00 +0100`), ISO 8601 (kept), NITF/IPTC compact
    /// (`20240327T101500+0100`), or nil when the text is not a date.
    static func iso8601(_ raw: String?) -> String? {
        guard let raw = raw?.trimmingCharacters(in: .whitespacesAndNewlines), !raw.isEmpty else { return nil }
        if raw.range(of: #"^\d{4}(-\d{2}(-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$"#,
                     options: .regularExpression) != nil {
            return raw.replacingOccurrences(of: " ", with: "T")
        }
        if let compact = compactISO(raw) { return compact }
        return rfc822(raw)
    }

    static func compactISO(_ raw: String) -> String? {
        guard let m = raw.firstMatch(of: /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?([+-]\d{4}|Z)?)?$/) else { return nil }
        var out = "\(m.1)-\(m.2)-\(m.3)"
        if let h = m.4, let mi = m.5 {
            out += "T\(h):\(mi):\(m.6 ?? "00")"
            if let zone = m.7 { out += zone == "Z" ? "Z" : "\(zone.prefix(3)):\(zone.suffix(2))" }
        }
        return out
    }

    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    static let zones: [String: String] = [
        "GMT": "Z", "UT": "Z", "UTC": "Z", "Z": "Z", "EST": "-05:00", "EDT": "-04:00", "CST": "-06:00",
        "CDT": "-05:00", "MST": "-07:00", "MDT": "-06:00", "PST": "-08:00", "PDT": "-07:00",
        "CET": "+01:00", "CEST": "+02:00", "MSK": "+03:00", "BST": "+01:00",
    ]

    static func rfc822(_ raw: String) -> String? {
        let tokens = raw.replacingOccurrences(of: ",", with: " ").split(separator: " ").map(String.init)
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
                time = (parts.compactMap { $0 } + [0]).prefix(3).map { String(format: "%02d", $0) }.joined(separator: ":")
            }
        }
        guard let day, let month, let year else { return nil }
        let date = String(format: "%04d-%02d-%02d", year, month, day)
        guard let time else { return date }
        return "\(date)T\(time)\(zone ?? "")"
    }
}
