import ThiDuaModel
import VietText

/// A piece of text of the document with where it stands: a node's title or a body paragraph,
/// with the node and its ancestors, so rules can read context as a reader would.
final class TextUnit {
    /// The text.
    let text: String
    /// The scalars of the text, built on first use (with ``lower`` when that is read first): most
    /// units are only ever searched for an anchor.
    ///
    /// Rules read text by scalar, not by `Character`: plan text is NFC Vietnamese, where a letter with
    /// its marks is one scalar, and building and comparing `Character`s (grapheme breaking, a small
    /// string each) cost most of the extractor's time. Offsets in a unit are scalar offsets.
    var scalars: [Unicode.Scalar] {
        if let scalars = scalarStorage { return scalars }
        let scalars = text.scalarArray
        scalarStorage = scalars
        return scalars
    }
    private var scalarStorage: [Unicode.Scalar]?
    /// The scalars in simple lower case, one for one.
    var lower: [Unicode.Scalar] { lowerAndLetters.lower }
    /// Whether each scalar is a letter.
    var letters: [Bool] { lowerAndLetters.letters }
    /// Both, found in one pass: the rules that read one read the other.
    private lazy var lowerAndLetters: (lower: [Unicode.Scalar], letters: [Bool]) = {
        // Decoded from the text, with the scalars unless they are made already: the rules read lower
        // case first, and a unit read by scalar first is decoded again rather than the loop written
        // twice.
        var text = text
        let (scalars, lower, letters) = text.withUTF8(Self.scalarsLowerAndLetters)
        if scalarStorage == nil { scalarStorage = scalars }
        return (lower, letters)
    }()

    /// The scalars of valid UTF-8 `bytes`, their lower case and whether each is a letter, decoded and
    /// written in place in one pass (appending checks capacity and uniqueness for every scalar).
    private static func scalarsLowerAndLetters(_ bytes: UnsafeBufferPointer<UInt8>) -> ([Unicode.Scalar], [Unicode.Scalar], [Bool]) {
        let count = ByteScan.scalarCount(in: bytes)
        var lower: [Unicode.Scalar] = [], letters: [Bool] = []
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: count) { scalars, scalarsCount in
            lower = [Unicode.Scalar](unsafeUninitializedCapacity: count) { lower, lowerCount in
                letters = [Bool](unsafeUninitializedCapacity: count) { letters, lettersCount in
                    var offset = 0
                    for index in 0..<count {
                        let (scalar, length) = ValidUTF8.scalar(in: bytes, at: offset)
                        offset += length
                        scalars[index] = scalar
                        lower[index] = LatinCase.lowercase(scalar)
                        letters[index] = LatinCase.isLetter(scalar)
                    }
                    lettersCount = count
                }
                lowerCount = count
            }
            scalarsCount = count
        }
        return (scalars, lower, letters)
    }
    /// Whether this is a node's title rather than a paragraph.
    let isTitle: Bool
    /// The node the text belongs to.
    var node: Section { tree.nodes[nodeIndex] }
    /// The nodes of the document, shared by all its units.
    private let tree: DocumentNodes
    /// The index of the node among the document's nodes (``DocumentUnits/nodes``).
    let nodeIndex: Int
    /// The titles of the node's ancestors within its part, outermost first, and the node's own.
    var titles: [String] { tree.titles(of: nodeIndex) }
    /// The kind of the top-level part (plan, decision, header …).
    let part: SectionKind
    /// The paragraph's role (`.text` for titles).
    let role: ParagraphRole
    private let spans: LineSpans
    private lazy var utf8Offsets: [Int] = {
        var offsets: [Int] = []
        offsets.reserveCapacity(scalars.count + 1)
        var offset = 0
        for scalar in scalars {
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)
        return offsets
    }()

    init(text: String, spans: LineSpans, isTitle: Bool, tree: DocumentNodes, node: Int, part: SectionKind, role: ParagraphRole) {
        self.text = text
        self.isTitle = isTitle
        self.tree = tree
        self.nodeIndex = node
        self.part = part
        self.role = role
        self.spans = spans
    }

    /// Words a rule looks for before it reads a unit character by character, in both the spellings
    /// they may stand in: as given, and with a capital first letter.
    struct Anchors {
        let spellings: [BytePattern]

        init(_ anchors: [String]) {
            spellings = anchors.flatMap { Self.spellings(of: $0).map(BytePattern.init) }
        }

        /// Whether `text` may hold any of the anchors: a cheap test on its bytes.
        func mayOccur(in text: UnsafeBufferPointer<UInt8>) -> Bool {
            spellings.contains { ByteScan.firstIndex(of: $0, in: text, from: 0) != nil }
        }

        /// A cue as it stands in running text and at the start of a sentence or a parenthesis: as
        /// given, and with its first letter in upper case (`trước ` and `Trước `, `(khi ` and `(Khi `).
        static func spellings(of cue: String) -> [String] {
            guard let letter = cue.firstIndex(where: \.isLetter) else { return [cue] }
            return [cue, cue[..<letter] + cue[letter].uppercased() + cue[cue.index(after: letter)...]]
        }
    }

    /// The source line of the scalar at `index`.
    func line(at index: Int) -> Int {
        // A title or a one-line paragraph needs no offsets: they are built only for the others.
        guard !isTitle, spans.count > 1 else { return spans.first?.line ?? 0 }
        return line(atUTF8: utf8Offsets[max(0, min(index, utf8Offsets.count - 1))])
    }

    /// The source line of the byte at UTF-8 offset `offset` of the text.
    func line(atUTF8 offset: Int) -> Int {
        guard let first = spans.first else { return 0 }
        if isTitle || spans.count == 1 { return first.line }
        var line = first.line
        for span in spans where span.textOffset <= offset { line = span.line }
        return line
    }

    /// A unit for the text between two UTF-8 offsets, for reading a short window of a long paragraph
    /// without building the whole paragraph's scalars. The lower offset is on a character boundary;
    /// the upper may cut a character, which becomes U+FFFD at the window's end.
    func window(utf8 range: Range<Int>) -> TextUnit {
        var text = text
        let window = text.withUTF8 { bytes in
            let lower = max(0, min(range.lowerBound, bytes.count)), upper = max(lower, min(range.upperBound, bytes.count))
            // Decoded, not copied unchecked (`String(validUTF8:)`): the window may end inside a character.
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self)
        }
        return TextUnit(
            text: window, spans: [spans.first ?? LineSpan(line: 0, startColumn: 1, endColumn: 1)],
            isTitle: true, tree: tree, node: nodeIndex, part: part, role: role)
    }

    /// The first line of the text.
    var line: Int { line(at: 0) }

    /// The text between two scalar offsets.
    func text(_ range: Range<Int>) -> String {
        let lowerBound = max(0, min(range.lowerBound, scalars.count)), upperBound = max(lowerBound, min(scalars.count, range.upperBound))
        return String(scalars: scalars[lowerBound..<upperBound])
    }

    /// The scalar offset just past the first occurrence of `literal` (lower case) in the lower-case
    /// text at or after scalar offset `start`, or `nil`: a search on the scalars the rules read, with no
    /// string made of them.
    func end(ofLowercase literal: [Unicode.Scalar], from start: Int = 0) -> Int? {
        let lower = lower
        guard let first = literal.first, literal.count <= lower.count else { return nil }
        var index = max(0, start)
        while index + literal.count <= lower.count {
            if lower[index] == first, CitationReader.startsWith(lower, literal, at: index) { return index + literal.count }
            index += 1
        }
        return nil
    }

    /// Tries `match` at the start of every word whose first scalar (in lower case) passes `mayStart`,
    /// left to right, and collects what it finds; after a find, scanning resumes where the find ends.
    ///
    /// - Parameters:
    ///   - mayStart: A cheap test of a word's first scalar, in lower case.
    ///   - end: The offset just past a find.
    ///   - match: Given a scalar offset, returns a find, or `nil`.
    func scanWordStarts<Found>(where mayStart: (Unicode.Scalar) -> Bool, end: (Found) -> Int, _ match: (Int) -> Found?) -> [Found] {
        let (lower, letters) = lowerAndLetters
        var found: [Found] = []
        var index = 0
        while index < lower.count {
            if index > 0 && letters[index - 1] || !mayStart(lower[index]) {
                index += 1
                continue
            }
            if let item = match(index) {
                index = max(end(item), index + 1)
                found.append(item)
            } else {
                index += 1
            }
        }
        return found
    }
}

/// The nodes of a document, each with the node it stands under within its part: held once for all
/// the document's text units, which refer to their node by index.
final class DocumentNodes {
    /// The nodes in document order: each before its children, a subtree's nodes one after another.
    let nodes: [Section]
    /// The index of each node's parent within its part; `nil` for a part.
    let parents: [Int?]
    /// The index just past each node's subtree: the subtree of node `i` is `i..<subtreeEnds[i]`.
    let subtreeEnds: [Int]

    init(nodes: [Section], parents: [Int?], subtreeEnds: [Int]) {
        self.nodes = nodes
        self.parents = parents
        self.subtreeEnds = subtreeEnds
    }

    /// The index of the first part of `kind`, as ``SegmentedDocument/part(_:)`` finds it.
    func part(_ kind: SectionKind) -> Int? {
        nodes.indices.first { parents[$0] == nil && nodes[$0].kind == kind }
    }

    /// The titles of the node's ancestors within its part, outermost first, and the node's own (an
    /// untitled node's as empty): read up the chain when asked, which few rules do.
    func titles(of index: Int) -> [String] {
        var titles: [String] = []
        var current: Int? = index
        while let node = current {
            titles.append(nodes[node].title ?? "")
            current = parents[node]
        }
        return titles.reversed()
    }
}

/// The text units of a document, in document order: where each stands, with all their texts in one
/// buffer. Rules choose units by role and by bytes; a ``TextUnit`` is made only for a unit chosen,
/// once, and shared by the rules after.
final class DocumentUnits {
    /// Where a unit stands, and where its text lies among the units' bytes.
    struct Entry {
        /// The index of the unit's node in ``DocumentUnits/nodes``.
        let node: Int
        /// The index of the paragraph in its node's body, or `nil` for the node's title.
        let paragraph: Int?
        /// The kind of the top-level part (plan, decision, header …).
        let part: SectionKind
        /// The paragraph's role (`.text` for titles).
        let role: ParagraphRole
        /// The text's bytes among the units' bytes.
        let bytes: Range<Int>
        /// The UTF-8 offset in the text of its last ASCII digit, or `nil`: the rules that read only up
        /// to it (a deadline or a target has a number after its cue) pass over a unit without one.
        let lastASCIIDigit: Int?
    }

    let nodes: DocumentNodes
    let entries: [Entry]
    /// The index of each node's first entry (of the next node's, for a node with no text of its own).
    private let firstEntries: [Int]
    /// Every unit's text, one after another.
    private let bytes: ByteWriter
    /// The units made so far, by index.
    private var made: [TextUnit?]

    init(of document: SegmentedDocument) {
        var builder = Builder(lineCount: document.root.lines.last)
        for part in document.parts { builder.collect(part, parent: nil, part: part.kind) }
        nodes = DocumentNodes(nodes: builder.nodes, parents: builder.parents, subtreeEnds: builder.subtreeEnds)
        entries = builder.entries
        firstEntries = builder.firstEntries
        made = Array(repeating: nil, count: builder.entries.count)
        bytes = builder.take()
    }

    /// The unit at `index`, made on first use.
    func unit(_ index: Int) -> TextUnit {
        if let unit = made[index] { return unit }
        let entry = entries[index]
        let node = nodes.nodes[entry.node]
        let (text, spans) = entry.paragraph.map { (node.body[$0].text, node.body[$0].lineSpans) } ?? (node.title ?? "", node.headingLineSpans)
        let unit = TextUnit(
            text: text, spans: spans, isTitle: entry.paragraph == nil, tree: nodes, node: entry.node, part: entry.part,
            role: entry.role)
        made[index] = unit
        return unit
    }

    /// The indices of the entries of node `node` and its descendants: its title, its paragraphs and
    /// theirs, in document order.
    func entries(inSubtreeOf node: Int) -> Range<Int> {
        let end = nodes.subtreeEnds[node]
        return firstEntries[node]..<(end < firstEntries.count ? firstEntries[end] : entries.count)
    }

    /// All the text of node `node` and its descendants in lower case, as one reads it: each title with
    /// a colon after it, then the paragraphs, then the children's, one space between them.
    func lowercasedText(ofSubtree node: Int) -> [UInt8] {
        let indices = entries(inSubtreeOf: node)
        var lower: [UInt8] = []
        // Room for every text, a colon and a space: lower case is mostly as long as the text.
        lower.reserveCapacity(indices.reduce(0) { $0 + entries[$1].bytes.count + 2 })
        forEach(indices) { _, entry, bytes in
            if !lower.isEmpty { lower.append(0x20) }
            LatinCase.appendLowercaseUTF8(bytes, to: &lower)
            if entry.paragraph == nil { lower.append(UInt8(ascii: ":")) }
        }
        return lower
    }

    /// Calls `body` with each of `indices`, its entry and its text's bytes, in order.
    func forEach(_ indices: some Sequence<Int>, _ body: (Int, Entry, UnsafeBufferPointer<UInt8>) -> Void) {
        bytes.withBytes { bytes in
            for index in indices {
                let entry = entries[index]
                body(index, entry, UnsafeBufferPointer(rebasing: bytes[entry.bytes]))
            }
        }
    }

    /// Gathers the nodes, the entries and the bytes in one walk of the tree.
    private struct Builder: ~Copyable {
        var nodes: [Section] = []
        var parents: [Int?] = []
        var subtreeEnds: [Int] = []
        var firstEntries: [Int] = []
        var entries: [Entry] = []
        var bytes = ByteWriter(capacity: 1 << 15)

        /// A builder with room for the nodes and entries of a document of `lineCount` lines: a node or
        /// a text unit is a line or more, bar the odd line that holds two, so the arrays seldom grow.
        init(lineCount: Int) {
            nodes.reserveCapacity(lineCount)
            parents.reserveCapacity(lineCount)
            subtreeEnds.reserveCapacity(lineCount)
            firstEntries.reserveCapacity(lineCount)
            entries.reserveCapacity(lineCount)
        }

        mutating func collect(_ node: Section, parent: Int?, part: SectionKind) {
            let index = nodes.count
            nodes.append(node)
            parents.append(parent)
            subtreeEnds.append(index + 1)
            firstEntries.append(entries.count)
            let isDocumentPart = node.kind.isDocumentPart
            // The contents read where the node holds them, and each paragraph and child where it
            // stands in its array: bound whole, each would be copied (and its strings retained).
            node.withContents { title, body, children in
                if let title, !isDocumentPart {
                    add(title, node: index, paragraph: nil, part: part, role: .text)
                }
                for paragraphIndex in body.indices {
                    add(body[paragraphIndex].text, node: index, paragraph: paragraphIndex, part: part, role: body[paragraphIndex].role)
                }
                for childIndex in children.indices { collect(children[childIndex], parent: index, part: part) }
            }
            subtreeEnds[index] = nodes.count
        }

        private mutating func add(_ text: String, node: Int, paragraph: Int?, part: SectionKind, role: ParagraphRole) {
            var text = text
            let start = bytes.count
            text.withUTF8 { bytes.append($0) }
            let lastDigit = bytes.withBytes { ByteScan.lastASCIIDigit(in: UnsafeBufferPointer(rebasing: $0[start...])) }
            entries.append(
                Entry(node: node, paragraph: paragraph, part: part, role: role, bytes: start..<bytes.count, lastASCIIDigit: lastDigit))
        }

        /// The bytes gathered, handed over.
        consuming func take() -> ByteWriter {
            bytes
        }
    }
}
