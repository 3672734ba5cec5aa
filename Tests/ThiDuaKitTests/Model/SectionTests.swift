import Foundation
import Testing
import ThiDuaKit
import ThiDuaModel

/// A node keeps its fields in one shared box; it must still behave as a plain value.
@Suite struct SectionTests {
    /// Lâm Đồng's part II, `II. NỘI DUNG, THỜI GIAN THỰC HIỆN PHONG TRÀO THI ĐUA` (line 86), as segmented.
    private static let part: Section = {
        let plan = try! Corpus.document(Corpus.lamDong).part(.plan)!
        return plan.child(labeled: "II.")!
    }()

    @Test func aChangedCopyLeavesTheOriginalAsItWas() {
        let original = Self.part
        var copy = original
        #expect(copy == original)
        copy.title = "Nội dung"
        copy.children.removeAll()
        copy.lines = LineRange(first: 1, last: 1)
        #expect(copy.title == "Nội dung" && copy.children.isEmpty && copy.lines == LineRange(first: 1, last: 1))
        #expect(original.title == "NỘI DUNG, THỜI GIAN THỰC HIỆN PHONG TRÀO THI ĐUA")
        #expect(!original.children.isEmpty)
        #expect(copy != original)
    }

    @Test func contentsReadInPlaceAreThoseTheGettersGive() throws {
        // Every node of Lâm Đồng's tree: part II's title, its clauses, their paragraphs.
        let nodes = try Corpus.document(Corpus.lamDong).root.allNodes
        for node in nodes {
            node.withContents { title, body, children in
                #expect(title == node.title && body == node.body && children == node.children)
            }
        }
        Self.part.withContents { title, _, children in
            #expect(title == "NỘI DUNG, THỜI GIAN THỰC HIỆN PHONG TRÀO THI ĐUA" && children.count == Self.part.children.count)
        }
    }

    @Test func equalNodesBuiltApartAreEqualAndHashAlike() {
        let span = LineSpan(line: 7, startColumn: 1, endColumn: 12)
        let make = {
            Section(
                kind: .clause, label: "1.", ordinal: 1, title: "Mục đích", headingSpans: [span],
                body: [Paragraph(text: "Tôn vinh.", spans: [span])], lines: LineRange(first: 7, last: 8))
        }
        #expect(make() == make())
        #expect(Set([make(), make()]).count == 1)
        var other = make()
        other.ordinal = 2
        #expect(other != make())
    }

    @Test func encodesItsFieldsUnderTheirNamesAndDecodesToAnEqualNode() throws {
        let node = Section(
            kind: .point, label: "đ)", ordinal: 5, title: nil, headingSpans: [LineSpan(line: 3, startColumn: 1, endColumn: 3)],
            lines: LineRange(first: 3, last: 3))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(node), as: UTF8.self)
        #expect(
            json == #"{"body":[],"children":[],"headingSpans":[{"endColumn":3,"line":3,"startColumn":1,"textOffset":0}],"#
                + #""kind":"point","label":"đ)","lines":{"first":3,"last":3},"ordinal":5}"#)
        #expect(try JSONDecoder().decode(Section.self, from: Data(json.utf8)) == node)
        let tree = try JSONDecoder().decode(Section.self, from: try JSONEncoder().encode(Self.part))
        #expect(tree == Self.part)
    }
}
