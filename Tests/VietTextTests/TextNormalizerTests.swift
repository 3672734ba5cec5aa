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
}
