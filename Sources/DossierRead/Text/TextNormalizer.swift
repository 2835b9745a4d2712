/// Cleans the whitespace of one text block before it becomes a paragraph.
///
/// Non-breaking and other exotic spaces become plain spaces, soft hyphens and zero-width
/// characters disappear, runs of spaces shrink to one, and lines are trimmed; single line
/// breaks inside a block survive (they end a sentence), blank lines do not.
enum TextNormalizer {
    static func normalize(_ block: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false, pendingNewline = false
        for scalar in block.unicodeScalars {
            switch scalar.value {
            case 0xAD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF: continue
            case 0x0A, 0x0D, 0x2028, 0x2029, 0x0B, 0x0C, 0x85:
                pendingNewline = !out.isEmpty
                pendingSpace = false
            case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
                pendingSpace = !out.isEmpty
            case 0x00...0x1F, 0x7F...0x9F:
                continue   // other control characters carry no text
            default:
                if pendingNewline { out.append("\n") } else if pendingSpace { out.append(" ") }
                pendingNewline = false; pendingSpace = false
                out.append(scalar)
            }
        }
        return String(out)
    }
}
