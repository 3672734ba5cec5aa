import Testing
import ThiDuaKit
import VietText

@testable import ThiDuaSegment

/// A piece's cleaned bytes are the source's less markup; its string (made without validating them
/// again) must be exactly those bytes.
@Suite struct LineScannerTests {
    /// Lines with every kind of markup the scanner removes, and the `* ` it reads as a dash.
    private static let markedUp = """
        # **I. MỤC ĐÍCH, YÊU CẦU**
        **1. Mục đích:** Phát huy tinh thần  thi đua **yêu nước**  trong   toàn tỉnh.
        * Cá nhân \\*được\\* khen thưởng: **Bằng khen** của Chủ tịch UBND tỉnh
        ### Đối tượng***
        I. MỤC ĐÍCH, YÊU CẦU**1. Mục đích
        \\- Đẩy mạnh **chuyển đổi số**, **đổi mới sáng tạo**
        Thời gian: **từ tháng 6/2024** đến **tháng 10/2025**   **
        """

    /// Checks every piece's string against its bytes validated, and counts the pieces and those cleaned.
    private static func checkStrings(of source: SourceText) -> (pieces: Int, cleaned: Int) {
        var cleaned = 0
        let (pieces, text, _) = LineScanner.pieces(of: source)
        for piece in pieces {
            let expected = String(validating: text[piece.text], as: UTF8.self)
            #expect(expected != nil, "line \(piece.line) of \(source.path)")
            #expect(String(validUTF8: text[piece.text]) == expected, "line \(piece.line) of \(source.path)")
            if piece.rawEnd - piece.rawStart != piece.text.count { cleaned += 1 }
        }
        return (pieces.count, cleaned)
    }

    @Test func markedUpLinesGiveTheirCleanedText() {
        let source = SourceText(text: Self.markedUp, path: "marked-up.md")
        let (pieces, text, _) = LineScanner.pieces(of: source)
        #expect(pieces.map { String(validUTF8: text[$0.text]) } == [
            "I. MỤC ĐÍCH, YÊU CẦU",
            "1. Mục đích: Phát huy tinh thần thi đua yêu nước trong toàn tỉnh.",
            "- Cá nhân *được* khen thưởng: Bằng khen của Chủ tịch UBND tỉnh",
            "Đối tượng",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "1. Mục đích",
            "- Đẩy mạnh chuyển đổi số, đổi mới sáng tạo",
            "Thời gian: từ tháng 6/2024 đến tháng 10/2025",
        ])
        let counts = Self.checkStrings(of: source)
        // The glued heading is split in two; every line but that one is cleaned.
        #expect(counts.pieces == 8)
        #expect(counts.cleaned == 7)
    }

    @Test(arguments: Corpus.all)
    func corpusLinesGiveTheirCleanedText(_ id: String) throws {
        let counts = Self.checkStrings(of: try Corpus.source(id))
        #expect(counts.pieces > 50)
    }

    /// The plain definition the sixteen-bytes-at-a-time test must agree with.
    private static func needsNoCleaning(_ line: [UInt8]) -> Bool {
        !line.contains(UInt8(ascii: "*")) && !line.contains(UInt8(ascii: "\\"))
            && !zip(line, line.dropFirst()).contains { $0 == 0x20 && $1 == 0x20 }
    }

    @Test func aLineIsAsWrittenExactlyWhenItHasNoMarkupAndNoDoubledSpace() throws {
        var lines: [[UInt8]] = []
        // Each mark at each position of lines up to three words long, across the words' edges.
        for length in 1...24 {
            let plain = (0..<length).map { UInt8(ascii: "a") + UInt8($0 % 26) }
            lines.append(plain)
            for position in 0..<length {
                for mark in [UInt8(ascii: "*"), UInt8(ascii: "\\"), 0x20] {
                    var line = plain
                    line[position] = mark
                    lines.append(line)
                    if position + 1 < length {
                        line[position + 1] = 0x20
                        lines.append(line)
                    }
                }
            }
        }
        for id in Corpus.all {
            let source = try Corpus.source(id)
            lines += (1...source.lineCount).map { Array(source.utf8[source.byteRange(ofLine: $0)]) }
        }
        var asWritten = 0
        for line in lines {
            var marks = line.withUnsafeBufferPointer(MarkupMarks.init)
            let verdict = !marks.any(in: 0..<line.count)
            #expect(verdict == Self.needsNoCleaning(line), "\(String(decoding: line, as: UTF8.self))")
            if verdict { asWritten += 1 }
        }
        #expect(asWritten > 100 && asWritten < lines.count - 100)
        // The marks of all the lines as one document, each line asked about in turn, as the scanner does.
        var document: [UInt8] = [], ranges: [Range<Int>] = []
        for line in lines {
            ranges.append(document.count..<document.count + line.count)
            document += line + [0x0A]
        }
        var marks = document.withUnsafeBufferPointer(MarkupMarks.init)
        for (line, range) in zip(lines, ranges) {
            #expect(!marks.any(in: range) == Self.needsNoCleaning(line), "\(String(decoding: line, as: UTF8.self))")
        }
    }
}
