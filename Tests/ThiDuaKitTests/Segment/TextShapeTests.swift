import Testing

@testable import ThiDuaSegment

/// The page-break repair joins a block to the one before when it starts in lower case: read from
/// the block's bytes, past the quotes and brackets before its first letter.
@Suite struct TextShapeTests {
    private func startsLowercase(_ text: String) -> Bool {
        Array(text.utf8).withUnsafeBufferPointer(TextShape.startsLowercase)
    }

    @Test func theFirstLetterDecidesPastQuotesAndBrackets() {
        #expect(startsLowercase("nhau thực hiện."))
        #expect(startsLowercase("đơn vị, địa phương"))
        #expect(startsLowercase("“ủy ban” và (các) sở"))
        #expect(startsLowercase("(ưu tiên) cấp xã"))
        #expect(!startsLowercase("Đơn vị"))
        #expect(!startsLowercase("“Ủy ban”"))
        #expect(!startsLowercase("2026 và các năm sau"))
        #expect(!startsLowercase("– ."))
        #expect(!startsLowercase(""))
    }
}
