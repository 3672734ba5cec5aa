/// A document as the segmenter leaves it: where it came from and its section tree.
public struct SegmentedDocument: Hashable, Sendable, Codable {
    /// The document's id: its file name without the extension.
    public var id: String
    /// The path as the user gave it.
    public var source: String
    /// The root of the tree (kind ``SectionKind/document``).
    public var root: Section

    /// Creates a segmented document.
    public init(id: String, source: String, root: Section) {
        self.id = id
        self.source = source
        self.root = root
    }

    /// The top-level parts of the document, in order.
    public var parts: [Section] { root.children }

    /// The first part of `kind`, or `nil`.
    public func part(_ kind: SectionKind) -> Section? {
        root.children.first { $0.kind == kind }
    }

    /// Whether the tree shows any structure a plan has: a document heading, a decision or plan part
    /// with content, or numbered sections. A tree without any is not a document ThiDua can read.
    public var hasRecognisableStructure: Bool {
        let found = root.first { node in
            switch node.kind {
            case .decision, .plan: return node.title != nil || !node.children.isEmpty
            case .part, .clause, .subclause, .point, .article: return true
            default: return false
            }
        }
        if case .some = found { return true }
        return false
    }
}
