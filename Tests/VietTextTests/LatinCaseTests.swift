import Testing
import VietText

@Suite struct LatinCaseTests {
    /// Every scalar up to U+2FFF, and the Vietnamese letters, get the stdlib's answers.
    @Test func agreesWithTheStdlibOnEveryScalar() {
        var mismatches: [String] = []
        for value in UInt32(0)...0x2FFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let mapped = Array(scalar.properties.lowercaseMapping.unicodeScalars)
            let simple = mapped.count == 1 ? mapped[0] : scalar
            var full: [Unicode.Scalar] = []
            LatinCase.appendLowercase(scalar, to: &full)
            if LatinCase.lowercase(scalar) != simple { mismatches.append("lowercase \(String(value, radix: 16))") }
            if full != mapped { mismatches.append("full lowercase \(String(value, radix: 16))") }
            if LatinCase.isLetter(scalar) != scalar.properties.isAlphabetic { mismatches.append("letter \(String(value, radix: 16))") }
            if LatinCase.isWhitespace(scalar) != scalar.properties.isWhitespace { mismatches.append("space \(String(value, radix: 16))") }
            if LatinCase.isUppercase(scalar) != scalar.properties.isUppercase { mismatches.append("upper \(String(value, radix: 16))") }
            if LatinCase.isLowercase(scalar) != scalar.properties.isLowercase { mismatches.append("lower \(String(value, radix: 16))") }
            let text = "Ấ\(scalar)b"
            if LatinCase.lowercased(text) != text.lowercased() { mismatches.append("lowercased \(String(value, radix: 16))") }
            if LatinCase.lowercasedUTF8(text) != Array(text.lowercased().utf8) { mismatches.append("lowercased UTF-8 \(String(value, radix: 16))") }
        }
        #expect(mismatches == [])
        #expect(LatinCase.lowercase("Ặ") == "ặ" && LatinCase.lowercase("Ư") == "ư" && LatinCase.lowercase("Đ") == "đ")
    }

    @Test func oneCharacterPerScalarOnlyWithoutMarksOrJoiners() {
        #expect(LatinCase.isOneCharacterPerScalar("Kế hoạch – “Đổi mới” …"))
        #expect(!LatinCase.isOneCharacterPerScalar("Vie\u{0323}\u{0302}t"))
        #expect(!LatinCase.isOneCharacterPerScalar("a\r\nb"))
        #expect(!LatinCase.isOneCharacterPerScalar("👩\u{200D}💻"))
    }

    @Test func lowercasedTextIsTheStdlibs() {
        for text in ["KẾ HOẠCH THI ĐUA “ĐỔI MỚI, SÁNG TẠO”", "Sở Khoa học và Công nghệ", "İSTANBUL ΣΟΦΟΣ ǅ Ⅻ", "", "abc 123"] {
            #expect(LatinCase.lowercased(text) == text.lowercased())
            // Appended after what the buffer held, the same, whether in place or by the slower road.
            var buffer = Array("Ấ\n".utf8)
            var source = text
            source.withUTF8 { LatinCase.appendLowercaseUTF8($0, to: &buffer) }
            #expect(buffer == Array(("Ấ\n" + text.lowercased()).utf8))
        }
        // Every ASCII byte at every offset of the eight bytes lowered at once, between Vietnamese letters.
        let ascii = String(decoding: Array(UInt8(0)...0x7F), as: UTF8.self)
        for shift in 0..<9 {
            let text = String(repeating: "A", count: shift) + ascii + "ẤĐ" + ascii + "Ư" + String(repeating: "Z", count: shift)
            #expect(LatinCase.lowercased(text) == text.lowercased())
            #expect(LatinCase.lowercasedUTF8(text) == Array(text.lowercased().utf8))
        }
    }

    @Test func stringOfScalarsEncodesEveryWidth() {
        for text in ["", "abc", "Kế hoạch thi đua", "ẞ ΣΟΦΟΣ – “Đổi mới” …", "𝕏 👩\u{200D}💻 \u{10FFFF}"] {
            let scalars = Array(text.unicodeScalars)
            #expect(String(scalars: scalars) == text)
            #expect(text.scalarArray == scalars)
            #expect(String(scalars: scalars.dropFirst()) == String(text.unicodeScalars.dropFirst()))
        }
    }
}
