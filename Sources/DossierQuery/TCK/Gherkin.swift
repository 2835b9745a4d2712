/// The slice of Gherkin the openCypher TCK uses: Feature, Background, Scenario, Scenario Outline
/// with Examples, steps with doc strings or tables (cells with Gherkin escapes), comments, tags.
public struct GherkinStep: Sendable {
    public var keyword: String
    public var text: String
    public var docString: String?
    public var table: [[String]]?
}

public struct GherkinScenario: Sendable {
    /// `<path>:<n>` or `<path>:<n>#<k>` for an outline row (k is 1-based).
    public var id: String
    public var name: String
    public var tags: [String]
    public var steps: [GherkinStep]
}

enum Gherkin {
    /// Parses one feature file into expanded scenarios (Background steps prepended).
    static func scenarios(in text: String, path: String) -> [GherkinScenario] {
        let lines = text.replacingOccurrences(of: "\r", with: "").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var background: [GherkinStep] = []
        var result: [GherkinScenario] = []
        var i = 0
        var pendingTags: [String] = []

        func trimmed(_ s: String) -> String { s.trimmingCharacters(in: .whitespaces) }

        func readSteps() -> [GherkinStep] {
            var steps: [GherkinStep] = []
            while i < lines.count {
                let t = trimmed(lines[i])
                if t.isEmpty || t.hasPrefix("#") { i += 1; continue }
                let keyword = ["Given ", "When ", "Then ", "And ", "But "].first { t.hasPrefix($0) }
                guard let keyword else {
                    if t.hasPrefix("\"\"\""), !steps.isEmpty {
                        steps[steps.count - 1].docString = readDocString()
                        continue
                    }
                    if t.hasPrefix("|"), !steps.isEmpty {
                        steps[steps.count - 1].table = readTable()
                        continue
                    }
                    return steps
                }
                steps.append(GherkinStep(keyword: trimmed(keyword), text: String(t.dropFirst(keyword.count)), docString: nil, table: nil))
                i += 1
            }
            return steps
        }

        func readDocString() -> String {
            let opening = lines[i]
            let indent = opening.prefix { $0 == " " || $0 == "\t" }.count
            i += 1
            var body: [String] = []
            while i < lines.count, !trimmed(lines[i]).hasPrefix("\"\"\"") {
                let line = lines[i]
                let strip = min(indent, line.prefix { $0 == " " || $0 == "\t" }.count)
                body.append(String(line.dropFirst(strip)))
                i += 1
            }
            i += 1
            return body.joined(separator: "\n")
        }

        func readTable() -> [[String]] {
            var rows: [[String]] = []
            while i < lines.count {
                let t = trimmed(lines[i])
                if t.hasPrefix("#") { i += 1; continue }
                guard t.hasPrefix("|") else { break }
                rows.append(cells(t))
                i += 1
            }
            return rows
        }

        while i < lines.count {
            let t = trimmed(lines[i])
            if t.hasPrefix("@") {
                pendingTags += t.split(separator: " ").map(String.init)
                i += 1
            } else if t.hasPrefix("Background:") {
                i += 1
                background = readSteps()
            } else if t.hasPrefix("Scenario Outline:") || t.hasPrefix("Scenario:") {
                let outline = t.hasPrefix("Scenario Outline:")
                let name = trimmed(String(t.drop { $0 != ":" }.dropFirst()))
                let tags = pendingTags
                pendingTags = []
                i += 1
                let steps = background + readSteps()
                let number = scenarioNumber(name)
                if !outline {
                    result.append(GherkinScenario(id: "\(path):\(number)", name: name, tags: tags, steps: steps))
                    continue
                }
                var rows: [[String: String]] = []
                while i < lines.count {
                    let u = trimmed(lines[i])
                    if u.isEmpty || u.hasPrefix("#") { i += 1; continue }
                    if u.hasPrefix("@") { break }
                    guard u.hasPrefix("Examples:") else { break }
                    i += 1
                    while i < lines.count, trimmed(lines[i]).isEmpty || trimmed(lines[i]).hasPrefix("#") { i += 1 }
                    let table = readTable()
                    guard let header = table.first else { continue }
                    for row in table.dropFirst() {
                        var map: [String: String] = [:]
                        for (k, v) in zip(header, row) { map[k] = v }
                        rows.append(map)
                    }
                }
                for (k, row) in rows.enumerated() {
                    func sub(_ s: String) -> String {
                        var out = s
                        for (key, value) in row { out = out.replacingOccurrences(of: "<\(key)>", with: value) }
                        return out
                    }
                    let expanded = steps.map { step in
                        GherkinStep(keyword: step.keyword, text: sub(step.text), docString: step.docString.map(sub),
                                    table: step.table.map { $0.map { $0.map(sub) } })
                    }
                    result.append(GherkinScenario(id: "\(path):\(number)#\(k + 1)", name: sub(name), tags: tags, steps: expanded))
                }
            } else {
                i += 1
            }
        }
        return result
    }

    static func scenarioNumber(_ name: String) -> String {
        guard name.hasPrefix("["), let close = name.firstIndex(of: "]") else { return name }
        return String(name[name.index(after: name.startIndex)..<close])
    }

    /// Splits `| a | b\|c |` into cells, applying Gherkin's escapes (`\|`, `\\`, `\n`).
    static func cells(_ line: String) -> [String] {
        var cells: [String] = []
        var current = ""
        var chars = Array(line)
        if chars.first == "|" { chars.removeFirst() }
        var k = 0
        while k < chars.count {
            let c = chars[k]
            if c == "\\", k + 1 < chars.count {
                let n = chars[k + 1]
                switch n {
                case "|": current.append("|"); k += 2; continue
                case "\\": current.append("\\"); k += 2; continue
                case "n": current.append("\n"); k += 2; continue
                default: current.append(c); k += 1; continue
                }
            }
            if c == "|" {
                cells.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            } else {
                current.append(c)
            }
            k += 1
        }
        return cells
    }
}
