import VietText
import ThiDuaIngest
/// A non-blank run of one source line, with its analysis text.
///
/// Usually a piece is a whole line. A line that carries two things glued together
/// (`I. MỤC ĐÍCH, YÊU CẦU**1. Mục đích`) is split into two pieces, each of which belongs to
/// exactly one node of the tree.
struct Piece: Sendable {
    /// Raw bytes removed from the analysis text just before analysis offset `at`.
    struct Removal: Sendable {
        var at: Int
        var count: Int
        var isBoldMarker: Bool
    }

    /// The 1-based source line.
    var line: Int
    /// Byte offset in the source of the first raw byte of the piece.
    var rawStart: Int
    /// Byte offset in the source just past the last raw byte of the piece (trailing spaces excluded).
    var rawEnd: Int
    /// The 1-based column, in Unicode scalars, at which `rawStart` stands on its line.
    var startColumn: Int
    /// The Unicode scalars from `rawStart` to `rawEnd`: counted once, as most spans cover the whole piece.
    var scalarCount: Int
    /// Where the analysis bytes (markdown residue removed, spaces collapsed, trimmed) lie in the text
    /// of the document's pieces (``LineScanner/pieces(of:)``), which holds every piece's one after
    /// another: one buffer for the document, not one a line.
    ///
    /// They are the source's, which were validated when the file was decoded, less ASCII markup (and
    /// a list item's `*` read as `-`): still valid UTF-8, so strings are made of them without
    /// validating them again.
    var text: Range<Int>
    /// Where raw bytes were removed, in order of `at`: a range of the removals of the document's
    /// pieces (``LineScanner/pieces(of:)``), which holds every piece's one after another. Most pieces
    /// have none, and a piece holds nothing to retain or release when it is copied.
    var removals: Range<Int>
    /// Whether a blank line (or the start of the file) comes before this piece.
    var afterBlank: Bool = false
    /// Whether this piece was cut from the line before it and so starts a new block.
    var isSplitTail: Bool = false
    /// The UTF-8 offset in the text of the block that holds the piece at which the piece's text begins.
    var blockOffset = 0

    /// The raw byte offset that corresponds to analysis offset `offset`.
    ///
    /// - Parameters:
    ///   - includeRemovalsAt: Whether raw bytes removed exactly at `offset` come before it.
    ///   - allRemovals: The removals of the document's pieces, which hold this one's.
    func rawOffset(ofText offset: Int, includeRemovalsAt: Bool, in allRemovals: [Removal]) -> Int {
        var raw = rawStart + offset
        for removal in allRemovals[removals] {
            if removal.at < offset || (includeRemovalsAt && removal.at == offset) {
                raw += removal.count
            } else {
                break
            }
        }
        return min(raw, rawEnd)
    }

    /// The 1-based column of raw byte offset `offset`, which lies within the piece.
    func column(ofRaw offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        if offset == rawStart { return startColumn }
        if offset == rawEnd { return startColumn + scalarCount }
        return startColumn + ByteScan.scalarCount(in: UnsafeBufferPointer(rebasing: bytes[rawStart..<offset]))
    }

    /// Splits the piece at analysis offset `offset`; raw bytes removed at `offset` go to the right part.
    ///
    /// - Parameters:
    ///   - pieceText: The text of the document's pieces, which holds this one's.
    ///   - allRemovals: The removals of the document's pieces, which hold this one's: each part's are
    ///     added at the end.
    func split(
        at offset: Int, in bytes: UnsafeBufferPointer<UInt8>, pieceText: [UInt8], removals allRemovals: inout [Removal]
    ) -> (Piece, Piece) {
        var leftEnd = offset
        while leftEnd > 0 && pieceText[text.lowerBound + leftEnd - 1] == 0x20 { leftEnd -= 1 }
        var rightStart = offset
        while rightStart < text.count && pieceText[text.lowerBound + rightStart] == 0x20 { rightStart += 1 }
        var left = self
        left.text = text.lowerBound..<(text.lowerBound + leftEnd)
        left.rawEnd = rawOffset(ofText: leftEnd, includeRemovalsAt: false, in: allRemovals)
        left.scalarCount = column(ofRaw: left.rawEnd, in: bytes) - startColumn
        var right = self
        right.rawStart = rawOffset(ofText: offset, includeRemovalsAt: false, in: allRemovals)
        right.startColumn = column(ofRaw: right.rawStart, in: bytes)
        right.scalarCount = startColumn + scalarCount - right.startColumn
        right.text = (text.lowerBound + rightStart)..<text.upperBound
        let leftStart = allRemovals.count
        for index in removals where allRemovals[index].at < offset {
            let removal = allRemovals[index]
            allRemovals.append(Removal(at: min(removal.at, leftEnd), count: removal.count, isBoldMarker: removal.isBoldMarker))
        }
        left.removals = leftStart..<allRemovals.count
        let rightStartIndex = allRemovals.count
        if rightStart > offset {
            // Spaces skipped at the start of the right part count as removed there.
            allRemovals.append(Removal(at: 0, count: rightStart - offset, isBoldMarker: false))
        }
        for index in removals where allRemovals[index].at >= offset {
            let removal = allRemovals[index]
            allRemovals.append(Removal(at: max(0, removal.at - rightStart), count: removal.count, isBoldMarker: removal.isBoldMarker))
        }
        right.removals = rightStartIndex..<allRemovals.count
        right.afterBlank = false
        right.isSplitTail = true
        return (left, right)
    }
}

/// Turns source lines into pieces: markdown residue removed, glued headings split.
enum LineScanner {
    /// The pieces of every non-blank line, in order; their text: each piece's analysis bytes, one
    /// after another; and their removals, likewise.
    static func pieces(of source: SourceText) -> (pieces: [Piece], text: [UInt8], removals: [Piece.Removal]) {
        var result: [Piece] = []
        result.reserveCapacity(source.lineCount)
        // Analysis bytes are never more than a line's.
        var text: [UInt8] = []
        text.reserveCapacity(source.utf8.count)
        var removals: [Piece.Removal] = []
        var sawBlank = true
        source.utf8.withUnsafeBufferPointer { bytes in
            var marks = MarkupMarks(bytes)
            for line in 1...max(1, source.lineCount) where line <= source.lineCount {
                let range = source.byteRange(ofLine: line)
                guard let trimmed = trimmedSpaces(bytes, range) else {
                    sawBlank = true
                    continue
                }
                let piece = clean(
                    bytes, trimmed, of: range, line: line, afterBlank: sawBlank, asWritten: !marks.any(in: trimmed), into: &text,
                    removals: &removals)
                appendSplitting(piece, bytes, pieceText: text, removals: &removals, to: &result)
                sawBlank = false
            }
        }
        return (result, text, removals)
    }

    /// The bytes of the line at `range` without leading and trailing spaces, or `nil` for a line of
    /// spaces only.
    private static func trimmedSpaces(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int>? {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end && bytes[start] == 0x20 { start += 1 }
        while end > start && bytes[end - 1] == 0x20 { end -= 1 }
        return start < end ? start..<end : nil
    }

    /// Cleans one line: strips a heading marker, `*` runs and `\` escapes, collapses spaces.
    ///
    /// A line of markup only gives a piece with empty text.
    ///
    /// - Parameters:
    ///   - trimmed: The line's bytes without leading and trailing spaces (``trimmedSpaces(_:_:)``): not empty.
    ///   - range: The whole line's bytes.
    ///   - afterBlank: Whether a blank line (or the start of the file) comes before the line.
    ///   - asWritten: Whether the trimmed line holds no `*`, no `\\` and no doubled space
    ///     (``MarkupMarks``): most lines, which need no cleaning.
    ///   - pieceText: The text of the pieces so far, to which the piece's analysis bytes are appended.
    ///   - allRemovals: The removals of the pieces so far, to which the piece's are appended.
    static func clean(
        _ bytes: UnsafeBufferPointer<UInt8>, _ trimmed: Range<Int>, of range: Range<Int>, line: Int, afterBlank: Bool,
        asWritten: Bool, into pieceText: inout [UInt8], removals allRemovals: inout [Piece.Removal]
    ) -> Piece {
        let (start, end) = (trimmed.lowerBound, trimmed.upperBound)
        // Only spaces come before `start` on the line: one column each.
        let startColumn = 1 + start - range.lowerBound
        let raw = UnsafeBufferPointer(rebasing: bytes[start..<end])
        let scalarCount = ByteScan.scalarCount(in: raw)
        let textStart = pieceText.count
        if bytes[start] != UInt8(ascii: "#"), asWritten {
            pieceText.append(contentsOf: raw)
            return Piece(
                line: line, rawStart: start, rawEnd: end, startColumn: startColumn, scalarCount: scalarCount,
                text: textStart..<pieceText.count, removals: allRemovals.count..<allRemovals.count, afterBlank: afterBlank)
        }
        // The piece's analysis bytes are appended to the pieces' text; offsets are from their start.
        var length: Int { pieceText.count - textStart }
        var endsWithSpace: Bool { length > 0 && pieceText[pieceText.count - 1] == 0x20 }
        let removalStart = allRemovals.count
        // Adds a removal; one that is not a bold marker at the same offset as the one before (also
        // not) adds to it.
        func remove(at offset: Int, count: Int, isBoldMarker: Bool) {
            if allRemovals.count > removalStart, let last = allRemovals.last, last.at == offset, !last.isBoldMarker, !isBoldMarker {
                allRemovals[allRemovals.count - 1].count += count
            } else {
                allRemovals.append(Piece.Removal(at: offset, count: count, isBoldMarker: isBoldMarker))
            }
        }
        var i = start
        // A heading marker: one to six `#` and a space.
        var hashes = 0
        while i + hashes < end && bytes[i + hashes] == UInt8(ascii: "#") { hashes += 1 }
        if hashes >= 1 && hashes <= 6 && (i + hashes == end || bytes[i + hashes] == 0x20) {
            var skip = hashes
            while i + skip < end && bytes[i + skip] == 0x20 { skip += 1 }
            remove(at: 0, count: skip, isBoldMarker: false)
            i += skip
        }
        // A markdown list item `* ` becomes a dash bullet.
        if i + 1 < end && bytes[i] == UInt8(ascii: "*") && bytes[i + 1] == 0x20 {
            pieceText.append(UInt8(ascii: "-"))
            i += 1
        }
        while i < end {
            let byte = bytes[i]
            if byte == UInt8(ascii: "*") {
                var run = 1
                while i + run < end && bytes[i + run] == UInt8(ascii: "*") { run += 1 }
                remove(at: length, count: run, isBoldMarker: run >= 2)
                i += run
            } else if byte == UInt8(ascii: "\\") && i + 1 < end && isEscapable(bytes[i + 1]) {
                remove(at: length, count: 1, isBoldMarker: false)
                pieceText.append(bytes[i + 1])
                i += 2
            } else if byte == 0x20 && (endsWithSpace || length == 0) {
                remove(at: length, count: 1, isBoldMarker: false)
                i += 1
            } else {
                // A run kept as written: up to the next `*`, `\\` or doubled space.
                let runEnd = endOfRun(bytes, from: i + 1, to: end)
                pieceText.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<runEnd]))
                i = runEnd
            }
        }
        while endsWithSpace { pieceText.removeLast() }
        return Piece(
            line: line, rawStart: start, rawEnd: end, startColumn: startColumn, scalarCount: scalarCount,
            text: textStart..<pieceText.count, removals: removalStart..<allRemovals.count, afterBlank: afterBlank)
    }

    /// The offset, from `start` (which has a byte before it), of the first `*`, `\\` or space after a
    /// space before `end`, or `end`: where a run of a line kept as written stops.
    ///
    /// The two rare bytes are sought with `memchr`; doubled spaces, eight bytes at a time.
    private static func endOfRun(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        guard start < end, let base = bytes.baseAddress else { return end }
        var limit = end
        if let star = ByteScan.firstIndex(of: UInt8(ascii: "*"), in: UnsafeBufferPointer(rebasing: bytes[start..<limit]), from: 0) {
            limit = start + star
        }
        if let slash = ByteScan.firstIndex(of: UInt8(ascii: "\\"), in: UnsafeBufferPointer(rebasing: bytes[start..<limit]), from: 0) {
            limit = start + slash
        }
        var previousSpace = base[start - 1] == 0x20
        var index = start
        while index + 8 <= limit {
            let spaces = SWAR.equal(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self), 0x20)
            // A space whose byte before it is a space, the first byte's being the word before's last.
            let doubled = spaces & (spaces << 8 | (previousSpace ? 0x80 : 0))
            if doubled != 0 { return index + doubled.trailingZeroBitCount / 8 }
            previousSpace = spaces >> 63 != 0
            index += 8
        }
        while index < limit {
            let isSpace = base[index] == 0x20
            if isSpace && previousSpace { return index }
            previousSpace = isSpace
            index += 1
        }
        return limit
    }

    /// Adds `piece` to `result`, split where a heading is glued to what follows it, or where a
    /// header line carries both the number and the place and date.
    ///
    /// - Parameters:
    ///   - pieceText: The text of the document's pieces, which holds this one's.
    ///   - allRemovals: The removals of the document's pieces, which hold this one's.
    private static func appendSplitting(
        _ piece: consuming Piece, _ bytes: UnsafeBufferPointer<UInt8>, pieceText: [UInt8], removals allRemovals: inout [Piece.Removal],
        to result: inout [Piece]
    ) {
        // Most lines are as written and begin with no number: they cannot be split, and go in as they
        // are, moved rather than copied.
        guard !piece.removals.isEmpty || pieceText[piece.text].starts(with: numberWord) else {
            result.append(piece)
            return
        }
        while let cut = splitPoint(in: piece, pieceText[piece.text], removals: allRemovals) {
            let (left, right) = piece.split(at: cut, in: bytes, pieceText: pieceText, removals: &allRemovals)
            result.append(left)
            piece = right
        }
        result.append(piece)
    }

    /// Where `piece`, whose analysis bytes are `text`, is cut in two, as an offset in its text, or `nil`.
    private static func splitPoint(in piece: Piece, _ text: ArraySlice<UInt8>, removals allRemovals: [Piece.Removal]) -> Int? {
        if let cut = numberAndPlaceSplit(text) { return cut }
        let start = text.startIndex
        for removal in allRemovals[piece.removals] where removal.isBoldMarker && removal.at > 0 && removal.at < text.count {
            let at = start + removal.at
            // Glued: no space on either side of the `**`.
            guard text[at - 1] != 0x20, text[at] != 0x20 else { continue }
            guard TextShape.isAllCaps(text[..<at]), TextShape.startsUnit(text[at...]) else { continue }
            return removal.at
        }
        return nil
    }

    /// `Số: /QĐ-UBND Sơn La, ngày tháng năm 2024` → cut before `Sơn La`.
    private static let numberWord = Array("Số".utf8)

    /// The offset in `text` of a place and date after a document number, or `nil`.
    private static func numberAndPlaceSplit(_ text: ArraySlice<UInt8>) -> Int? {
        guard text.starts(with: numberWord) else { return nil }
        let end = text.endIndex
        var i = text.startIndex + numberWord.count
        while i < end && text[i] == 0x20 { i += 1 }
        guard i < end, text[i] == UInt8(ascii: ":") else { return nil }
        i += 1
        while i < end && text[i] == 0x20 { i += 1 }
        // The number: an optional numeric part, then `/CODE-CODE`.
        while i < end && text[i] != 0x20 && text[i] != UInt8(ascii: "/") { i += 1 }
        while i < end && text[i] == 0x20 { i += 1 }
        guard i < end, text[i] == UInt8(ascii: "/") else { return nil }
        while i < end && text[i] != 0x20 { i += 1 }
        while i < end && text[i] == 0x20 { i += 1 }
        guard i < end else { return nil }
        let rest = String(decoding: text[i...], as: UTF8.self)
        return rest.containsBytes(", ngày") ? i - text.startIndex : nil
    }

    private static func isEscapable(_ byte: UInt8) -> Bool {
        (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte)
            || (0x7B...0x7E).contains(byte)
    }
}

/// Where a document's bytes hold what a line kept as written cannot: a `*`, a `\\`, or a space after a
/// space. Found in one pass over the whole document, sixteen bytes at a time in vector registers, so
/// that each line is then told apart by comparing offsets: a pass over each line cost two calls to
/// `memchr` and a loop of its own, for lines of some two hundred bytes.
struct MarkupMarks {
    /// The offsets of the marks, in order.
    private var offsets: [Int] = []
    /// The first offset not yet passed by ``any(in:)``.
    private var next = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        let count = bytes.count
        // Sixteen bytes at a time, with the sixteen before each shifted by one, for the space before.
        let star = SIMD16<UInt8>(repeating: UInt8(ascii: "*")), slash = SIMD16<UInt8>(repeating: UInt8(ascii: "\\"))
        let space = SIMD16<UInt8>(repeating: 0x20)
        var index = 1
        if count > 0, base[0] == UInt8(ascii: "*") || base[0] == UInt8(ascii: "\\") { offsets.append(0) }
        while index + 16 <= count {
            let word = ByteVector.load(base + index)
            let before = ByteVector.load(base + index - 1)
            let marks = word .== star .| word .== slash .| (word .== space .& before .== space)
            if ByteVector.any(marks) {
                var lanes = ByteVector.laneBits(marks)
                while lanes != 0 {
                    offsets.append(index + lanes.trailingZeroBitCount)
                    lanes &= lanes &- 1
                }
            }
            index += 16
        }
        while index < count {
            let byte = base[index]
            if byte == UInt8(ascii: "*") || byte == UInt8(ascii: "\\") || byte == 0x20 && base[index - 1] == 0x20 { offsets.append(index) }
            index += 1
        }
    }

    /// Whether a mark lies in `range`. Ranges are asked for in order, each after the one before.
    mutating func any(in range: Range<Int>) -> Bool {
        while next < offsets.count && offsets[next] < range.lowerBound { next += 1 }
        return next < offsets.count && offsets[next] < range.upperBound
    }
}
