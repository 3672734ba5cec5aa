import Testing
import VietText

@Suite struct MatchingKeyTests {
    @Test(arguments: [
        ("hoá", "hóa"), ("hoà", "hòa"), ("toả", "tỏa"), ("uỷ", "ủy"), ("thuỷ", "thủy"), ("khoẻ", "khỏe"),
        ("Uỷ ban nhân dân", "Ủy ban nhân dân"), ("Cờ Thi đua", "cờ thi đua"), ("chuyển  đổi\nsố", "chuyển đổi số"),
        ("VĂN HOÁ", "văn hóa"),
    ])
    func spellingsAReaderTakesForTheSameWordsShareAKey(old: String, new: String) {
        #expect(MatchingKey(old) == MatchingKey(new))
    }

    @Test func quyKeepsItsToneOnY() {
        #expect(MatchingKey("quý").value == "quý")
        #expect(MatchingKey("Quỳ").value == "quỳ")
        #expect(MatchingKey("quý") != MatchingKey("qúy"))
    }

    @Test func syllablesWithAFinalConsonantAreNotMoved() {
        #expect(MatchingKey("hoàng").value == "hoàng")
        #expect(MatchingKey("khuyến").value == "khuyến")
        #expect(MatchingKey("ngoài").value == "ngoài")
    }

    @Test func keysUseTheNewStyle() {
        #expect(MatchingKey("Hoá").value == "hóa")
        #expect(TonePlacement.modernized("Văn hoá, Thể thao") == "Văn hóa, Thể thao")
        #expect(TonePlacement.modernized("UỶ BAN") == "ỦY BAN")
    }

    @Test func accentFreeFormDropsEveryDiacritic() {
        #expect(MatchingKey("Đổi mới sáng tạo", accentFree: true).value == "doi moi sang tao")
        #expect(MatchingKey("Sở Khoa học và Công nghệ", accentFree: true).value == "so khoa hoc va cong nghe")
        #expect(MatchingKey.stripAccents("Lâm Đồng") == "Lam Dong")
    }

    @Test func differentWordsStayDifferent() {
        #expect(MatchingKey("Đổi mới sáng tạo") != MatchingKey("Đổi mới, sáng tạo"))
        #expect(MatchingKey("chuyên đổi số") != MatchingKey("chuyển đổi số"))
    }
}
