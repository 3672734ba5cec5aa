import VietText
import Foundation
import ThiDuaModel

/// Text of the document with provenance, for rules that read words rather than fields.
struct TextPiece {
    let text: String
    let paragraph: Paragraph

    /// The source line of the UTF-16-free character offset `index` into `text`.
    func line(at index: String.Index) -> Int {
        paragraph.line(atTextOffset: text.utf8.distance(from: text.startIndex, to: index))
    }
}

enum TextScan {
    /// Every title and paragraph of the document, in order.
    static func pieces(_ document: SegmentedDocument) -> [TextPiece] {
        var pieces: [TextPiece] = []
        document.root.walk { node, _ in
            if let title = node.title, !node.headingLineSpans.isEmpty {
                pieces.append(TextPiece(text: title, paragraph: Paragraph(text: title, spans: [node.headingLineSpans[0]].map {
                    var span = $0
                    span.textOffset = 0
                    return span
                })))
            }
            for paragraph in node.body { pieces.append(TextPiece(text: paragraph.text, paragraph: paragraph)) }
            return true
        }
        return pieces
    }

    /// A document number cited with `số` (`số 98/2023/NĐCP`), with the date that follows it, if any.
    struct Reference {
        var number: String
        var date: String?
        var line: Int
    }

    static let referencePattern = try? NSRegularExpression(
        pattern: #"(?:^|[\s(])[Ss]ố:?\s*(\d+[^\s,;()“”]*)(?:(?<=-)\s([A-ZĐ][^\s,;()“”]*))?(?:,?\s*ngày\s+(\d{1,2})(?:/|\s+tháng\s+)(\d{1,2})(?:/|\s+năm\s+)(\d{4}))?"#)

    static func references(_ document: SegmentedDocument) -> [Reference] {
        guard let pattern = referencePattern else { return [] }
        var result: [Reference] = []
        for piece in pieces(document) where mayHoldReference(piece.text) {
            let text = piece.text
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                guard let numberRange = Range(match.range(at: 1), in: text) else { continue }
                var number = String(text[numberRange])
                // `1315/QĐ- TTg`: the part after a stray space belongs to the number.
                if let rest = Range(match.range(at: 2), in: text) { number += " " + text[rest] }
                while number.hasSuffix(".") { number.removeLast() }
                guard number.containsBytes("/") || number.containsBytes("-"), number.contains(where: \.isLetter) else { continue }
                var date: String?
                if let d = Range(match.range(at: 3), in: text), let m = Range(match.range(at: 4), in: text),
                    let y = Range(match.range(at: 5), in: text), let day = Int(text[d]), let month = Int(text[m]), let year = Int(text[y])
                {
                    date = String(format: "%04d-%02d-%02d", year, month, day)
                }
                result.append(Reference(number: number, date: date, line: piece.line(at: numberRange.lowerBound)))
            }
        }
        return result
    }

    /// `ố`, which every match of ``referencePattern`` holds (`số`).
    private static let numberWordVowel = Array("ố".utf8)

    /// Whether ``referencePattern`` may match in `text`: a cheap test on its bytes before the regular
    /// expression, which is slow. The pattern needs `ố`, an optional colon and white space, then a
    /// digit; an ASCII byte after them that is not a digit rules the place out (a non-ASCII one may be
    /// a space or a digit of another script, and is left to the pattern).
    static func mayHoldReference(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var from = 0
            while let found = ByteScan.firstIndex(of: numberWordVowel, in: bytes, from: from) {
                var index = found + numberWordVowel.count
                if index < bytes.count && bytes[index] == UInt8(ascii: ":") { index += 1 }
                while index < bytes.count, bytes[index] <= 0x20 { index += 1 }  // spaces, and controls to be safe
                if index < bytes.count && (bytes[index] >= 0x80 || (0x30...0x39).contains(bytes[index])) { return true }
                from = found + 1
            }
            return false
        }
    }

    /// The words of a text with their start indices: runs of letters, found on UTF-8 bytes.
    ///
    /// A byte is part of a letter when it is an ASCII letter or belongs to a Latin letter or combining
    /// mark outside ASCII (lead bytes C3–C6, CC–CD, E1 and their continuation bytes); punctuation such as
    /// quotes and dashes (lead byte E2) and everything else separates words.
    static func words(_ text: String) -> [Word] {
        var result: [Word] = []
        var copy = text
        copy.withUTF8 { bytes in
            let utf8 = text.utf8
            // A word's start is kept as an index of the string, stepped to from the last word's end.
            var last = utf8.startIndex, lastOffset = 0
            func index(at offset: Int) -> String.Index {
                last = utf8.index(last, offsetBy: offset - lastOffset)
                lastOffset = offset
                return last
            }
            var start: Int?
            var inLetter = false
            for (position, byte) in bytes.enumerated() {
                let isLetter: Bool
                if byte < 0x80 {
                    isLetter = (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                } else if byte < 0xC0 {
                    isLetter = inLetter
                } else {
                    isLetter = (0xC3...0xC6).contains(byte) || byte == 0xCC || byte == 0xCD || byte == 0xE1
                }
                if isLetter && start == nil { start = position }
                if !isLetter, let begin = start {
                    let lower = index(at: begin)
                    result.append(Word(text: text[lower..<index(at: position)], start: lower))
                    start = nil
                }
                inLetter = isLetter
            }
            if let begin = start {
                let lower = index(at: begin)
                result.append(Word(text: text[lower...], start: lower))
            }
        }
        return result
    }
}
