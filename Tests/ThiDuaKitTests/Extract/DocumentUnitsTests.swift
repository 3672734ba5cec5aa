import Testing
import ThiDuaKit
import VietText

@testable import ThiDuaExtract

/// Rules choose text units by their entries and bytes before any unit is made; the entries must stand
/// for exactly the units the tree holds.
@Suite struct DocumentUnitsTests {
    /// Every title (of a node that is not a part) and every paragraph, in document order.
    static func texts(of document: SegmentedDocument) -> [String] {
        var texts: [String] = []
        func walk(_ node: Section) {
            if let title = node.title, !node.kind.isDocumentPart { texts.append(title) }
            texts += node.body.map(\.text)
            node.children.forEach(walk)
        }
        document.parts.forEach(walk)
        return texts
    }

    @Test(arguments: Corpus.all) func entriesHoldEveryTitleAndParagraphInOrder(id: String) throws {
        let document = try Corpus.document(id)
        let units = DocumentUnits(of: document)
        let texts = Self.texts(of: document)
        #expect(units.entries.count == texts.count)
        var visited = 0
        units.forEach(units.entries.indices) { index, entry, bytes in
            visited += 1
            guard index < texts.count else { return }
            #expect(Array(bytes) == Array(texts[index].utf8), "\(id) unit \(index)")
            #expect(entry.lastASCIIDigit == bytes.lastIndex { $0 >= 0x30 && $0 <= 0x39 }, "\(id) unit \(index)")
            let unit = units.unit(index)
            #expect(unit.text == texts[index])
            #expect(unit.isTitle == (entry.paragraph == nil))
            #expect(unit.role == entry.role && unit.part == entry.part)
        }
        #expect(visited == texts.count)
    }

    /// A node's subtree is the nodes after it up to its end, its entries are theirs, and its text is
    /// theirs in order: what the agency rule reads an agency's roles from, and the phase rule a review.
    @Test(arguments: Corpus.all) func subtreesHoldTheirNodesAndEntries(id: String) throws {
        let units = DocumentUnits(of: try Corpus.document(id))
        let nodes = units.nodes
        for index in nodes.nodes.indices {
            let subtree = index..<nodes.subtreeEnds[index]
            #expect(subtree.count == nodes.nodes[index].allNodes.count, "\(id) node \(index)")
            // Every node after the first has its parent in the subtree.
            #expect(subtree.dropFirst().allSatisfy { nodes.parents[$0].map(subtree.contains) == true }, "\(id) node \(index)")
            let entries = units.entries.indices.filter { subtree.contains(units.entries[$0].node) }
            #expect(Array(units.entries(inSubtreeOf: index)) == entries, "\(id) node \(index)")
            // Its text as one reads it: titles with a colon, one space between parts, in lower case.
            guard !nodes.nodes[index].kind.isDocumentPart else { continue }
            var parts: [String] = []
            for node in nodes.nodes[index].allNodes {
                if let title = node.title { parts.append(title + ":") }
                parts += node.body.map(\.text)
            }
            #expect(units.lowercasedText(ofSubtree: index) == Array(parts.joined(separator: " ").lowercased().utf8), "\(id) node \(index)")
        }
        #expect(nodes.part(.plan).map { nodes.nodes[$0].kind } == .plan)
    }

    /// A unit's scalars, their lower case and which are letters are its text's, whether the scalars
    /// or the lower case is read first (lower case first decodes the scalars in the same pass).
    @Test(arguments: [Corpus.lamDong, Corpus.sonLa2026]) func aUnitReadsItsTextByScalarWhicheverIsReadFirst(id: String) throws {
        let document = try Corpus.document(id)
        let byLowerCase = DocumentUnits(of: document), byScalar = DocumentUnits(of: document)
        #expect(byLowerCase.entries.count > 50)
        for index in byLowerCase.entries.indices {
            let lowerFirst = byLowerCase.unit(index), scalarsFirst = byScalar.unit(index)
            let (lower, letters, scalars) = (lowerFirst.lower, lowerFirst.letters, lowerFirst.scalars)
            _ = scalarsFirst.scalars
            let text = Array(lowerFirst.text.unicodeScalars)
            #expect(scalars == text && scalarsFirst.scalars == text, "\(id) unit \(index)")
            #expect(lower == text.map(LatinCase.lowercase) && letters == text.map(LatinCase.isLetter), "\(id) unit \(index)")
            #expect(scalarsFirst.lower == lower && scalarsFirst.letters == letters, "\(id) unit \(index)")
        }
    }

    @Test func aUnitIsMadeOnceAndShared() throws {
        let units = DocumentUnits(of: try Corpus.document(Corpus.lamDong))
        #expect(units.unit(5) === units.unit(5))
        #expect(units.unit(5) !== units.unit(6))
    }

    /// The Lâm Đồng plan's two phases (2025–2027 and 2027–2030) are the plan units that begin
    /// `Giai đoạn`, on lines 114 and 116.
    @Test func lamDongPhaseUnitsAreChosenByTheirBytes() throws {
        let context = ExtractionContext(document: try Corpus.document(Corpus.lamDong))
        let phases = context.units(in: .plan) { _, bytes in bytes.starts(with: "Giai đoạn".utf8) }
        #expect(phases.map(\.line) == [114, 116])
        #expect(phases.allSatisfy { $0.part == .plan })
        // Each is the heading of its bullet: the words after the colon are the bullet's body.
        #expect(phases.map(\.text) == ["Giai đoạn I (2025-2027)", "Giai đoạn II (2027-2030)"])
        #expect(phases.allSatisfy { $0.isTitle })
    }
}
