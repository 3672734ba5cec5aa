/// What a node of the section tree is.
public enum SectionKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// The whole document: the root.
    case document
    /// The header: issuer, number, place and date, national motto.
    case header
    /// The decision (*Quyết định*): subject, legal bases, proposal, articles.
    case decision
    /// The plan (*Kế hoạch*): title, attachment line, preamble, numbered parts.
    case plan
    /// The recipients (*Nơi nhận*).
    case recipients
    /// The signature block: capacity (`TM.`, `KT.`), title, name.
    case signature
    /// Text outside any recognised part.
    case text
    /// The closing paragraphs of a plan (*Trên đây là Kế hoạch ...*, *Yêu cầu ...*).
    case closing
    /// An article of a decision (*Điều 1.*).
    case article
    /// A part with a Roman numeral (*I.*, *II.*).
    case part
    /// A clause with an Arabic numeral (*1.*), the *khoản* of Vietnamese drafting.
    case clause
    /// A sub-clause with a decimal number (*2.1.*).
    case subclause
    /// A lettered point in the Vietnamese alphabet (*a)*, *đ)*), the *điểm* of Vietnamese drafting.
    case point
    /// A bullet (`-`, `+`, `•`).
    case bullet

    /// Whether this kind is one of the document's top-level parts.
    public var isDocumentPart: Bool {
        switch self {
        case .header, .decision, .plan, .recipients, .signature, .text: return true
        default: return false
        }
    }
}

/// A node of the section tree: an immutable value with its children.
///
/// Every non-blank piece of the source belongs to exactly one node: to its heading (label and
/// title) or to one of its body paragraphs. Duplicated labels stay separate nodes.
public struct Section: Hashable, Sendable, Codable {
    /// What the node is.
    public var kind: SectionKind
    /// The label as printed (`đ)`, `2.1.`, `IV.`, `-`, `Điều 1.`), or `nil`.
    public var label: String?
    /// The position the label names in its numbering scheme (`đ)` → 5, `IV.` → 4), or `nil`.
    public var ordinal: Int?
    /// The heading text after the label (up to a colon that introduces running text), or `nil`.
    public var title: String?
    /// Where the label and title stand in the source.
    public var headingSpans: [LineSpan]
    /// The body paragraphs, in order.
    public var body: [Paragraph]
    /// The child nodes, in order.
    public var children: [Section]
    /// The lines the node and all its children cover.
    public var lines: LineRange

    /// Creates a node.
    public init(
        kind: SectionKind, label: String? = nil, ordinal: Int? = nil, title: String? = nil,
        headingSpans: [LineSpan] = [], body: [Paragraph] = [], children: [Section] = [], lines: LineRange
    ) {
        self.kind = kind
        self.label = label
        self.ordinal = ordinal
        self.title = title
        self.headingSpans = headingSpans
        self.body = body
        self.children = children
        self.lines = lines
    }

    /// The first child with `label` (as printed, e.g. `"II."`), or `nil`.
    public func child(labeled label: String) -> Section? {
        children.first { $0.label == label }
    }

    /// The children of `kind`.
    public func children(of kind: SectionKind) -> [Section] {
        children.filter { $0.kind == kind }
    }

    /// The title, or else the start of the first body paragraph: what a reader sees first.
    public var headline: String {
        title ?? body.first?.text ?? ""
    }
}
