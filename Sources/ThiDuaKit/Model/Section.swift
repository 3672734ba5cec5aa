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
    public var kind: SectionKind {
        get { box.fields.kind }
        set { update { $0.kind = newValue } }
    }
    /// The label as printed (`đ)`, `2.1.`, `IV.`, `-`, `Điều 1.`), or `nil`.
    public var label: String? {
        get { box.fields.label }
        set { update { $0.label = newValue } }
    }
    /// The position the label names in its numbering scheme (`đ)` → 5, `IV.` → 4), or `nil`.
    public var ordinal: Int? {
        get { box.fields.ordinal }
        set { update { $0.ordinal = newValue } }
    }
    /// The heading text after the label (up to a colon that introduces running text), or `nil`.
    public var title: String? {
        get { box.fields.title }
        set { update { $0.title = newValue } }
    }
    /// Where the label and title stand in the source.
    public var headingSpans: [LineSpan] {
        get { box.fields.headingSpans.array }
        set { update { $0.headingSpans = LineSpans(newValue) } }
    }
    /// The heading's spans as held: the one most headings have, without an array.
    package var headingLineSpans: LineSpans { box.fields.headingSpans }

    /// Calls `read` with the node's title, body and children as the node holds them, for a walk
    /// over a whole tree: each getter would hand out a copy (a retain, and a release after).
    package func withContents<Result>(_ read: (_ title: String?, _ body: [Paragraph], _ children: [Section]) -> Result) -> Result {
        read(box.fields.title, box.fields.body, box.fields.children)
    }
    /// The body paragraphs, in order.
    public var body: [Paragraph] {
        get { box.fields.body }
        set { update { $0.body = newValue } }
    }
    /// The child nodes, in order.
    public var children: [Section] {
        get { box.fields.children }
        set { update { $0.children = newValue } }
    }
    /// The lines the node and all its children cover.
    public var lines: LineRange {
        get { box.fields.lines }
        set { update { $0.lines = newValue } }
    }

    /// The stored fields of a node; their names are the keys of its JSON.
    private struct Fields: Hashable, Sendable, Codable {
        var kind: SectionKind
        var label: String?
        var ordinal: Int?
        var title: String?
        var headingSpans: LineSpans
        var body: [Paragraph]
        var children: [Section]
        var lines: LineRange
    }

    /// The fields, held once and shared by every copy of the node. Every stage reads the tree by
    /// value, walking it and keeping nodes; a copy field by field would retain each of the node's
    /// strings and arrays, a copy of the box retains the box alone. Nodes are built whole and
    /// seldom changed: a change makes a new box.
    private final class Box: Sendable {
        let fields: Fields

        init(_ fields: Fields) {
            self.fields = fields
        }
    }

    private var box: Box

    private mutating func update(_ change: (inout Fields) -> Void) {
        var fields = box.fields
        change(&fields)
        box = Box(fields)
    }

    /// Creates a node.
    public init(
        kind: SectionKind, label: String? = nil, ordinal: Int? = nil, title: String? = nil,
        headingSpans: [LineSpan] = [], body: [Paragraph] = [], children: [Section] = [], lines: LineRange
    ) {
        self.init(
            kind: kind, label: label, ordinal: ordinal, title: title, headingLineSpans: LineSpans(headingSpans), body: body,
            children: children, lines: lines)
    }

    package init(
        kind: SectionKind, label: String? = nil, ordinal: Int? = nil, title: String? = nil,
        headingLineSpans headingSpans: LineSpans, body: [Paragraph] = [], children: [Section] = [], lines: LineRange
    ) {
        box = Box(
            Fields(
                kind: kind, label: label, ordinal: ordinal, title: title, headingSpans: headingSpans, body: body,
                children: children, lines: lines))
    }

    public init(from decoder: any Decoder) throws {
        box = Box(try Fields(from: decoder))
    }

    public func encode(to encoder: any Encoder) throws {
        try box.fields.encode(to: encoder)
    }

    public static func == (lhs: Section, rhs: Section) -> Bool {
        lhs.box === rhs.box || lhs.box.fields == rhs.box.fields
    }

    public func hash(into hasher: inout Hasher) {
        box.fields.hash(into: &hasher)
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
