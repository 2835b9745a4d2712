import DossierModel

/// A number with its unit or currency, read from tokens and kept with its surface text.
struct Quantity: Sendable, Equatable {
    var tokens: Range<Int>
    var value: Double
    /// Currency code (`USD`, `RUB`) or capacity unit (`MW`, `EH/s`, `exaflops`).
    var unit: String
    /// `more than`, `up to`, `about`, `less than`, or nil.
    var qualifier: String?
}

/// Reads money amounts, capacities and periods in English and French news style:
/// `12 milliards de roubles russes`, `plus de 130 millions de dollars`, `$44.7M`, `4 bn €`,
/// `1,5 Md€`, `100 mégawatts`, `1,4 GW`, `3 EH/s`, `quatrième trimestre 2024`, `early 2024`.
enum ValueReader {
    static let multipliers: [String: Double] = [
        "thousand": 1e3, "mille": 1e3, "k": 1e3, "million": 1e6, "millions": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6,
        "billion": 1e9, "billions": 1e9, "bn": 1e9, "b": 1e9, "milliard": 1e9, "milliards": 1e9, "md": 1e9, "mds": 1e9,
        "mrd": 1e9, "mrds": 1e9, "trillion": 1e12, "trillions": 1e12, "tn": 1e12,
    ]
    static let qualifiers: [(words: [String], meaning: String)] = [
        (["plus", "de"], "more than"), (["more", "than"], "more than"), (["over"], "more than"), (["au", "moins"], "at least"),
        (["at", "least"], "at least"), (["jusqu'", "a"], "up to"), (["up", "to"], "up to"), (["environ"], "about"),
        (["about"], "about"), (["around"], "about"), (["approximately"], "about"), (["nearly"], "almost"), (["pres", "de"], "almost"),
        (["almost"], "almost"), (["moins", "de"], "less than"), (["less", "than"], "less than"), (["some"], "about"),
        (["quelque"], "about"), (["roughly"], "about"), (["d'environ"], "about"), (["pres"], "almost"),
    ]
    static let capacityUnits: [String: (String, Double)] = [
        "mw": ("MW", 1), "megawatt": ("MW", 1), "megawatts": ("MW", 1), "gw": ("MW", 1000), "gigawatt": ("MW", 1000),
        "gigawatts": ("MW", 1000), "kw": ("MW", 0.001), "kilowatt": ("MW", 0.001), "kilowatts": ("MW", 0.001),
        "eh": ("EH/s", 1), "exahash": ("EH/s", 1), "exahashes": ("EH/s", 1), "exaflops": ("exaflops", 1), "exaflop": ("exaflops", 1),
        "eflops": ("exaflops", 1),
    ]

    /// Parses `44,7`, `44.7`, `1 000` (digits grouped by spaces), `1,000,000`.
    static func number(_ tokens: [Token], at i: Int, limit: Int) -> (value: Double, next: Int)? {
        guard i < limit, tokens[i].kind == .number || (tokens[i].hasDigit && tokens[i].text.first?.isNumber == true) else { return nil }
        var text = tokens[i].text
        var j = i + 1
        // `100 000` written with (narrow) spaces between digit groups.
        while j < limit, tokens[j].kind == .number, tokens[j].text.count == 3, tokens[j].spaceBefore, tokens[j - 1].kind == .number,
              tokens[j - 1].text.count <= 3, tokens[j].start - tokens[j - 1].end == 1 { text += tokens[j].text; j += 1 }
        let commas = text.filter { $0 == "," }.count, dots = text.filter { $0 == "." }.count
        var clean = text
        if commas > 0 && dots > 0 { clean = text.replacingOccurrences(of: ",", with: "") }
        else if commas == 1, let c = text.firstIndex(of: ","), text[text.index(after: c)...].count == 3, text[..<c].count <= 3, text[..<c].first != "0" {
            clean = text.replacingOccurrences(of: ",", with: "")  // 1,000 (English thousands)
        } else if commas == 1 { clean = text.replacingOccurrences(of: ",", with: ".") }
        else if commas > 1 { clean = text.replacingOccurrences(of: ",", with: "") }
        if dots > 1 { clean = clean.replacingOccurrences(of: ".", with: "") }
        // `2.000 MW`, `1.500 emplois`: one dot before three digits ending in `00` groups thousands (no one writes 1.5 as `1.500`).
        if dots == 1, commas == 0, let d = text.firstIndex(of: "."), text[text.index(after: d)...].count == 3, text.hasSuffix("00"),
           text[..<d].count <= 3, text.first != "0" { clean = text.replacingOccurrences(of: ".", with: "") }
        // `44.7M`, `100MW`: a number glued to its multiplier or unit.
        let numeric = clean.prefix { $0.isNumber || $0 == "." }
        guard let v = Double(numeric), !numeric.isEmpty else { return nil }
        return (v, j)
    }

    static func qualifier(_ tokens: [Token], before i: Int, floor: Int) -> (String, Int)? {
        for q in qualifiers {
            let n = q.words.count
            guard i - n >= floor else { continue }
            if zip(q.words, tokens[(i - n)..<i]).allSatisfy({ $0 == $1.key }) { return (q.meaning, i - n) }
        }
        return nil
    }

    /// Every money amount in a token range.
    static func money(_ tokens: [Token], in range: Range<Int>, lex: Lexicons) -> [Quantity] {
        var out: [Quantity] = []
        var i = range.lowerBound
        while i < range.upperBound {
            var start = i
            var currency: String? = nil
            // Symbol first: `$44.7M`, `US$ 5 bn`, `€4 bn`.
            if let (len, code) = lex.currencies.longestMatch(tokens, at: i, limit: range.upperBound), tokens[i].kind == .punct || tokens[i].isAllCaps,
               i + len < range.upperBound, tokens[i + len].kind == .number || tokens[i + len].hasDigit {
                currency = code; start = i; i += len
            }
            guard let (v, afterNumber) = number(tokens, at: i, limit: range.upperBound) else { i = max(i + 1, start + 1); continue }
            var value = v
            var j = afterNumber
            let glued = tokens[i].text.drop { $0.isNumber || $0 == "." || $0 == "," }.lowercased()
            if let m = multipliers[glued] { value *= m }
            else if j < range.upperBound, let m = multipliers[tokens[j].key] { value *= m; j += 1; if j < range.upperBound, tokens[j].text == ".", !tokens[j].spaceBefore { j += 1 } }
            if j < range.upperBound, ["de", "d'", "of"].contains(tokens[j].key), currency == nil { j += 1 }
            if currency == nil, let (len, code) = lex.currencies.longestMatch(tokens, at: j, limit: range.upperBound) {
                currency = code; j += len
                // `roubles russes`, `dollars américains`: the adjective belongs to the amount.
                if j < range.upperBound, lex.demonyms[tokens[j].key] != nil, !tokens[j].isCapitalized { j += 1 }
            } else if currency == nil, tokens[i].text.hasPrefix("Md") || glued == "md€" {
                currency = "EUR"
            }
            guard let code = currency else { i = afterNumber; continue }
            var q = Quantity(tokens: start..<j, value: value, unit: code, qualifier: nil)
            if let (meaning, from) = qualifier(tokens, before: start, floor: range.lowerBound) { q.qualifier = meaning; q.tokens = from..<j }
            out.append(q)
            i = j
        }
        return out
    }

    /// Every power, hash-rate or compute capacity in a token range (`100 mégawatts` → 100 MW).
    static func capacities(_ tokens: [Token], in range: Range<Int>) -> [Quantity] {
        var out: [Quantity] = []
        var i = range.lowerBound
        while i < range.upperBound {
            guard let (v, after) = number(tokens, at: i, limit: range.upperBound) else { i += 1; continue }
            // `300MW`, `1.5GW`, and compound adjectives `300-megawatt`, `1.2-gigawatt`, `10-EH/s`.
            let glued = fold(String(tokens[i].text.drop { $0.isNumber || $0 == "." || $0 == "," }))
            var unit: (String, Double)? = capacityUnits[glued.first == "-" || glued.first == "\u{2011}" ? String(glued.dropFirst()) : glued]
            var j = after
            if unit == nil, j < range.upperBound {
                var key = tokens[j].key
                if key.hasSuffix("-megawatt") || key.hasSuffix("-gigawatt") { key = String(key.split(separator: "-").last ?? "") }
                unit = capacityUnits[key]
                if unit != nil { j += 1 }
            }
            guard let (u, factor) = unit else { i = after; continue }
            // `a 100-gigawatt hour battery plant`: energy stored, not power; annotators leave it out.
            if u == "MW", j < range.upperBound, ["hour", "hours", "heure", "heures"].contains(tokens[j].key) { i = j; continue }
            if u == "EH/s", j + 1 < range.upperBound, tokens[j].text == "/", ["s", "sec"].contains(tokens[j + 1].key) { j += 2 }
            var q = Quantity(tokens: i..<j, value: v * factor, unit: u, qualifier: nil)
            if let (meaning, from) = qualifier(tokens, before: i, floor: range.lowerBound) { q.qualifier = meaning; q.tokens = from..<j }
            out.append(q)
            i = j
        }
        return out
    }

    /// `1400 MW`, `3 EH/s`: the literal written into CAPACITY relations.
    static func capacityLiteral(_ q: Quantity) -> String {
        let v = q.value == q.value.rounded() ? String(Int(q.value)) : String(q.value)
        return "\(v) \(q.unit)"
    }

    static let ordinals: [String: Int] = ["premier": 1, "first": 1, "1er": 1, "deuxieme": 2, "second": 2, "seconde": 2, "2e": 2,
                                          "troisieme": 3, "third": 3, "3e": 3, "quatrieme": 4, "fourth": 4, "4e": 4]
    static let months: [String: Int] = [
        "january": 1, "janvier": 1, "february": 2, "fevrier": 2, "march": 3, "mars": 3, "april": 4, "avril": 4, "may": 5, "mai": 5,
        "june": 6, "juin": 6, "july": 7, "juillet": 7, "august": 8, "aout": 8, "september": 9, "septembre": 9, "october": 10,
        "octobre": 10, "november": 11, "novembre": 11, "december": 12, "decembre": 12,
    ]

    /// The first date or period of a token range, normalised (`2024-Q4`, `2024-H2`, `2024-03-27`, `early 2024`).
    static func period(_ tokens: [Token], in range: Range<Int>) -> String? {
        func year(_ k: Int) -> Int? {
            guard k < range.upperBound, tokens[k].kind == .number, tokens[k].text.count == 4, let y = Int(tokens[k].text), (1900...2100).contains(y) else { return nil }
            return y
        }
        for i in range {
            let key = tokens[i].key
            if ["trimestre", "quarter"].contains(key) {
                if i > range.lowerBound, let n = ordinals[tokens[i - 1].key] {
                    for k in (i + 1)..<min(i + 3, range.upperBound) { if let y = year(k) { return "\(y)-Q\(n)" } }
                }
            }
            if ["semestre", "half"].contains(key), i > range.lowerBound, let n = ordinals[tokens[i - 1].key] {
                for k in (i + 1)..<min(i + 3, range.upperBound) { if let y = year(k) { return "\(y)-H\(n)" } }
            }
            if let q = key.first, (q == "q" || q == "t" || q == "h" || q == "s"), key.count == 2, let n = Int(key.dropFirst()), (1...4).contains(n), let y = year(i + 1) {
                return "\(y)-\(q == "h" || q == "s" ? "H" : "Q")\(n)"
            }
            if let m = months[key] {
                let day = i > range.lowerBound && tokens[i - 1].kind == .number ? Int(tokens[i - 1].text) : (i + 1 < range.upperBound && tokens[i + 1].kind == .number && tokens[i + 1].text.count <= 2 ? Int(tokens[i + 1].text) : nil)
                var yk = i + 1
                if yk < range.upperBound, tokens[yk].kind == .number, tokens[yk].text.count <= 2 { yk += 1 }
                if yk < range.upperBound, tokens[yk].text == "," { yk += 1 }
                if let y = year(yk) {
                    if let d = day, (1...31).contains(d) { return String(format: "%04d-%02d-%02d", y, m, d) }
                    return String(format: "%04d-%02d", y, m)
                }
            }
            if let y = year(i) {
                let prev = i > range.lowerBound ? tokens[i - 1].key : ""
                if ["early", "debut"].contains(prev) { return "early \(y)" }
                if ["late", "fin"].contains(prev) { return "late \(y)" }
                if ["mid", "mi"].contains(prev) { return "mid \(y)" }
                return String(y)
            }
        }
        return nil
    }
}

import Foundation
