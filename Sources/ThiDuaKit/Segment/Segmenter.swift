import ThiDuaIngest
import ThiDuaModel
import VietText

/// Segments a document's text into its section tree: the second stage of the pipeline.
///
/// Segmentation is total: every non-blank piece of the text lands in exactly one node, whatever
/// the copy's mess. Parts (header, decision, plan, recipients, signature) come from the document's
/// layout; inside them, levels come from the numbering scheme (Roman, Arabic, decimal, lettered
/// in the Vietnamese alphabet, bullets), never from markdown `#` levels.
public struct Segmenter: Sendable {
    /// Creates a segmenter.
    public init() {}

    /// Segments `source`.
    ///
    /// - Parameter source: Normalised text from the ``Ingester``.
    /// - Returns: The document with its section tree.
    public func segment(_ source: SourceText) -> SegmentedDocument {
        let (pieces, pieceText, removals) = LineScanner.pieces(of: source)
        let (blocks, placedPieces) = BlockBuilder.blocks(from: pieces, pieceText: pieceText)
        // Nodes are about as many as blocks (a labelled block or a part's heading makes one, a part
        // without a heading one more): room for that many, so that the arena seldom grows.
        var state = Placement(source: source, pieces: placedPieces, pieceText: pieceText, removals: removals, blockCount: blocks.count)
        for block in blocks { state.place(block) }
        return SegmentedDocument(id: source.id, source: source.path, root: state.tree.build(lineCount: source.lineCount))
    }
}

/// Where blocks go: the state of a walk over the blocks of one document.
private struct Placement {
    enum Mode { case header, decision, plan, recipients, signature, afterSignature, text }

    /// An open node of the outline within the current part.
    struct Entry {
        var node: Int
        var rank: Int
        var bullet: BulletSymbol?
    }

    let source: SourceText
    /// The document's pieces, of which blocks are made.
    let pieces: [Piece]
    /// Their text.
    let pieceText: [UInt8]
    /// Their removals.
    let removals: [Piece.Removal]
    var tree: TreeBuilder
    var mode = Mode.header
    var part: Int?
    var stack: [Entry] = []
    var expectSubject = false
    var sawLabel = false
    var closing: Int?
    var signatureHasTitle = false

    init(source: SourceText, pieces: [Piece], pieceText: [UInt8], removals: [Piece.Removal], blockCount: Int) {
        self.source = source
        self.pieces = pieces
        self.pieceText = pieceText
        self.removals = removals
        tree = TreeBuilder(capacity: blockCount)
    }

    mutating func place(_ block: Block) {
        let shape = BlockShape.of(block, in: pieceText)
        switch mode {
        case .header: placeInHeader(block, shape)
        case .decision, .plan: placeInBody(block, shape)
        case .recipients: placeInRecipients(block, shape)
        case .signature: placeInSignature(block, shape)
        case .afterSignature, .text: placeBetweenParts(block, shape)
        }
    }

    // MARK: - Modes

    private mutating func placeInHeader(_ block: Block, _ shape: BlockShape) {
        if startPart(block, shape) { return }
        if part == nil { openPart(.header) }
        switch shape {
        case .labeled: placeInImplicitPart(block)
        case .number: addParagraph(block, role: .number)
        case .placeAndDate: addParagraph(block, role: .placeAndDate)
        case .motto: addParagraph(block, role: .motto)
        case .allCaps, .signerTitle: addParagraph(block, role: .issuer)
        case .legalBasis: addParagraph(block, role: .legalBasis)
        default: addParagraph(block, role: .text)
        }
    }

    private mutating func placeInBody(_ block: Block, _ shape: BlockShape) {
        if startPart(block, shape) { return }
        let isDecision = mode == .decision
        switch shape {
        case .labeled:
            placeLabeled(block)
            return
        case .signerTitle where sawLabel:
            openPart(.signature)
            addParagraph(block, role: .signerTitle)
            mode = .signature
            signatureHasTitle = true
            return
        case .closing where sawLabel && !isDecision:
            let node = closing ?? tree.add(TreeBuilder.Node(kind: .closing), to: part ?? TreeBuilder.root)
            closing = node
            addParagraph(block, role: .text, to: node)
            return
        default:
            break
        }
        if sawLabel {
            addParagraph(block, role: .text, to: closing ?? top)
            return
        }
        // Before the first label: the part's own paragraphs.
        let role: ParagraphRole
        switch shape {
        case .enactment: role = .enactment
        case .attachment: role = .attachment
        case .legalBasis: role = .legalBasis
        case .proposal: role = .proposal
        case .allCaps, .signerTitle: role = isDecision ? .authority : (expectSubject ? .subject : .text)
        default: role = expectSubject ? .subject : .text
        }
        if shape != .allCaps || !isDecision { expectSubject = false }
        if role == .subject { expectSubject = false }
        addParagraph(block, role: role)
    }

    private mutating func placeInRecipients(_ block: Block, _ shape: BlockShape) {
        if startPart(block, shape) { return }
        switch shape {
        case .labeled:
            placeLabeled(block)
        case .allCaps, .signerTitle:
            openPart(.signature)
            addParagraph(block, role: .signerTitle)
            mode = .signature
            signatureHasTitle = true
        case .personName:
            openPart(.signature)
            addParagraph(block, role: .signerName)
            mode = .afterSignature
        default:
            addParagraph(block, role: .text, to: top)
        }
    }

    private mutating func placeInSignature(_ block: Block, _ shape: BlockShape) {
        switch shape {
        case .capacity, .signerTitle, .allCaps:
            addParagraph(block, role: .signerTitle)
            signatureHasTitle = true
        case .personName:
            addParagraph(block, role: .signerName)
            mode = .afterSignature
        default:
            mode = .afterSignature
            place(block)
        }
    }

    private mutating func placeBetweenParts(_ block: Block, _ shape: BlockShape) {
        if startPart(block, shape) { return }
        switch shape {
        case .number, .placeAndDate, .motto, .allCaps, .signerTitle:
            openPart(.header)
            mode = .header
            placeInHeader(block, shape)
        case .labeled:
            placeInImplicitPart(block)
        default:
            if mode != .text {
                openPart(.text)
                mode = .text
            }
            addParagraph(block, role: .text, to: top)
        }
    }

    // MARK: - Parts

    /// Opens a part when the block starts one; returns whether it did.
    private mutating func startPart(_ block: Block, _ shape: BlockShape) -> Bool {
        switch shape {
        case .decisionHeading:
            openPart(.decision, heading: block)
            mode = .decision
            expectSubject = true
        case .planHeading:
            openPart(.plan, heading: block)
            mode = .plan
            expectSubject = true
        case .recipientsHeading:
            openPart(.recipients, heading: block)
            mode = .recipients
        case .capacity:
            openPart(.signature)
            addParagraph(block, role: .signerTitle)
            mode = .signature
            signatureHasTitle = true
        default:
            return false
        }
        return true
    }

    /// Numbered text with no heading before it: a decision when it has articles, else a plan.
    private mutating func placeInImplicitPart(_ block: Block) {
        let isArticle = block.label?.scheme == .article
        openPart(isArticle ? .decision : .plan)
        mode = isArticle ? .decision : .plan
        placeLabeled(block)
    }

    private mutating func openPart(_ kind: SectionKind, heading: Block? = nil) {
        var node = TreeBuilder.Node(kind: kind)
        if let heading {
            node.title = heading.text(in: pieceText)
            node.headingSpans = spans(of: heading, from: 0, to: heading.textCount)
        }
        let index = tree.add(node, to: TreeBuilder.root)
        part = index
        stack = [Entry(node: index, rank: -1, bullet: nil)]
        expectSubject = false
        sawLabel = false
        closing = nil
        signatureHasTitle = false
    }

    // MARK: - Outline

    /// The deepest open node of the current part.
    private var top: Int { stack.last?.node ?? part ?? TreeBuilder.root }

    /// Places a labelled block in the outline: numbered labels by the rank of their scheme, bullets
    /// by the order in which their symbols first appear under the nearest numbered node.
    private mutating func placeLabeled(_ block: Block) {
        guard let label = block.label else { return }
        if part == nil { openPart(.plan) }
        sawLabel = true
        closing = nil
        var bullet: BulletSymbol?
        if case .bullet(let symbol) = label.scheme {
            bullet = symbol
            var index = stack.count - 1
            while index > 0, let open = stack[index].bullet {
                if open == symbol {
                    stack.removeSubrange(index...)
                    break
                }
                index -= 1
            }
        } else {
            while stack.count > 1, let last = stack.last, last.rank >= label.scheme.rank { stack.removeLast() }
        }
        let node = tree.add(labeledNode(block, label), to: top)
        stack.append(Entry(node: node, rank: label.scheme.rank, bullet: bullet))
    }

    /// The node of a labelled block: the label, a title when the text after it reads as a heading
    /// (or up to a colon that introduces running text), and the rest as its first body paragraph.
    private func labeledNode(_ block: Block, _ label: Label) -> TreeBuilder.Node {
        let end = block.textCount
        let textStart = block.textStartAfterLabel(in: pieceText)
        // What the text after the label is, read from its bytes; the node is made once its parts
        // are, in one go: filled in field by field, it would be copied on its way out.
        let layout = textStart < end ? block.withText(in: pieceText) { utf8 -> LabeledLayout in
            if let colon = leadColon(utf8, from: textStart) {
                var bodyStart = colon + 1
                while bodyStart < end && utf8[bodyStart] == 0x20 { bodyStart += 1 }
                return .leadIn(colon: colon, bodyStart: bodyStart)
            }
            return readsAsRunningText(utf8, from: textStart) ? .runningText : .heading
        } : .labelOnly
        var title: String?
        let headingSpans: LineSpans
        var body: [Paragraph] = []
        switch layout {
        case .leadIn(let colon, let bodyStart):
            title = block.text(from: textStart, to: colon, in: pieceText)
            headingSpans = spans(of: block, from: 0, to: colon + 1)
            if bodyStart < end {
                body.append(paragraph(block, from: bodyStart, to: end, role: .text))
            }
        case .runningText:
            headingSpans = spans(of: block, from: 0, to: label.length)
            body.append(paragraph(block, from: textStart, to: end, role: .text))
        case .heading:
            title = block.text(from: textStart, to: end, in: pieceText)
            headingSpans = spans(of: block, from: 0, to: end)
        case .labelOnly:
            headingSpans = spans(of: block, from: 0, to: end)
        }
        return TreeBuilder.Node(
            kind: kind(of: label.scheme), label: block.text(from: 0, to: label.length, in: pieceText), ordinal: label.ordinal,
            title: title, headingSpans: headingSpans, body: body)
    }

    /// How the text after a label reads.
    private enum LabeledLayout {
        /// A lead-in up to a colon, a title, then running text from `bodyStart` (UTF-8 offsets).
        case leadIn(colon: Int, bodyStart: Int)
        /// A sentence: the body, with no title.
        case runningText
        /// A heading: the title.
        case heading
        /// Nothing after the label.
        case labelOnly
    }

    /// The offset of a colon that ends a short lead-in (`Tập thể:`, `Khen thưởng đột xuất:`).
    private func leadColon(_ utf8: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        let limit = min(utf8.count, start + 160)
        // Most blocks have no colon near their start, and then no lead-in: one search says so.
        guard start < limit, ByteScan.firstIndex(of: UInt8(ascii: ":"), in: UnsafeBufferPointer(rebasing: utf8[start..<limit]), from: 0) != nil
        else { return nil }
        while index < limit {
            switch utf8[index] {
            case UInt8(ascii: ":"):
                let next = index + 1
                guard next == utf8.count || utf8[next] == 0x20 else { return nil }
                return index > start ? index : nil
            case UInt8(ascii: ";"):
                return nil
            case UInt8(ascii: ".") where index + 1 < utf8.count && utf8[index + 1] == 0x20:
                return nil
            default:
                index += 1
            }
        }
        return nil
    }

    /// Whether the text after a label is a sentence rather than a heading.
    private func readsAsRunningText(_ utf8: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        guard let last = utf8.last else { return false }
        if utf8.count - start > 240 { return true }
        return last == UInt8(ascii: ".") || last == UInt8(ascii: ";") || last == UInt8(ascii: ",")
    }

    private func kind(of scheme: LabelScheme) -> SectionKind {
        switch scheme {
        case .article: return .article
        case .roman: return .part
        case .arabic: return .clause
        case .decimal: return .subclause
        case .letter: return .point
        case .bullet: return .bullet
        }
    }

    // MARK: - Paragraphs

    private func paragraph(_ block: Block, from lower: Int, to upper: Int, role: ParagraphRole) -> Paragraph {
        Paragraph(role: role, text: block.text(from: lower, to: upper, in: pieceText), lineSpans: spans(of: block, from: lower, to: upper))
    }

    /// Where the part of `block` between two UTF-8 offsets of its text stands in the source.
    private func spans(of block: Block, from lower: Int, to upper: Int) -> LineSpans {
        block.spans(from: lower, to: upper, in: source, pieces: pieces, removals: removals)
    }

    private mutating func addParagraph(_ block: Block, role: ParagraphRole, to node: Int? = nil) {
        let target = node ?? part ?? TreeBuilder.root
        tree.addParagraph(paragraph(block, from: 0, to: block.textCount, role: role), to: target)
    }
}
