/// The spans of one paragraph or heading, in order, as ``Paragraph`` and ``Section`` hold them.
///
/// Nearly every paragraph and heading stands on one line: its one span is held inline, and only a
/// text over several lines has an array for the others. An array each would be some 170 allocations
/// a document, made, copied and freed for what is almost always one value. The JSON of the spans is
/// the array of them.
package struct LineSpans: Hashable, Sendable, Codable, RandomAccessCollection, ExpressibleByArrayLiteral {
    /// The first span, if any.
    private var head: LineSpan?
    /// The spans after the first.
    private var tail: [LineSpan] = []

    /// No spans.
    package init() {}

    package init(_ spans: [LineSpan]) {
        head = spans.first
        if spans.count > 1 { tail = Array(spans.dropFirst()) }
    }

    package init(arrayLiteral spans: LineSpan...) {
        self.init(spans)
    }

    /// Adds `span` after the others.
    package mutating func append(_ span: LineSpan) {
        if head == nil { head = span } else { tail.append(span) }
    }

    /// The spans as an array.
    package var array: [LineSpan] {
        guard let head else { return [] }
        return [head] + tail
    }

    package var startIndex: Int { 0 }
    package var endIndex: Int { head == nil ? 0 : 1 + tail.count }

    package subscript(position: Int) -> LineSpan {
        guard position > 0 else { return head! }
        return tail[position - 1]
    }

    package init(from decoder: any Decoder) throws {
        self.init(try [LineSpan](from: decoder))
    }

    package func encode(to encoder: any Encoder) throws {
        try array.encode(to: encoder)
    }
}
