import DossierModel
import Foundation

/// How `dossier query` and the REPL print a result.
public enum ResultFormat: String, CaseIterable, Sendable {
    case table, json, csv

    /// The result as text in this format, ending with a newline.
    public func render(_ result: QueryResult, options: TableOptions = TableOptions()) -> String {
        switch self {
        case .table: return TableRenderer(options: options).render(result)
        case .json: return JSONText.encode(result) + "\n"
        case .csv: return CSVText.render(result)
        }
    }
}

/// What the table printer needs from its surroundings.
public struct TableOptions: Sendable {
    /// Cells wider than this many columns are cut with "…".
    public var maxCellWidth: Int
    /// Dim nulls with ANSI escapes (only on a terminal).
    public var colour: Bool
    /// Milliseconds the query took, for the footer; nil leaves the time out.
    public var elapsedMilliseconds: Double?

    public init(maxCellWidth: Int = 48, colour: Bool = false, elapsedMilliseconds: Double? = nil) {
        self.maxCellWidth = maxCellWidth; self.colour = colour; self.elapsedMilliseconds = elapsedMilliseconds
    }
}

/// An aligned text table in the style of cypher-shell and psql:
///
///     +----------+---------+
///     | c.name   | r.role  |
///     +----------+---------+
///     | Intelion | NULL    |
///     +----------+---------+
///     1 row (3 ms)
public struct TableRenderer: Sendable {
    public var options: TableOptions
    public init(options: TableOptions = TableOptions()) { self.options = options }

    public func render(_ result: QueryResult) -> String {
        let header = result.columns.map { DisplayWidth.truncate(CellText.singleLine($0), toWidth: options.maxCellWidth) }
        let body = result.rows.map { row in
            row.map { DisplayWidth.truncate(CellText.render($0), toWidth: options.maxCellWidth) }
        }
        var widths = header.map(DisplayWidth.of)
        for row in body {
            for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], DisplayWidth.of(cell)) }
        }
        var out = ""
        if !widths.isEmpty {
            let rule = "+" + widths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "+") + "+\n"
            out += rule + line(header, widths: widths, values: nil) + rule
            for (r, row) in body.enumerated() { out += line(row, widths: widths, values: result.rows[r]) }
            if !body.isEmpty { out += rule }
        }
        return out + footer(rowCount: result.rows.count) + "\n"
    }

    private func line(_ cells: [String], widths: [Int], values: [QueryValue]?) -> String {
        var parts: [String] = []
        for (i, width) in widths.enumerated() {
            let cell = i < cells.count ? cells[i] : ""
            var padded = DisplayWidth.pad(cell, toWidth: width)
            if options.colour, let values, i < values.count, values[i] == .null {
                padded = "\u{1B}[2m" + padded + "\u{1B}[0m"
            }
            parts.append(padded)
        }
        return "| " + parts.joined(separator: " | ") + " |\n"
    }

    /// "3 rows (12 ms)", or without the time when it is unknown or turned off.
    public func footer(rowCount: Int) -> String {
        let rows = rowCount == 1 ? "1 row" : "\(rowCount) rows"
        guard let ms = options.elapsedMilliseconds else { return rows }
        return rows + " (" + TableRenderer.formatMilliseconds(ms) + ")"
    }

    static func formatMilliseconds(_ ms: Double) -> String {
        if ms < 10 { return String(Double(Int(ms * 10)) / 10) + " ms" }
        if ms < 10_000 { return String(Int(ms.rounded())) + " ms" }
        return String(Double(Int(ms / 100)) / 10) + " s"
    }
}

/// RFC 4180 CSV: a header of column names, strings bare, nulls empty, nodes, relationships,
/// lists and maps as their JSON text (so a spreadsheet keeps everything).
public enum CSVText {
    public static func render(_ result: QueryResult) -> String {
        var out = result.columns.map(field).joined(separator: ",") + "\n"
        for row in result.rows {
            out += row.map { field(cell($0)) }.joined(separator: ",") + "\n"
        }
        return out
    }

    static func cell(_ value: QueryValue) -> String {
        switch value {
        case .null: return ""
        case .string(let s): return s
        default: return JSONText.encode(value)
        }
    }

    /// A field, quoted (quotes doubled) when it holds a comma, quote or line break.
    public static func field(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }) else { return text }
        var out = "\""
        for scalar in text.unicodeScalars {
            if scalar == "\"" { out += "\"\"" } else { out.unicodeScalars.append(scalar) }
        }
        return out + "\""
    }
}
