import VietText
import ThiDuaIngest
import ThiDuaModel

/// A paragraph of the source: consecutive pieces that read as one unit, with its label if it has one.
///
/// A block names its pieces by their indices among the document's pieces (``BlockBuilder/blocks(from:)``),
/// which hold where each piece's text begins in the block's.
struct Block: Sendable {
    /// The indices of the pieces, in order.
    var pieces: Range<Int>
    /// The analysis text: the pieces' texts joined with single spaces.
    var text: String
    /// The label at the start, if any.
    var label: Label?

    /// Whether the block has a label. (Testing `label != nil` compares two optional labels, through
    /// generic code, since labels are `Equatable`.)
    var isLabeled: Bool {
        if case .some = label { return true }
        return false
    }

    /// The block of piece `index` of `pieces` alone.
    ///
    /// - Parameter label: The piece's label (``LabelScanner/scan(_:)``), if any.
    init(_ index: Int, of pieces: inout [Piece], label: Label?) {
        pieces[index].blockOffset = 0
        self.pieces = index..<(index + 1)
        text = pieces[index].string
        self.label = label
    }

    /// Adds piece `index` of `pieces`, the piece after the block's last, as the next line of the same
    /// paragraph.
    mutating func append(_ index: Int, of pieces: inout [Piece]) {
        assert(index == self.pieces.upperBound, "a block's pieces follow one another")
        self.pieces = self.pieces.lowerBound..<(index + 1)
        guard !pieces[index].text.isEmpty else {
            // A line of markup only: it belongs here, and adds no text.
            pieces[index].blockOffset = text.utf8.count
            return
        }
        if !text.isEmpty { text += " " }
        pieces[index].blockOffset = text.utf8.count
        text += pieces[index].string
    }

    /// Adds every piece of `other`, the block after this one, as when a page break cut one paragraph in two.
    mutating func append(contentsOf other: Block, of pieces: inout [Piece]) {
        for index in other.pieces { append(index, of: &pieces) }
    }

    /// The text after the label, without leading spaces, as a UTF-8 offset into ``text``.
    var textStartAfterLabel: Int {
        guard let label else { return 0 }
        var text = text
        return text.withUTF8 { utf8 in
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
    /// - Parameter pieces: The document's pieces, among which the block's are.
    func spans(from lower: Int, to upper: Int, in source: SourceText, pieces: [Piece]) -> [LineSpan] {
        source.utf8.withUnsafeBufferPointer { bytes in
            pieces.withUnsafeBufferPointer { spans(from: lower, to: upper, bytes: bytes, pieces: $0) }
        }
    }

    private func spans(from lower: Int, to upper: Int, bytes: UnsafeBufferPointer<UInt8>, pieces: UnsafeBufferPointer<Piece>) -> [LineSpan] {
        var result: [LineSpan] = []
        result.reserveCapacity(self.pieces.count)
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
            let rawStart = localStart == 0 ? piece.rawStart : piece.rawOffset(ofText: localStart, includeRemovalsAt: false)
            let rawEnd = localEnd == textCount ? piece.rawEnd : piece.rawOffset(ofText: localEnd, includeRemovalsAt: false)
            result.append(
                LineSpan(
                    line: piece.line, startColumn: piece.column(ofRaw: rawStart, in: bytes),
                    endColumn: piece.column(ofRaw: max(rawStart, rawEnd), in: bytes), textOffset: max(lower, pieceStart) - lower))
        }
        return result
    }

    /// The substring of ``text`` between two UTF-8 offsets.
    func text(from lower: Int, to upper: Int) -> String {
        // The whole text (most paragraphs) is shared, not copied.
        if lower == 0 && upper == text.utf8.count { return text }
        return text.slice(utf8: lower..<upper)
    }
}

/// Groups pieces into blocks and mends paragraphs that a page break cut in two.
enum BlockBuilder {
    /// The blocks of the document, in order, and its pieces, each with where its text begins in its
    /// block's.
    static func blocks(from pieces: [Piece]) -> (blocks: [Block], pieces: [Piece]) {
        var pieces = pieces
        var blocks: [Block] = []
        blocks.reserveCapacity(pieces.count)
        // The open block grows in a local of its own, not as the array's last element: reading that
        // element to test the next piece against it would copy it (and retain its parts) on every line.
        var open: Block?
        for index in pieces.indices {
            // Markup alone after a blank line stays with what came before.
            let isEmpty = pieces[index].text.isEmpty
            let label = isEmpty ? nil : LabelScanner.scan(pieces[index].text[...])
            if open != nil, isEmpty || !startsBlock(pieces[index], label: label, after: open!) {
                open!.append(index, of: &pieces)
            } else {
                if let finished = open.take() { blocks.append(finished) }
                open = Block(index, of: &pieces, label: label)
            }
        }
        if let finished = open.take() { blocks.append(finished) }
        repairPageBreaks(&blocks, pieces: &pieces)
        return (blocks, pieces)
    }

    /// Whether `piece`, whose label is `label`, begins a new block rather than continuing `block`.
    private static func startsBlock(_ piece: Piece, label: Label?, after block: Block) -> Bool {
        if piece.afterBlank || piece.isSplitTail { return true }
        if piece.text.isEmpty { return false }
        if case .some = label { return true }
        if BlockShape.startsOwnBlock(piece.text) { return true }
        // A document heading and a number line stand alone: what follows them is something else.
        if block.pieces.count == 1, BlockShape.isDocumentHeading(block.text) || block.text.startsWithBytes("Số:") {
            return true
        }
        if BlockShape.mayBePlaceAndDate(piece.text), BlockShape.isPlaceAndDate(String(decoding: piece.text, as: UTF8.self)) {
            return true
        }
        return false
    }

    /// Joins a block that ends without closing punctuation to the next when that one starts in
    /// lower case and has no label: one sentence cut by a page break.
    static func repairPageBreaks(_ blocks: inout [Block], pieces: inout [Piece]) {
        // In place: blocks kept move down over those joined to the block before them.
        // Read through the buffer, blocks are tested where they stand instead of copied out first.
        let kept = blocks.withUnsafeMutableBufferPointer { blocks in
            var kept = 0
            for index in blocks.indices {
                if kept > 0, continuesAcrossPageBreak(blocks[kept - 1], blocks[index]) {
                    blocks[kept - 1].append(contentsOf: blocks[index], of: &pieces)
                } else {
                    if kept != index { blocks.swapAt(kept, index) }
                    kept += 1
                }
            }
            return kept
        }
        blocks.removeSubrange(kept...)
    }

    private static func continuesAcrossPageBreak(_ previous: Block, _ next: Block) -> Bool {
        guard !next.isLabeled, !previous.text.isEmpty, TextShape.startsLowercase(next.text) else { return false }
        guard !TextShape.endsWithClosingPunctuation(previous.text) else { return false }
        // A short labelled heading (`1. Mục đích`) does not run on into the text below it.
        if previous.isLabeled && previous.text.utf8.count - previous.textStartAfterLabel < 80 { return false }
        return !BlockShape.isDocumentHeading(previous.text) && !TextShape.isAllCaps(previous.text)
    }
}
