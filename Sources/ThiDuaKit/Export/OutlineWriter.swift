import ThiDuaModel
import VietText

/// Writes a section tree as an indented outline for a terminal: label, title shortened to fit,
/// line range at the right.
public struct OutlineWriter: Sendable {
    /// How the outline is laid out.
    public struct Configuration: Sendable, Hashable {
        /// The width to fit, in terminal columns.
        public var width: Int
        /// How many levels below the document's parts to show (`nil`: all).
        public var maxDepth: Int?

        /// Creates a configuration.
        public init(width: Int = 100, maxDepth: Int? = nil) {
            self.width = width
            self.maxDepth = maxDepth
        }
    }

    /// The layout in force.
    public var configuration: Configuration

    /// Creates a writer.
    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
    }

    /// The outline of `document`: its source path, then one line per node.
    public func write(_ document: SegmentedDocument) -> String {
        var lines = [document.source]
        let width = max(40, configuration.width)
        document.root.walk { node, depth in
            guard depth > 0 else { return true }
            let indent = String(repeating: "  ", count: depth)
            let range = node.lines.description
            var head = indent
            if let label = node.label {
                head += label
            } else {
                head += node.kind.rawValue
            }
            let text = node.headline
            var line = head
            let room = width - DisplayWidth.of(head) - DisplayWidth.of(range) - 3
            if !text.isEmpty && room > 4 {
                line += " " + DisplayWidth.truncate(text, toColumns: room)
            }
            let padding = max(1, width - DisplayWidth.of(line) - DisplayWidth.of(range))
            lines.append(line + String(repeating: " ", count: padding) + range)
            return configuration.maxDepth.map { depth <= $0 } ?? true
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
