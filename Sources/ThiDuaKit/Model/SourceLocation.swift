/// A place in a source file: a line of the original file and a column on it.
///
/// Lines are 1-based and count line ends as the original file had them (LF, CRLF or CR), so a
/// line number can be looked up in any editor. Columns are 1-based and count Unicode scalars of
/// the normalised (NFC) line.
public struct SourceLocation: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// The 1-based line.
    public var line: Int
    /// The 1-based column.
    public var column: Int

    /// Creates a location.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }
}

/// A run of text on one line: where a piece of a paragraph or heading stands in the source.
public struct LineSpan: Hashable, Sendable, Codable {
    /// The 1-based line.
    public var line: Int
    /// The 1-based column of the first character.
    public var startColumn: Int
    /// The 1-based column just past the last character.
    public var endColumn: Int
    /// The UTF-8 offset at which this span's text begins in the text of the paragraph or heading that holds it.
    public var textOffset: Int

    /// Creates a span.
    public init(line: Int, startColumn: Int, endColumn: Int, textOffset: Int = 0) {
        self.line = line
        self.startColumn = startColumn
        self.endColumn = endColumn
        self.textOffset = textOffset
    }

    /// Where the span starts.
    public var start: SourceLocation { SourceLocation(line: line, column: startColumn) }
}

/// An inclusive range of source lines.
public struct LineRange: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The first line.
    public var first: Int
    /// The last line.
    public var last: Int

    /// Creates a range; `last` must not be before `first`.
    public init(first: Int, last: Int) {
        self.first = first
        self.last = max(first, last)
    }

    /// The smallest range that holds both.
    public func union(_ other: LineRange) -> LineRange {
        LineRange(first: min(first, other.first), last: max(last, other.last))
    }

    /// `12` for one line, `12–18` for several.
    public var description: String { first == last ? "\(first)" : "\(first)–\(last)" }
}
