import ThiDuaIngest
import ThiDuaModel

/// Verifies the segmenter's central promise: nothing in the input is dropped or counted twice.
public enum LosslessCheck {
    /// The ways a tree can fail to account for its source.
    public enum Violation: Hashable, Sendable, CustomStringConvertible {
        /// A character of the line belongs to no node.
        case uncovered(line: Int, column: Int)
        /// A character of the line belongs to more than one span.
        case coveredTwice(line: Int, column: Int)
        /// A span points at a line the source does not have.
        case outOfRange(line: Int)

        public var description: String {
            switch self {
            case .uncovered(let line, let column): return "\(line):\(column): belongs to no node"
            case .coveredTwice(let line, let column): return "\(line):\(column): belongs to two spans"
            case .outOfRange(let line): return "line \(line) is outside the source"
            }
        }
    }

    /// Checks that every non-space character of `source` (markdown residue `*`, `#`, `\` aside)
    /// lies in exactly one span of exactly one node of `document`.
    ///
    /// - Returns: The violations, first ones first; empty when the tree is lossless.
    public static func violations(of document: SegmentedDocument, in source: SourceText) -> [Violation] {
        var spansByLine = [[LineSpan]](repeating: [], count: source.lineCount + 1)
        var result: [Violation] = []
        document.root.walk { node, _ in
            for span in node.headingSpans + node.body.flatMap(\.spans) {
                if span.line < 1 || span.line > source.lineCount {
                    result.append(.outOfRange(line: span.line))
                } else {
                    spansByLine[span.line].append(span)
                }
            }
            return true
        }
        for line in 1...max(1, source.lineCount) where line <= source.lineCount {
            let scalars = Array(source.line(line).unicodeScalars)
            var owners = [Int](repeating: 0, count: scalars.count + 2)
            for span in spansByLine[line] {
                for column in max(1, span.startColumn)..<max(span.startColumn, span.endColumn) where column <= scalars.count {
                    owners[column] += 1
                }
            }
            for (index, scalar) in scalars.enumerated() {
                let column = index + 1
                if scalar == " " || scalar == "*" || scalar == "#" || scalar == "\\" { continue }
                if owners[column] == 0 {
                    result.append(.uncovered(line: line, column: column))
                    break
                }
                if owners[column] > 1 {
                    result.append(.coveredTwice(line: line, column: column))
                    break
                }
            }
        }
        return result
    }
}
