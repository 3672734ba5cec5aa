import VietText
import ThiDuaIngest
import ThiDuaModel

/// A paragraph of the source: consecutive pieces that read as one unit, with its label if it has one.
///
/// A block names its pieces by their indices among the document's pieces
/// (``BlockBuilder/blocks(from:pieceText:)``), which hold where each piece's text begins in the block's.
struct Block: Sendable {
    /// The indices of the pieces, in order.
    var pieces: Range<Int>
    /// The label at the start, if any.
    var label: Label?
    /// Where the first piece's text lies in the document's piece text.
    private var firstPieceText: Range<Int>
    /// The analysis text (the pieces' texts joined with single spaces) as a string, once one is made:
    /// for a block of several pieces, or one read whole. A block of one piece (most) reads its piece's
    /// bytes until then, and a labelled one is cut into label, title and body from them: no string
    /// is made of its whole text.
    private var madeText: String?

    /// Whether the block has a label. (Testing `label != nil` compares two optional labels, through
    /// generic code, since labels are `Equatable`.)
    var isLabeled: Bool {
        if case .some = label { return true }
        return false
    }

    /// The block of piece `index` of `pieces` alone. The piece's text begins the block's: its
    /// ``Piece/blockOffset`` is 0, as a piece's is until it is appended to a block.
    ///
    /// - Parameters:
    ///   - label: The piece's label (``LabelScanner/scan(_:)``), if any.
    init(_ index: Int, of pieces: [Piece], label: Label?) {
        assert(pieces[index].blockOffset == 0, "a piece that begins a block has not been appended to one")
        self.pieces = index..<(index + 1)
        firstPieceText = pieces[index].text
        self.label = label
    }

    /// The UTF-8 length of the analysis text.
    var textCount: Int { madeText?.utf8.count ?? firstPieceText.count }

    /// Calls `body` with the analysis text's bytes.
    ///
    /// - Parameter pieceText: The text of the document's pieces (``LineScanner/pieces(of:)``).
    func withText<Result>(in pieceText: [UInt8], _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if var text = madeText { return text.withUTF8(body) }
        return pieceText.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[firstPieceText])) }
    }

    /// The analysis text.
    func text(in pieceText: [UInt8]) -> String {
        madeText ?? String(validUTF8: pieceText[firstPieceText])
    }

    /// The analysis text between two UTF-8 offsets.
    func text(from lower: Int, to upper: Int, in pieceText: [UInt8]) -> String {
        // A text made whole (most unlabelled blocks) is shared, not copied.
        if let madeText, lower == 0 && upper == madeText.utf8.count { return madeText }
        return withText(in: pieceText) { String(validUTF8: UnsafeBufferPointer(rebasing: $0[lower..<upper])) }
    }

    /// Makes the text a string, for a block read whole: what is read of it after shares that string.
    mutating func makeText(in pieceText: [UInt8]) {
        if madeText == nil { madeText = String(validUTF8: pieceText[firstPieceText]) }
    }

    /// Adds piece `index` of `pieces`, the piece after the block's last, as the next line of the same
    /// paragraph.
    mutating func append(_ index: Int, of pieces: inout [Piece], pieceText: [UInt8]) {
        assert(index == self.pieces.upperBound, "a block's pieces follow one another")
        self.pieces = self.pieces.lowerBound..<(index + 1)
        guard !pieces[index].text.isEmpty else {
            // A line of markup only: it belongs here, and adds no text.
            pieces[index].blockOffset = textCount
            return
        }
        var text = text(in: pieceText)
        madeText = nil
        if !text.isEmpty { text += " " }
        pieces[index].blockOffset = text.utf8.count
        text += String(validUTF8: pieceText[pieces[index].text])
        madeText = text
    }

    /// Adds the pieces `indices` of `pieces`, those of the block after this one, as when a page break
    /// cut one paragraph in two.
    mutating func append(piecesOf indices: Range<Int>, from pieces: inout [Piece], pieceText: [UInt8]) {
        for index in indices { append(index, of: &pieces, pieceText: pieceText) }
    }

    /// The text after the label, without leading spaces, as a UTF-8 offset into the analysis text.
    func textStartAfterLabel(in pieceText: [UInt8]) -> Int {
        guard case .some(let label) = label else { return 0 }
        return withText(in: pieceText) { utf8 in
            var start = label.length
            while start < utf8.count && utf8[start] == 0x20 { start += 1 }
            return start
        }
    }

    /// The source spans of the text between UTF-8 offsets `lower` and `upper` of ``text``.
    ///
    /// Each span's `textOffset` is relative to `lower`, so the spans fit a paragraph whose text is
    /// exactly that range.
    ///
    /// - Parameters:
    ///   - pieces: The document's pieces, among which the block's are.
    ///   - removals: The removals of the document's pieces.
    func spans(from lower: Int, to upper: Int, in source: SourceText, pieces: [Piece], removals: [Piece.Removal]) -> LineSpans {
        source.utf8.withUnsafeBufferPointer { bytes in
            pieces.withUnsafeBufferPointer { spans(from: lower, to: upper, bytes: bytes, pieces: $0, removals: removals) }
        }
    }

    private func spans(
        from lower: Int, to upper: Int, bytes: UnsafeBufferPointer<UInt8>, pieces: UnsafeBufferPointer<Piece>, removals: [Piece.Removal]
    ) -> LineSpans {
        var result = LineSpans()
        for index in self.pieces {
            let pieceStart = pieces[index].blockOffset
            let textCount = pieces[index].text.count
            let pieceEnd = pieceStart + textCount
            // An empty (markup-only) piece goes with the range that holds its position.
            if textCount == 0 {
                guard pieceStart >= lower && pieceStart <= upper else { continue }
            } else {
                guard pieceEnd > lower && pieceStart < upper else { continue }
            }
            let localStart = max(lower, pieceStart) - pieceStart
            let localEnd = min(upper, pieceEnd) - pieceStart
            let piece = pieces[index]
            let rawStart = localStart == 0 ? piece.rawStart : piece.rawOffset(ofText: localStart, includeRemovalsAt: false, in: removals)
            let rawEnd = localEnd == textCount ? piece.rawEnd : piece.rawOffset(ofText: localEnd, includeRemovalsAt: false, in: removals)
            result.append(
                LineSpan(
                    line: piece.line, startColumn: piece.column(ofRaw: rawStart, in: bytes),
                    endColumn: piece.column(ofRaw: max(rawStart, rawEnd), in: bytes), textOffset: max(lower, pieceStart) - lower))
        }
        return result
    }

}

/// Groups pieces into blocks and mends paragraphs that a page break cut in two.
enum BlockBuilder {
    /// The blocks of the document, in order, and its pieces, each with where its text begins in its
    /// block's.
    ///
    /// - Parameters:
    ///   - pieces: The document's pieces (``LineScanner/pieces(of:)``).
    ///   - pieceText: Their text.
    static func blocks(from pieces: [Piece], pieceText: [UInt8]) -> (blocks: [Block], pieces: [Piece]) {
        var pieces = pieces
        var blocks: [Block] = []
        blocks.reserveCapacity(pieces.count)
        // The open block is the last. Blocks and pieces are named by index and read field by field
        // where they stand: a block or a piece passed or bound whole would be copied out of its array
        // (its strings and arrays retained, and released after) on every line.
        for index in pieces.indices {
            // Markup alone after a blank line stays with what came before.
            let isEmpty = pieces[index].text.isEmpty
            let label = isEmpty ? nil : LabelScanner.scan(pieceText[pieces[index].text])
            if !blocks.isEmpty, isEmpty || !startsBlock(index, of: pieces, pieceText: pieceText, label: label, afterLastOf: blocks) {
                blocks[blocks.count - 1].append(index, of: &pieces, pieceText: pieceText)
            } else {
                blocks.append(Block(index, of: pieces, label: label))
            }
        }
        repairPageBreaks(&blocks, pieces: &pieces, pieceText: pieceText)
        // A block without a label is read whole: its text is made a string once, here, for its shape
        // and its paragraph. A labelled one is cut into label, title and body from its bytes.
        for index in blocks.indices where !blocks[index].isLabeled { blocks[index].makeText(in: pieceText) }
        return (blocks, pieces)
    }

    /// Whether piece `index` of `pieces`, whose label is `label`, begins a new block rather than
    /// continuing the last of `blocks`.
    private static func startsBlock(
        _ index: Int, of pieces: [Piece], pieceText: [UInt8], label: Label?, afterLastOf blocks: [Block]
    ) -> Bool {
        if pieces[index].afterBlank || pieces[index].isSplitTail { return true }
        let text = pieceText[pieces[index].text]
        if text.isEmpty { return false }
        if case .some = label { return true }
        if BlockShape.startsOwnBlock(text) { return true }
        // A document heading and a number line stand alone: what follows them is something else.
        if blocks[blocks.count - 1].pieces.count == 1, blocks[blocks.count - 1].withText(in: pieceText, BlockShape.standsAlone) {
            return true
        }
        if BlockShape.mayBePlaceAndDate(text), BlockShape.isPlaceAndDate(String(decoding: text, as: UTF8.self)) {
            return true
        }
        return false
    }

    /// Joins a block that ends without closing punctuation to the next when that one starts in
    /// lower case and has no label: one sentence cut by a page break.
    static func repairPageBreaks(_ blocks: inout [Block], pieces: inout [Piece], pieceText: [UInt8]) {
        // In place: blocks kept move down over those joined to the block before them. Blocks are named
        // by index and read field by field where they stand: passed whole, they would be copied.
        let kept = blocks.withUnsafeMutableBufferPointer { blocks in
            var kept = 0
            for index in blocks.indices {
                if kept > 0, continuesAcrossPageBreak(blocks, kept - 1, into: index, pieceText: pieceText) {
                    blocks[kept - 1].append(piecesOf: blocks[index].pieces, from: &pieces, pieceText: pieceText)
                } else {
                    if kept != index { blocks.swapAt(kept, index) }
                    kept += 1
                }
            }
            return kept
        }
        blocks.removeSubrange(kept...)
    }

    /// Whether block `next` of `blocks` continues block `previous`.
    private static func continuesAcrossPageBreak(
        _ blocks: UnsafeMutableBufferPointer<Block>, _ previous: Int, into next: Int, pieceText: [UInt8]
    ) -> Bool {
        guard !blocks[next].isLabeled, blocks[next].withText(in: pieceText, TextShape.startsLowercase) else { return false }
        let text = blocks[previous].text(in: pieceText)
        guard !text.isEmpty, !TextShape.endsWithClosingPunctuation(text) else { return false }
        // A short labelled heading (`1. Mục đích`) does not run on into the text below it.
        if blocks[previous].isLabeled && text.utf8.count - blocks[previous].textStartAfterLabel(in: pieceText) < 80 { return false }
        return !BlockShape.isDocumentHeading(text) && !TextShape.isAllCaps(text)
    }
}
