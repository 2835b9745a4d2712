import DossierModel

extension MentionFinder {
    /// `Graphics Processing Units (GPUs)`, `Power Purchase Agreement (PPA)`, `High Performance Computing (HPC)`:
    /// trade press capitalises a technical term where it introduces its acronym. The chunk is then a term,
    /// not an actor. Only chunks closed by a generic noun qualify, so bodies and firms that introduce their
    /// acronym stay names (`Federal Energy Regulatory Commission (FERC)`). Known names are read before this.
    func isTermExpansion(_ r: Range<Int>, in s: Sentence) -> Bool {
        let end = s.tokens.upperBound
        guard r.count >= 2, r.upperBound + 2 < end, tokens[r.upperBound].key == "(", tokens[r.upperBound + 2].key == ")",
              let acronym = Self.acronymLetters(tokens[r.upperBound + 1]) else { return false }
        let words = r.filter { tokens[$0].kind == .word && tokens[$0].isCapitalized }
        guard words.count == r.filter({ tokens[$0].kind == .word && !Vocabulary.nameConnectors.contains(tokens[$0].key) && !["and", "et"].contains(tokens[$0].key) }).count,
              Self.termHeads.contains(tokens[r.upperBound - 1].key),
              !r.contains(where: { Vocabulary.organizationWords.contains(tokens[$0].key) || lex.demonyms[tokens[$0].key] != nil }),
              !r.contains(where: { lex.places.value(tokens[$0].key) != nil || lex.firstNames.contains(tokens[$0].key) }) else { return false }
        return Self.initials(of: words.map { tokens[$0] }) == acronym
    }

    /// The acronym a term expansion introduces: its token is `(GPUs)`, with the parentheses around it.
    func isTermAcronym(_ r: Range<Int>, in s: Sentence) -> Bool {
        guard r.count == 1, r.lowerBound >= s.tokens.lowerBound + 3, tokens[r.lowerBound - 1].key == "(",
              r.upperBound < s.tokens.upperBound, tokens[r.upperBound].key == ")", Self.acronymLetters(tokens[r.lowerBound]) != nil else { return false }
        // The expansion ends right before the parenthesis; try the capitalised run (at most eight words) that ends there.
        var start = r.lowerBound - 1
        while start > s.tokens.lowerBound, start > r.lowerBound - 9, tokens[start - 1].kind == .word,
              tokens[start - 1].isCapitalized || Vocabulary.nameConnectors.contains(tokens[start - 1].key) || ["and", "et"].contains(tokens[start - 1].key) { start -= 1 }
        while start < r.lowerBound - 1, !tokens[start].isCapitalized { start += 1 }
        return isTermExpansion(start..<(r.lowerBound - 1), in: s) || spelledByLowercaseWords(r, in: s)
    }

    /// `power usage effectiveness (PUE)`, `application-specific integrated circuits (ASICs)`: lower-case words right
    /// before the parenthesis whose initials spell the acronym.
    private func spelledByLowercaseWords(_ r: Range<Int>, in s: Sentence) -> Bool {
        guard let acronym = Self.acronymLetters(tokens[r.lowerBound]) else { return false }
        var j = r.lowerBound - 1
        while j > s.tokens.lowerBound, Self.initials(of: Array(tokens[j..<(r.lowerBound - 1)])).count < acronym.count, tokens[j - 1].kind == .word, !tokens[j - 1].isCapitalized { j -= 1 }
        return j < r.lowerBound - 1 && Self.initials(of: Array(tokens[j..<(r.lowerBound - 1)])) == acronym
    }

    /// The generic nouns that close such terms (`… Agreement`, `… Units`, `… Computing`); a firm's name that
    /// introduces its acronym ends otherwise (`Ethiopian Electric Power (EEP)`).
    private static let termHeads: Set<String> = ["agreement", "agreements", "contract", "unit", "units", "computing", "intelligence",
                                                 "circuit", "circuits", "processing", "learning", "storage", "capture", "reactor", "reactors",
                                                 "vehicle", "vehicles", "model", "models", "machine", "machines", "token", "tokens", "offering",
                                                 "certificate", "certificates", "credits", "protocol", "interface", "computer", "computers",
                                                 "chip", "chips", "memory", "processor", "processors", "array", "arrays", "generation"]

    /// `Taiwan Semiconductor Manufacturing` → `TSM`, `application-specific integrated circuits` → `ASIC`: the upper-cased
    /// first letters of the words, and of each part of a hyphenated one.
    static func initials(of words: [Token]) -> String {
        String(words.flatMap { $0.text.split(separator: "-").compactMap(\.first) }).uppercased()
    }

    /// Whether the letters of `short` appear in `whole` in order (`WULF` in `terawulf`, `senelec` in `societenationaledelectricite…`).
    static func spellsInOrder(_ short: String, _ whole: String) -> Bool {
        var letters = Substring(whole)
        for c in short {
            guard let at = letters.firstIndex(of: c) else { return false }
            letters = letters[letters.index(after: at)...]
        }
        return true
    }

    /// `GPU`, `GPUs`, `ASICs`: two to six capitals, an optional plural `s`. Returns the capitals.
    static func acronymLetters(_ t: Token) -> String? {
        var text = Substring(t.text)
        if text.count >= 3, text.last == "s" { text = text.dropLast() }
        guard (2...6).contains(text.count), text.allSatisfy({ $0.isUppercase && $0.isLetter }) else { return nil }
        return String(text)
    }
}
