import DossierModel
import Foundation

/// Prints an error from a query for a human: the message, then the offending line of the
/// query with a caret under the column the diagnostic points at.
public enum ErrorText {
    /// `lineOffset` shifts the reported line (a statement starting on line 12 of a script).
    public static func render(_ error: any Error, source: String, lineOffset: Int = 0) -> String {
        guard let diagnostic = error as? Diagnostic, let position = diagnostic.position else {
            return String(describing: error)
        }
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var shown = diagnostic
        shown.position?.line += lineOffset
        guard position.line >= 1, position.line <= lines.count else { return String(describing: shown) }
        let text = lines[position.line - 1].replacingOccurrences(of: "\t", with: " ")
        let prefix = String(text.prefix(max(0, position.column - 1)))
        let caret = String(repeating: " ", count: DisplayWidth.of(prefix)) + "^"
        return "\(shown)\n  \(text)\n  \(caret)"
    }
}
