import ThiDuaExtract
import ThiDuaIngest
import ThiDuaModel
import VietText

/// What a rule looks at: the source, its tree and record, and, when given, the parent plan and peers.
public struct CheckContext: Sendable {
    public let source: SourceText
    public let document: SegmentedDocument
    public let record: PlanRecord
    /// The plan this one implements (`--against`).
    public let parent: PlanRecord?
    /// Plans of the same movement (`--corpus`), this one excluded.
    public let peers: [PlanRecord]

    /// Every line of the source, split into words once for every rule that reads words.
    let sourceLines: [SourceLine]
    /// The document numbers cited with `số`, found once for the rules that read them.
    let references: [TextScan.Reference]

    public init(source: SourceText, document: SegmentedDocument, record: PlanRecord, parent: PlanRecord? = nil, peers: [PlanRecord] = []) {
        self.source = source
        self.document = document
        self.record = record
        self.parent = parent
        self.peers = peers
        self.sourceLines = (0..<source.lineCount).map { index in
            let text = source.line(index + 1)
            return SourceLine(number: index + 1, text: text, words: TextScan.words(text))
        }
        self.references = TextScan.references(document)
    }

    /// A finding at `line`, with the column of `text` on that line (or column 1).
    func finding(_ rule: CheckRuleDescription, line: Int, at text: String? = nil, _ message: Message) -> Finding {
        let lineText = source.line(line)
        var column = 1
        if let text, !text.isEmpty {
            if let range = lineText.byteRange(of: text) {
                column = lineText.unicodeScalars.distance(from: lineText.unicodeScalars.startIndex, to: range.lowerBound.samePosition(in: lineText.unicodeScalars) ?? lineText.unicodeScalars.startIndex) + 1
            } else if let range = lineText.lowercased().byteRange(of: text.lowercased()) {
                let lower = lineText.lowercased()
                column = lower.distance(from: lower.startIndex, to: range.lowerBound) + 1
            }
        }
        return Finding(
            rule: rule.id, severity: rule.severity, message: message, path: source.path, line: line, column: column,
            excerpt: lineText)
    }

    /// A finding at an exact place of a source line.
    func finding(_ rule: CheckRuleDescription, line: Int, index: String.Index, in lineText: String, _ message: Message) -> Finding {
        let column = lineText.unicodeScalars.distance(from: lineText.startIndex, to: index) + 1
        return Finding(
            rule: rule.id, severity: rule.severity, message: message, path: source.path, line: line, column: column,
            excerpt: lineText)
    }

}

/// One line of the source with its words.
struct SourceLine: Sendable {
    let number: Int
    let text: String
    let words: [Word]
}

/// A word of a line: a run of letters and where it starts.
struct Word: Sendable {
    let text: Substring
    let start: String.Index
}

/// A check rule: reads a context, returns findings.
protocol CheckRule: Sendable {
    static var description: CheckRuleDescription { get }
    func check(_ context: CheckContext) -> [Finding]
}
