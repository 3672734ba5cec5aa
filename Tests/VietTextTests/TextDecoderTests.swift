import Foundation
import Testing

@testable import VietText

@Suite struct TextDecoderTests {
    let sample = "Kế hoạch “Đổi mới sáng tạo” 2026\n"

    @Test func utf8WithAndWithoutBOM() throws {
        let plain = try TextDecoder.decode(Array(sample.utf8))
        #expect(plain.text == sample)
        #expect(plain.encoding == .utf8)
        let bom = try TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array(sample.utf8))
        #expect(bom.text == sample)
        #expect(bom.encoding == .utf8WithBOM)
    }

    @Test func utf16BothByteOrders() throws {
        let little = TextEncoding.utf16LittleEndian.encode(sample)
        let big = TextEncoding.utf16BigEndian.encode(sample)
        #expect(little.prefix(4) == [0xFF, 0xFE, 0x4B, 0x00])
        #expect(big.prefix(4) == [0xFE, 0xFF, 0x00, 0x4B])
        #expect(try TextDecoder.decode(little) == DecodedText(text: sample, encoding: .utf16LittleEndian))
        #expect(try TextDecoder.decode(big) == DecodedText(text: sample, encoding: .utf16BigEndian))
    }

    /// Every width of UTF-8 comes through UTF-16: ASCII, two and three bytes, and surrogate pairs.
    @Test func utf16CarriesEveryWidth() throws {
        let text = "A é Ặ “” 𝕍 😀 \u{FFFD}\u{10FFFF}"
        for encoding in [TextEncoding.utf16LittleEndian, .utf16BigEndian] {
            #expect(try TextDecoder.decode(encoding.encode(text)).text == text)
        }
    }

    /// UTF-16 comes back as the text it encodes, byte for byte, whatever the mix of ASCII (read four
    /// units at a time) and wider units, and wherever a unit stands against the four-unit words: every
    /// text of up to four pieces, in both byte orders.
    @Test func utf16IsTranscodedExactly() throws {
        let pieces = ["a", "Z", " ", "\n", "é", "Ặ", "😀", "\u{7F}", "\u{80}", "\u{7FF}", "\u{800}", "\u{FFFF}"]
        var texts = [""]
        var mismatches: [String] = []
        for _ in 1...4 {
            texts = texts.flatMap { text in pieces.map { text + $0 } }
            for text in texts {
                for encoding in [TextEncoding.utf16LittleEndian, .utf16BigEndian] {
                    let decoded = try TextDecoder.decode(encoding.encode(text)).text
                    if !decoded.utf8.elementsEqual(text.utf8) { mismatches.append(text) }
                }
            }
        }
        #expect(texts.count == 20_736)
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }

    /// A NUL unit or an unpaired surrogate is reported at its own offset wherever it stands in a run
    /// of ASCII units.
    @Test func utf16FaultsAreFoundAtEveryPosition() {
        let ascii = Array(TextEncoding.utf16LittleEndian.encode("Kế hoạch thi đua năm 2026, giai đoạn 2025"))
        for position in stride(from: 2, to: ascii.count, by: 2) {
            var nul = ascii
            nul[position] = 0
            nul[position + 1] = 0
            #expect(throws: TextDecodingError.nulByte(offset: position)) { try TextDecoder.decode(nul) }
            var lowAlone = ascii
            lowAlone[position] = 0x00
            lowAlone[position + 1] = 0xDC
            #expect(throws: TextDecodingError.invalidUTF16(offset: position)) { try TextDecoder.decode(lowAlone) }
            var highAlone = ascii
            highAlone[position] = 0x3D
            highAlone[position + 1] = 0xD8
            #expect(throws: TextDecodingError.invalidUTF16(offset: position)) { try TextDecoder.decode(highAlone) }
        }
    }

    @Test func rejectsEmptyInput() {
        #expect(throws: TextDecodingError.empty) { try TextDecoder.decode([]) }
        #expect(throws: TextDecodingError.empty) { try TextDecoder.decode([0xEF, 0xBB, 0xBF]) }
        #expect(throws: TextDecodingError.empty) { try TextDecoder.decode([0xFF, 0xFE]) }
    }

    @Test func reportsTheOffsetOfInvalidUTF8() {
        // "Số" then a lone continuation byte at offset 4, then a truncated 3-byte sequence.
        let bytes = Array("Số ".utf8) + [0x80] + Array("abc".utf8)
        #expect(throws: TextDecodingError.invalidUTF8(offset: 5)) { try TextDecoder.decode(bytes) }
        #expect(throws: TextDecodingError.invalidUTF8(offset: 2)) { try TextDecoder.decode([0x41, 0x42, 0xE1, 0xBB]) }
        // Overlong encoding of "/" and a surrogate encoded in UTF-8 are invalid too.
        #expect(throws: TextDecodingError.invalidUTF8(offset: 0)) { try TextDecoder.decode([0xC0, 0xAF]) }
        #expect(throws: TextDecodingError.invalidUTF8(offset: 1)) { try TextDecoder.decode([0x41, 0xED, 0xA0, 0x80]) }
    }

    @Test func rejectsNULBytesWithTheirOffset() {
        #expect(throws: TextDecodingError.nulByte(offset: 3)) { try TextDecoder.decode([0x41, 0x42, 0x43, 0x00, 0x44]) }
        // UTF-16 without a byte-order mark is caught by its NUL bytes.
        let withoutBOM = Array(TextEncoding.utf16LittleEndian.encode("Ab").dropFirst(2))
        #expect(throws: TextDecodingError.nulByte(offset: 1)) { try TextDecoder.decode(withoutBOM) }
    }

    @Test func rejectsMalformedUTF16() {
        #expect(throws: TextDecodingError.invalidUTF16(offset: 4)) { try TextDecoder.decode([0xFF, 0xFE, 0x41, 0x00, 0x42]) }
        // An unpaired high surrogate at code unit 1 (byte offset 4).
        #expect(throws: TextDecodingError.invalidUTF16(offset: 4)) {
            try TextDecoder.decode([0xFF, 0xFE, 0x41, 0x00, 0x3D, 0xD8, 0x41, 0x00])
        }
        // A lone low surrogate, and a high surrogate at the very end.
        #expect(throws: TextDecodingError.invalidUTF16(offset: 2)) { try TextDecoder.decode([0xFF, 0xFE, 0x00, 0xDC, 0x41, 0x00]) }
        #expect(throws: TextDecodingError.invalidUTF16(offset: 4)) { try TextDecoder.decode([0xFF, 0xFE, 0x41, 0x00, 0x3D, 0xD8]) }
        // A high surrogate before a unit above the low ones, and before another high one.
        #expect(throws: TextDecodingError.invalidUTF16(offset: 2)) { try TextDecoder.decode([0xFF, 0xFE, 0x3D, 0xD8, 0x00, 0xE0]) }
        #expect(throws: TextDecodingError.invalidUTF16(offset: 2)) { try TextDecoder.decode([0xFF, 0xFE, 0x3D, 0xD8, 0x3D, 0xD8]) }
    }

    /// Every pair of bytes, and every lead byte of three and four followed by the edge values of the
    /// ranges that may follow it, each at a position within eight bytes that changes from one to the
    /// next, followed by more text, cut short by the end, or followed by eight ASCII bytes and a stray
    /// continuation byte (which must not close a sequence left open).
    private static let byteSequences: [[UInt8]] = {
        let edges: [UInt8] = [0x01, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xE1, 0xF4, 0xFF]
        var sequences: [[UInt8]] = []
        for b0 in UInt8(1)...0xFF {
            for b1 in UInt8(1)...0xFF { sequences.append([b0, b1]) }
            guard b0 >= 0xC0 else { continue }
            for b1 in edges {
                for b2 in edges {
                    sequences.append([b0, b1, b2])
                    guard b0 >= 0xF0 && b0 <= 0xF5 else { continue }
                    for b3 in edges { sequences.append([b0, b1, b2, b3]) }
                }
            }
        }
        return sequences.enumerated().flatMap { index, sequence in
            let padding = [UInt8](repeating: UInt8(ascii: "a"), count: 2 + index % 9)
            return [padding + sequence + Array("z.".utf8), padding + sequence, padding + sequence + Array("abcdefgh".utf8) + [0x80]]
        }
    }()

    /// The decoder's own validation accepts exactly the bytes the standard library's does, and gives
    /// the same text.
    @Test func acceptsExactlyWellFormedUTF8() {
        var accepted = 0, mismatches: [[UInt8]] = []
        for bytes in Self.byteSequences {
            let decoded = try? TextDecoder.decode(bytes).text
            let expected = String(validating: bytes, as: UTF8.self)
            if decoded != expected { mismatches.append(bytes) }
            if expected != nil { accepted += 1 }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
        // Both kinds are there: the well-formed (ASCII pairs, `C3 A1`, `E1 BA A1` …) and the others.
        #expect(accepted > 20_000 && accepted < Self.byteSequences.count)
    }

    /// Decoding and normalising at once (which reads plain text once for both) gives what decoding,
    /// then normalising gives, or the same error: for the byte sequences above, and for every scalar
    /// from NUL to U+2FFF and a few beyond, alone, between letters, before a combining mark, after a
    /// CR, with and without a byte-order mark, and in UTF-16.
    @Test func decodingAndNormalisingAtOnceIsDecodingThenNormalising() {
        func oneAfterTheOther(_ bytes: [UInt8]) -> Result<DecodedText, TextDecodingError> {
            Result { () throws(TextDecodingError) -> DecodedText in
                var decoded = try TextDecoder.decode(bytes)
                decoded.text = TextNormalizer.normalize(decoded.text)
                return decoded
            }
        }
        var inputs = Self.byteSequences
        let scalars = (0x00...0x2FFF).compactMap(Unicode.Scalar.init) + ["\u{3000}", "\u{FEFF}", "\u{1F600}"]
        for scalar in scalars {
            for text in ["\(scalar)", "a\(scalar)b", "\(scalar)\u{0301}", "e\(scalar)\u{0302}x", "\r\(scalar)"] {
                inputs.append(Array(text.utf8))
                inputs.append([0xEF, 0xBB, 0xBF] + Array(text.utf8))
                inputs.append(TextEncoding.utf16LittleEndian.encode(text))
            }
            inputs.append(TextEncoding.utf16BigEndian.encode("e\(scalar)\u{0302}x"))
        }
        // Line ends of every kind, in every encoding: CRLF, lone CRs, CR CR LF, at the start and end.
        for text in ["Kế hoạch\r\nsố 12\r\n\r\n", "a\rb\r", "\r\r\nx\n\r", "\r", "\r\n", "Tổ\r\n\tchức\r\n", "e\u{0302}\r\n"] {
            for encoding in [TextEncoding.utf8, .utf8WithBOM, .utf16LittleEndian, .utf16BigEndian] { inputs.append(encoding.encode(text)) }
        }
        var plain = 0, mismatches: [[UInt8]] = []
        for bytes in inputs {
            let expected = oneAfterTheOther(bytes).map { NormalizedBytes(utf8: Array($0.text.utf8), encoding: $0.encoding) }
            if Result(catching: { () throws(TextDecodingError) in try TextDecoder.decodeNormalized(bytes) }) != expected { mismatches.append(bytes) }
            if bytes.withUnsafeBufferPointer(UTF8Validation.isPlain) { plain += 1 }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
        #expect(plain > 30_000 && plain < inputs.count)
    }

    /// CRLF and lone CRs become LF, as the normaliser makes them; bytes without a CR are left alone.
    @Test func lineEndsBecomeLineFeedsOnTheBytes() {
        let cases: [(String, String?)] = [
            ("a\r\nb\r\n", "a\nb\n"), ("a\rb", "a\nb"), ("\r\r\nx", "\n\nx"), ("\r", "\n"), ("x\r", "x\n"),
            ("\r\n\r\n", "\n\n"), ("Số 12\r\nngày", "Số 12\nngày"), ("no line end", nil), ("a\nb", nil),
        ]
        for (text, expected) in cases {
            #expect(TextDecoder.withLineFeeds(Array(text.utf8)) == expected.map { Array($0.utf8) }, "\(text.debugDescription)")
        }
    }

    /// Vietnamese text as most files hold it is plain, read once; its copies that need normalising are not.
    @Test func plainTextIsTold() {
        let plain = Array(sample.utf8)
        let others = [
            sample.decomposedStringWithCanonicalMapping, sample.replacingOccurrences(of: "\n", with: "\r\n"),
            sample.replacingOccurrences(of: " ", with: "\u{00A0}"), sample.replacingOccurrences(of: " ", with: "\t"),
            sample + "\u{0}",
        ]
        #expect(plain.withUnsafeBufferPointer(UTF8Validation.isPlain))
        for other in others { #expect(!Array(other.utf8).withUnsafeBufferPointer(UTF8Validation.isPlain), "\(other.debugDescription)") }
    }

    /// A long text (the automata test for rejection once every 64 bytes) is rejected wherever the bad
    /// byte stands: before, on and after each 64-byte boundary, and in the last bytes, read one by one.
    @Test func aBadByteIsFoundAnywhereInALongText() {
        let text = Array(String(repeating: sample, count: 8).utf8)
        #expect(text.count > 200)
        #expect(text.withUnsafeBufferPointer(UTF8Validation.isPlain))
        #expect(text.withUnsafeBufferPointer(UTF8Validation.isWellFormed))
        var missed: [Int] = []
        for offset in 0...text.count {
            // A stray continuation byte: ill-formed, so neither well-formed nor plain.
            var bad = text
            bad.insert(0x80, at: offset)
            if bad.withUnsafeBufferPointer(UTF8Validation.isWellFormed) || bad.withUnsafeBufferPointer(UTF8Validation.isPlain) {
                missed.append(offset)
            }
        }
        #expect(missed.isEmpty, "\(missed.prefix(5))")
        // A CR between lines: well-formed, not plain.
        var crlf = text
        crlf.insert(0x0D, at: text.count - 1)
        #expect(crlf.withUnsafeBufferPointer(UTF8Validation.isWellFormed))
        #expect(!crlf.withUnsafeBufferPointer(UTF8Validation.isPlain))
    }

    @Test func messagesNameTheProblemAndOffset() {
        #expect(TextDecodingError.invalidUTF8(offset: 1234).message == "not valid UTF-8 at byte offset 1234")
        #expect(TextDecodingError.nulByte(offset: 7).message.hasPrefix("NUL byte at byte offset 7"))
    }
}
