import ThiDuaModel

/// An arena of mutable nodes that becomes the immutable ``Section`` tree at the end.
struct TreeBuilder {
    struct Node {
        var kind: SectionKind
        var label: String?
        var ordinal: Int?
        var title: String?
        var headingSpans = LineSpans()
        var body: [Paragraph] = []
    }

    /// Where a node stands among its parent's children, and where its own are: node indices, `-1`
    /// for none.
    private struct Links {
        var firstChild = -1, lastChild = -1, nextSibling = -1
        var childCount = 0
    }

    private var nodes: [Node] = [Node(kind: .document)]
    /// The nodes' children, linked: they need no array of their own for each node, grown child by child.
    private var links = [Links()]

    /// The root's index.
    static let root = 0

    /// A tree of the root alone, with room for `capacity` nodes more.
    init(capacity: Int = 0) {
        nodes.reserveCapacity(1 + capacity)
        links.reserveCapacity(1 + capacity)
    }

    /// Adds a node as the last child of `parent` and returns its index. The node is moved in, not
    /// copied: a copy would retain each of its strings and arrays, and the caller's release them.
    @discardableResult
    mutating func add(_ node: consuming Node, to parent: Int) -> Int {
        nodes.append(node)
        links.append(Links())
        let index = nodes.count - 1
        let last = links[parent].lastChild
        if last < 0 { links[parent].firstChild = index } else { links[last].nextSibling = index }
        links[parent].lastChild = index
        links[parent].childCount += 1
        return index
    }

    /// Appends a paragraph to the body of node `index`.
    mutating func addParagraph(_ paragraph: Paragraph, to index: Int) {
        nodes[index].body.append(paragraph)
    }

    /// The finished tree. The arena is used up: each node is moved into its section, not copied.
    mutating func build(lineCount: Int) -> Section {
        section(TreeBuilder.root, lines: LineRange(first: 1, last: max(1, lineCount)))
    }

    /// - Parameter lines: The lines the node covers, when not those of its contents (the root's).
    private mutating func section(_ index: Int, lines: LineRange? = nil) -> Section {
        var node = Node(kind: .document)
        swap(&node, &nodes[index])
        var children: [Section] = []
        // Most nodes are leaves: reserving room for none would still allocate a buffer.
        if links[index].childCount > 0 { children.reserveCapacity(links[index].childCount) }
        var child = links[index].firstChild
        while child >= 0 {
            children.append(section(child))
            child = links[child].nextSibling
        }
        var range: LineRange?
        func cover(_ other: LineRange) { range = range.map { $0.union(other) } ?? other }
        for span in node.headingSpans { cover(LineRange(first: span.line, last: span.line)) }
        for paragraph in node.body { cover(paragraph.lines) }
        for child in children { cover(child.lines) }
        return Section(
            kind: node.kind, label: node.label, ordinal: node.ordinal, title: node.title,
            headingLineSpans: node.headingSpans, body: node.body, children: children,
            lines: lines ?? range ?? LineRange(first: 0, last: 0))
    }
}
