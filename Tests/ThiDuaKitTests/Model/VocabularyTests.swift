import Testing
import ThiDuaKit

@Suite struct VocabularyTests {
    private func forms(in text: String) -> [String] {
        let document = Segmenter().segment(SourceText(text: "KẾ HOẠCH\n\nI. HÌNH THỨC KHEN THƯỞNG\n\n\(text)\n", path: "t.txt"))
        return PlanExtractor().extract(from: document).awards.map(\.formID)
    }

    @Test(arguments: [
        ("- Cờ Thi đua của UBND tỉnh.", "province-flag"),
        ("- Cờ thi đua của Uỷ ban nhân dân tỉnh.", "province-flag"),
        ("- Bằng khen Thủ tướng.", "pm-certificate"),
        ("- Bằng khen của Thủ tướng Chính phủ.", "pm-certificate"),
        ("- Bằng khen Chủ tịch UBND tỉnh.", "province-chair-certificate"),
        ("- BẰNG KHEN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH.", "province-chair-certificate"),
        ("- Huân chương Lao động hạng Ba.", "labour-order"),
        ("- Cờ thi đua Chính phủ.", "government-flag"),
    ])
    func awardSpellingsMeetTheirCanonicalForm(text: String, id: String) {
        #expect(forms(in: text) == [id])
    }

    @Test func tiersAndCanonicalNames() throws {
        #expect(AwardForms.form(id: "pm-certificate")?.tier == .state)
        #expect(AwardForms.form(id: "province-flag")?.name == "Cờ thi đua của Ủy ban nhân dân tỉnh")
        #expect(AwardForms.form(id: "certificate-of-merit")?.tier == .unit)
        let ids = AwardForms.all.map(\.id)
        #expect(Set(ids).count == ids.count)
        // Canonical names are NFC with new-style tone placement.
        for form in AwardForms.all { #expect(TonePlacement.modernized(form.name) == form.name) }
    }

    @Test func agenciesByNameAbbreviationOrShape() {
        #expect(Agencies.agency(named: "Sở KH&CN")?.name == "Sở Khoa học và Công nghệ")
        #expect(Agencies.agency(named: "Sở Văn hoá, Thể thao và Du lịch")?.id == "culture-sports-tourism")
        #expect(Agencies.agency(named: "Sở Nội vụ tỉnh Sơn La")?.id == "home-affairs")
        #expect(Agencies.agency(named: "Hội đồng TĐKT tỉnh")?.id == "emulation-council")
        #expect(Agencies.agency(named: "Ủy ban MTTQVN tỉnh")?.id == "fatherland-front")
        #expect(Agencies.agency(named: "Trung tâm thông tin") == nil)
        #expect(Agencies.hasAgencyShape("Trung tâm thông tin"))
        #expect(Agencies.hasAgencyShape("Phòng Tổ chức - Hành chính - Quản trị"))
        #expect(!Agencies.hasAgencyShape("Các cơ quan, đơn vị, địa phương"))
    }

    @Test func provincesWithAndWithoutDiacriticsVariants() {
        #expect(Provinces.province(named: "SƠN LA") == "Sơn La")
        #expect(Provinces.province(named: "Thanh Hoá") == "Thanh Hóa")
        #expect(Provinces.province(after: "Chủ tịch Ủy ban nhân dân tỉnh Lâm Đồng") == "Lâm Đồng")
        #expect(Provinces.province(after: "trên địa bàn tỉnh Hà Tĩnh.") == "Hà Tĩnh")
        #expect(Provinces.province(named: "Xã Tân Lập") == nil)
        // Decomposed (NFD) and in capitals, every name is found as itself.
        #expect(Provinces.province(named: "La\u{0302}m Đo\u{0302}\u{0300}ng") == "Lâm Đồng")
        for name in Provinces.all {
            #expect(Provinces.province(named: name.uppercased().decomposedStringWithCanonicalMapping) == name, "\(name)")
        }
    }
}
