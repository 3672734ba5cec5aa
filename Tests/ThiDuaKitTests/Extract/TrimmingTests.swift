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
        let sets: [Set<Character>] = [[" "], [" ", ","], [" ", ",", ";"], [".", " "], ["“", " "]]
        let texts = [
            "", " ", " ,; ", "Sở Nội vụ", "  Sở Nội vụ, ", ", Chánh Văn phòng UBND tỉnh;", " e\u{0301} ", " \u{0301}abc ",
            "abc \u{0301}", "“Đổi mới” ", " 👩\u{200D}💻 ", " ệ ", ". ",
        ]
        for characters in sets {
            for text in texts {
                #expect(text.trimming(characters) == Self.byCharacter(text, characters), "\(text.unicodeScalars.map(\.value))")
            }
        }
    }
}
