import Foundation
import Testing
import ThiDuaKit

/// The same document as NFD, with CRLF, with a BOM or as UTF-16 gives the identical tree.
@Suite struct EncodingVariantsTests {
    enum Variant: String, CaseIterable {
        case nfd, crlf, cr, utf8BOM, utf16LE, utf16BE, everythingAtOnce

        func bytes(of text: String) -> [UInt8] {
            switch self {
            case .nfd: return Array(text.decomposedStringWithCanonicalMapping.utf8)
            case .crlf: return Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)
            case .cr: return Array(text.replacingOccurrences(of: "\n", with: "\r").utf8)
            case .utf8BOM: return TextEncoding.utf8WithBOM.encode(text)
            case .utf16LE: return TextEncoding.utf16LittleEndian.encode(text)
            case .utf16BE: return TextEncoding.utf16BigEndian.encode(text)
            case .everythingAtOnce:
                let messy = text.decomposedStringWithCanonicalMapping.replacingOccurrences(of: "\n", with: "\r\n")
                return TextEncoding.utf16BigEndian.encode(messy)
            }
        }
    }

    @Test(arguments: Corpus.all, Variant.allCases)
    func variantGivesTheIdenticalTree(id: String, variant: Variant) throws {
        let original = try Corpus.source(id)
        let copy = try Ingester().ingest(bytes: variant.bytes(of: original.text), path: Corpus.path(id))
        #expect(copy.utf8 == original.utf8)
        #expect(copy.lineCount == original.lineCount)
        let expected = Segmenter().segment(original)
        let actual = Segmenter().segment(copy)
        #expect(actual == expected)
    }
}
