import Foundation
import Testing
import VietText

@Suite struct TextNormalizerTests {
    @Test func lineEndsBecomeLFWithoutChangingTheLineCount() {
        #expect(TextNormalizer.normalize("a\r\nb\rc\nd") == "a\nb\nc\nd")
        #expect(TextNormalizer.normalize("\r\n\r\n") == "\n\n")
    }

    @Test func spacesAreUnified() {
        #expect(TextNormalizer.normalize("Số:\u{00A0}2037\t/QĐ") == "Số: 2037 /QĐ")
        #expect(TextNormalizer.normalize("chuyển\u{200B}đổi\u{200D} số\u{FEFF}") == "chuyểnđổi số")
        #expect(TextNormalizer.normalize("a\u{202F}b\u{3000}c\u{00AD}d") == "a b cd")
    }

    @Test func decomposedTextIsComposed() {
        let nfc = "Nguyễn Đình Việt, Hà Tĩnh, chuyển đổi số"
        let nfd = nfc.decomposedStringWithCanonicalMapping
        #expect(Array(nfd.utf8) != Array(nfc.utf8))
        #expect(Array(TextNormalizer.normalize(nfd).utf8) == Array(nfc.utf8))
        #expect(TextNormalizer.isNFC(nfc))
        #expect(!TextNormalizer.isNFC(nfd))
    }

    @Test func textThatNeedsNothingIsUnchanged() {
        let text = "I. MỤC ĐÍCH, YÊU CẦU\n- “Cả nước thi đua” – 2026\n"
        #expect(TextNormalizer.normalize(text) == text)
    }

    /// The composer agrees with Foundation on every letter of the Latin blocks, each alone and followed
    /// by marks in either order, and on text it hands back to Foundation (Hangul, Devanagari).
    @Test func compositionAgreesWithFoundation() {
        var samples: [String] = []
        for value in Array(0xC0...0x24F) + Array(0x1E00...0x1EFF) {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            let letter = String(scalar)
            samples += [letter, letter + "\u{0323}", letter + "\u{0301}\u{0323}", letter + "\u{031B}\u{0300}", "x" + letter + "\u{0302}"]
        }
        samples += ["e\u{0302}\u{0323}", "e\u{0323}\u{0302}", "o\u{0301}\u{031B}", "\u{0301}đầu dòng", "\u{1100}\u{1161}\u{11A8}", "क\u{093C}", "a\u{0308}\u{0301}\u{0323}"]
        // A precomposed letter whose marks no longer all compose once another mark sorts before them:
        // the text grows.
        samples += ["\u{1EC7}\u{0327}", "Vi\u{1EC7}\u{0327}t", "\u{0327}\u{0301}"]
        // All of them in one text: runs of marks after letters, spaces and line ends.
        samples.append(samples.joined(separator: " ") + "\n" + samples.joined(separator: "\n"))
        for sample in samples {
            let decomposed = sample.decomposedStringWithCanonicalMapping
            let expected = Array(sample.precomposedStringWithCanonicalMapping.utf8)
            #expect(Array(TextNormalizer.normalize(sample).utf8) == expected, "\(sample.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(Array(TextNormalizer.normalize(decomposed).utf8) == expected)
        }
    }

    /// A text whose composed form is longer than itself, so that the composer's output outgrows the
    /// room it starts with (the input's length), still composes as Foundation composes it.
    @Test func compositionThatGrowsTheTextAgreesWithFoundation() {
        let text = String(repeating: "Vi\u{1EC7}\u{0327}t ", count: 50)
        let expected = text.precomposedStringWithCanonicalMapping
        #expect(expected.utf8.count > text.utf8.count)
        #expect(Array(TextNormalizer.normalize(text).utf8) == Array(expected.utf8))
    }

    /// An ASCII letter with one, two or three marks of U+0300–U+036F (the shape of Vietnamese in NFD,
    /// which the composer takes a shorter way through) composes as Foundation composes it.
    @Test func asciiLetterWithMarksAgreesWithFoundation() {
        let vietnameseMarks: [UInt32] = [0x300, 0x301, 0x302, 0x303, 0x306, 0x309, 0x31B, 0x323]
        for letter in (0x41...0x5A).map({ $0 }) + (0x61...0x7A).map({ $0 }) {
            let base = String(UnicodeScalar(UInt8(letter)))
            var samples: [String] = []
            for mark in UInt32(0x300)..<0x370 {
                let mark = String(Unicode.Scalar(mark)!)
                samples.append(base + mark)
                for other in vietnameseMarks {
                    let other = String(Unicode.Scalar(other)!)
                    samples += [base + mark + other, base + other + mark, base + other + mark + "\u{0301}"]
                }
            }
            // Side by side, after a space, before a line end and at the very end of the text.
            let text = samples.joined(separator: " ") + "\n" + samples.joined() + base + "\u{0302}\u{0301}"
            #expect(Array(TextNormalizer.normalize(text).utf8) == Array(text.precomposedStringWithCanonicalMapping.utf8), "\(base)")
        }
    }

    /// A letter composed after a run of plain text of any length (the composer copies a short run
    /// sixteen bytes at once) composes as Foundation composes it, in the middle of a text and near its
    /// end.
    @Test func compositionAfterRunsOfEveryLengthAgreesWithFoundation() {
        for length in 0...40 {
            let run = String(repeating: "ab", count: 20).prefix(length)
            for tail in ["", "x", String(repeating: "y", count: 15), String(repeating: "z", count: 30)] {
                let text = "đ" + run + "e\u{0302}\u{0301}" + run + "o\u{031B}" + tail
                #expect(Array(TextNormalizer.normalize(text).utf8) == Array(text.precomposedStringWithCanonicalMapping.utf8), "\(length) \(tail.count)")
            }
        }
    }

    /// The fast NFC test never answers yes where the stdlib's quick check says no.
    @Test func fastNFCCheckAgreesWithTheStdlib() {
        for value in UInt32(0x20)...0x2FFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for text in [String(scalar), "a" + String(scalar), String(scalar) + "\u{0301}"] {
                var span = text.utf8Span
                let expected = span.checkForNFC(quickCheck: true)
                #expect(TextNormalizer.isNFC(text) == expected, "U+\(String(value, radix: 16))")
            }
        }
    }

    /// Every scalar to U+2FFF between two letters: replaced as documented, or else composed as
    /// Foundation composes. Text that needs nothing takes a shorter way through, so this checks both.
    @Test func everyScalarIsCleanedOrComposedAsDocumented() {
        var replaced: [UInt32: String] = [0x09: " ", 0x0D: "\n", 0xA0: " ", 0xAD: "", 0x2028: " ", 0x2029: " ", 0x202F: " ", 0x2060: ""]
        for value in UInt32(0x2000)...0x200A { replaced[value] = " " }
        for value in UInt32(0x200B)...0x200D { replaced[value] = "" }
        var mismatches: [String] = []
        for value in UInt32(0x09)...0x2FFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "a\(scalar)b"
            let expected = replaced[value].map { "a\($0)b" } ?? text.precomposedStringWithCanonicalMapping
            if Array(TextNormalizer.normalize(text).utf8) != Array(expected.utf8) { mismatches.append(String(value, radix: 16)) }
        }
        #expect(mismatches == [])
        // Inside a longer text, at each offset of the eight (or sixteen) bytes tested at once, and
        // beside another scalar that needs nothing: the same as between two letters. (With the
        // ideographic space and the byte-order mark, whose leads are sought too.)
        mismatches = []
        for value in Array(UInt32(0x09)...0x2FFF) + [0x3000, 0xFEFF] {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let alone = Array(TextNormalizer.normalize("a\(scalar)b").utf8)
            for offset in 0..<17 {
                let before = String(repeating: "ệ", count: offset % 3) + String(repeating: "x", count: offset)
                let text = before + "a\(scalar)b" + " Kế hoạch thi đua năm 2025"
                let expected = Array(before.utf8) + alone + Array(" Kế hoạch thi đua năm 2025".utf8)
                if Array(TextNormalizer.normalize(text).utf8) != expected {
                    mismatches.append("\(String(value, radix: 16))@\(offset)")
                }
            }
        }
        #expect(mismatches == [])
        // At either end of the text, and alone.
        for (text, expected) in [("\t", " "), ("a\r", "a\n"), ("\u{00A0}b", " b"), ("ệ", "ệ"), ("e\u{0302}", "ê"), ("", "")] {
            #expect(TextNormalizer.normalize(text) == expected)
        }
    }
}
