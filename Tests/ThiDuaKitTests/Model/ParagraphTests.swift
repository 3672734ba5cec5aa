import Foundation
import Testing
import ThiDuaModel
import ThiDuaKit

/// A paragraph holds its one span inline and only a longer list in an array; it must read as the
/// list of its spans all the same.
@Suite struct ParagraphTests {
    /// The paragraphs of Lâm Đồng's decision, as segmented.
    private static let paragraphs: [Paragraph] = try! Corpus.document(Corpus.lamDong).root.allNodes.flatMap(\.body)

    @Test func aParagraphOverThreeLinesKeepsEachLinesSpanInOrder() throws {
        // `Ban hành Kế hoạch tổ chức thực hiện Phong trào thi đua “Đổi mới, sáng tạo ...` on lines 9–11.
        let subject = try #require(Self.paragraphs.first { $0.lines.first == 9 })
        #expect(subject.text.hasPrefix("Ban hành Kế hoạch tổ chức thực hiện Phong trào thi đua"))
        #expect(subject.spans.map(\.line) == [9, 10, 11])
        #expect(subject.spans.map(\.textOffset) == [0, 70, 149])
        #expect(Array(subject.lineSpans) == subject.spans)
        #expect(subject.lines == LineRange(first: 9, last: 11))
        #expect(subject.line(atTextOffset: 69) == 9 && subject.line(atTextOffset: 70) == 10 && subject.line(atTextOffset: 149) == 11)
    }

    @Test func aOneLineParagraphHasItsOneSpan() throws {
        // One-line paragraphs are most of the document.
        let oneLine = Self.paragraphs.filter { $0.lines.first == $0.lines.last }
        #expect(oneLine.count > Self.paragraphs.count / 2)
        for paragraph in oneLine {
            #expect(paragraph.spans.count == 1 && paragraph.lineSpans.count == 1)
            #expect(paragraph.lineSpans.first == paragraph.spans.first)
        }
    }

    @Test func spansAppendedOneByOneEqualTheSameSpansGivenAtOnce() {
        let spans = (1...3).map { LineSpan(line: $0, startColumn: 1, endColumn: 10, textOffset: ($0 - 1) * 10) }
        for count in 0...3 {
            var appended = LineSpans()
            for span in spans.prefix(count) { appended.append(span) }
            let given = LineSpans(Array(spans.prefix(count)))
            #expect(appended == given && appended.hashValue == given.hashValue)
            #expect(appended.array == Array(spans.prefix(count)) && appended.count == count)
        }
        var paragraph = Paragraph(text: "Tôn vinh.", spans: [spans[0]])
        paragraph.spans = spans
        #expect(paragraph == Paragraph(text: "Tôn vinh.", spans: spans))
        #expect(paragraph != Paragraph(text: "Tôn vinh.", spans: [spans[0]]))
    }

    @Test func encodesItsSpansAsAListUnderSpansAndDecodesToAnEqualParagraph() throws {
        let paragraph = Paragraph(
            role: .legalBasis, text: "Căn cứ",
            spans: [LineSpan(line: 3, startColumn: 1, endColumn: 4), LineSpan(line: 4, startColumn: 1, endColumn: 3, textOffset: 4)])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode([paragraph, Paragraph(text: "", spans: [])]), as: UTF8.self)
        #expect(
            json == #"[{"role":"legal-basis","spans":[{"endColumn":4,"line":3,"startColumn":1,"textOffset":0},"#
                + #"{"endColumn":3,"line":4,"startColumn":1,"textOffset":4}],"text":"Căn cứ"},{"role":"text","spans":[],"text":""}]"#)
        #expect(try JSONDecoder().decode([Paragraph].self, from: Data(json.utf8)) == [paragraph, Paragraph(text: "", spans: [])])
    }
}
