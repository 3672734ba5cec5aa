import ThiDuaModel
import VietText

/// A piece of text of the document with where it stands: a node's title or a body paragraph,
/// with the node and its ancestors, so rules can read context as a reader would.
final class TextUnit {
    /// The text.
    let text: String
    /// The characters of the text, built on first use: most units are only ever searched for an anchor.
    private(set) lazy var characters: [Character] = onePerScalar ? text.unicodeScalars.map(Character.init) : Array(text)
    /// The characters in lower case (same count), built on first use.
    private(set) lazy var lower: [Character] =
        onePerScalar ? lowerScalars.map(Character.init) : characters.map { $0.lowercased().first ?? $0 }
    /// The lower-case characters as scalars, for comparing with literals: a character of more than one
    /// scalar is ``noScalar``, which no literal holds.
    private(set) lazy var lowerScalars: [Unicode.Scalar] =
        onePerScalar
        ? text.unicodeScalars.map { $0.value == 0x130 ? Self.noScalar : LatinCase.lowercase($0) }
        : lower.map { $0.unicodeScalars.count == 1 ? $0.unicodeScalars.first ?? Self.noScalar : Self.noScalar }
    /// Whether each character is a letter.
    private(set) lazy var letters: [Bool] = lowerScalars.indices.map { index in
        lowerScalars[index] == Self.noScalar ? lower[index].isLetter : LatinCase.isLetter(lowerScalars[index])
    }
    /// Whether each character is one scalar, as it nearly always is in NFC Vietnamese: then the scalars
    /// stand for the characters, and grapheme breaking, the dearest part of `Array(text)`, is skipped.
    private lazy var onePerScalar = LatinCase.isOneCharacterPerScalar(text)
    /// The stand-in for a character of several scalars (U+FFFF, a noncharacter).
    static let noScalar: Unicode.Scalar = "\u{FFFF}"
    /// Whether this is a node's title rather than a paragraph.
    let isTitle: Bool
    /// The node the text belongs to.
    let node: Section
    /// The titles of the node's ancestors within its part, outermost first, and the node's own.
    let titles: [String]
    /// The kind of the top-level part (plan, decision, header …).
    let part: SectionKind
    /// The paragraph's role (`.text` for titles).
    let role: ParagraphRole
    private let spans: [LineSpan]
    private lazy var utf8Offsets: [Int] = {
        var offsets: [Int] = []
        offsets.reserveCapacity(characters.count + 1)
        var offset = 0
        for character in characters {
            offsets.append(offset)
            offset += character.utf8.count
        }
        offsets.append(offset)
        return offsets
    }()

    init(text: String, spans: [LineSpan], isTitle: Bool, node: Section, titles: [String], part: SectionKind, role: ParagraphRole) {
        self.text = text
        self.isTitle = isTitle
        self.node = node
        self.titles = titles
        self.part = part
        self.role = role
        self.spans = spans
    }

    /// Whether the text may hold any of `anchors` (checked on the text as written, in either case of its
    /// first letter): a cheap test before a rule reads the unit character by character.
    func mayContain(_ anchors: [String]) -> Bool {
        anchors.contains { text.containsBytes($0) || text.containsBytes($0.prefix(1).uppercased() + $0.dropFirst()) }
    }

    /// The source line of the character at `index`.
    func line(at index: Int) -> Int {
        guard let first = spans.first else { return 0 }
        if isTitle || spans.count == 1 { return first.line }
        let offset = utf8Offsets[max(0, min(index, utf8Offsets.count - 1))]
        var line = first.line
        for span in spans where span.textOffset <= offset { line = span.line }
        return line
    }

    /// The source line of the byte at UTF-8 offset `offset` of the text.
    func line(atUTF8 offset: Int) -> Int {
        guard let first = spans.first else { return 0 }
        if isTitle || spans.count == 1 { return first.line }
        var line = first.line
        for span in spans where span.textOffset <= offset { line = span.line }
        return line
    }

    /// A unit for the text between two UTF-8 offsets (on character boundaries), for reading a short
    /// window of a long paragraph without building the whole paragraph's characters.
    func window(utf8 range: Range<Int>) -> TextUnit {
        let bytes = Array(text.utf8)
        let lower = max(0, min(range.lowerBound, bytes.count)), upper = max(lower, min(range.upperBound, bytes.count))
        return TextUnit(
            text: String(decoding: bytes[lower..<upper], as: UTF8.self), spans: [spans.first ?? LineSpan(line: 0, startColumn: 1, endColumn: 1)],
            isTitle: true, node: node, titles: titles, part: part, role: role)
    }

    /// The character offset of UTF-8 offset `offset`.
    func characterOffset(ofUTF8 offset: Int) -> Int {
        var low = 0, high = utf8Offsets.count - 1
        while low < high {
            let middle = (low + high) / 2
            if utf8Offsets[middle] < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The first line of the text.
    var line: Int { line(at: 0) }

    /// The text between two character offsets.
    func text(_ range: Range<Int>) -> String {
        String(characters[max(0, range.lowerBound)..<min(characters.count, range.upperBound)])
    }

    /// Whether the lower-case text contains `word` (given in lower case).
    func contains(_ word: String) -> Bool { lowerText.contains(word) }

    /// The text in lower case.
    var lowerText: String { String(lower) }

    /// Tries `match` at the start of every word, left to right, and collects what it finds; after a
    /// find, scanning resumes where the find ends.
    ///
    /// - Parameter match: Given a character offset, returns a find and the offset just past it, or `nil`.
    func scanWordStarts<Found>(_ match: (Int) -> (Found, end: Int)?) -> [Found] {
        var found: [Found] = []
        var index = 0
        while index < lowerScalars.count {
            if index > 0 && letters[index - 1] {
                index += 1
                continue
            }
            if let (item, end) = match(index) {
                found.append(item)
                index = max(end, index + 1)
            } else {
                index += 1
            }
        }
        return found
    }
}

/// The text units of a document, in document order.
enum DocumentText {
    static func units(of document: SegmentedDocument) -> [TextUnit] {
        var units: [TextUnit] = []
        for part in document.parts { collect(part, titles: [], part: part.kind, into: &units) }
        return units
    }

    private static func collect(_ node: Section, titles: [String], part: SectionKind, into units: inout [TextUnit]) {
        let ownTitles = titles + [node.title ?? ""]
        if let title = node.title, !node.kind.isDocumentPart {
            units.append(TextUnit(text: title, spans: node.headingSpans, isTitle: true, node: node, titles: ownTitles, part: part, role: .text))
        }
        for paragraph in node.body {
            units.append(
                TextUnit(text: paragraph.text, spans: paragraph.spans, isTitle: false, node: node, titles: ownTitles, part: part, role: paragraph.role))
        }
        for child in node.children { collect(child, titles: ownTitles, part: part, into: &units) }
    }
}
