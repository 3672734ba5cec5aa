import Testing

@testable import ThiDuaExtract

/// `trimming` takes a shorter way for ASCII characters and texts whose ends join no neighbour; it must
/// give what trimming `Character`s gives.
@Suite struct TrimmingTests {
    static func byCharacter(_ text: String, _ characters: Set<Character>) -> String {
        var slice = Substring(text)
        while let first = slice.first, characters.contains(first) { slice.removeFirst() }
        while let last = slice.last, characters.contains(last) { slice.removeLast() }
        return String(slice)
    }

    @Test func trimsAsCharactersDo() {
        let sets: [[Unicode.Scalar]] = [[" "], [" ", ","], [" ", ",", ";"], [".", " "], [" ", ",", "("], ["\u{7F}", "@", "?"]]
        let texts = [
            "", " ", " ,; ", "Sở Nội vụ", "  Sở Nội vụ, ", ", Chánh Văn phòng UBND tỉnh;", " e\u{0301} ", " \u{0301}abc ",
            "abc \u{0301}", "“Đổi mới” ", " 👩\u{200D}💻 ", " ệ ", ". ", "(Sở Tài chính, ", "@?Ủy ban\u{7F}?",
        ]
        for scalars in sets {
            let characters = Set(scalars.map(Character.init))
            for text in texts {
                #expect(
                    text.trimming(TrimmedCharacters(scalars)) == Self.byCharacter(text, characters), "\(text.unicodeScalars.map(\.value))")
            }
        }
    }

    @Test func holdsExactlyTheBytesOfItsCharacters() {
        let trimmed: TrimmedCharacters = [" ", ",", "(", "\u{7F}", "@", "?"]
        let expected: Set<UInt8> = [0x20, 0x2C, 0x28, 0x7F, 0x40, 0x3F]
        for byte in UInt8.min...UInt8.max { #expect(trimmed.contains(byte) == expected.contains(byte), "\(byte)") }
        #expect(trimmed.contains(Character("(")) && !trimmed.contains(Character("“")) && !trimmed.contains(Character("e\u{0301}")))
    }
}
