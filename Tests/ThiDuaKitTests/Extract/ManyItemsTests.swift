import Testing
import ThiDuaKit

/// A plan that lists far more agencies, citations or award offers than any real one is read
/// whole, each listed once in the order it first appears: the lists are searched through an
/// index once long.
@Suite struct ManyItemsTests {
    @Test func everyAgencyOfAListOfHundredsIsListedOnceWithItsRolesMerged() {
        let count = 200
        var text = "KẾ HOẠCH\n\nV. TỔ CHỨC THỰC HIỆN\n\n"
        for number in 0..<count { text += "\(number % 99 + 1). Trung tâm số \(number)\n\nChủ trì triển khai.\n\n" }
        // The first ten again, later: their roles and tasks join their first listing.
        for number in 0..<10 { text += "\(number + 1). Trung tâm số \(number)\n\nPhối hợp kiểm tra.\n\n" }
        let agencies = Constructed.record(text).agencies
        #expect(agencies.map(\.name) == (0..<count).map { "Trung tâm số \($0)" })
        #expect(agencies.prefix(10).allSatisfy { $0.roles == [.lead, .coordinate, .monitor] && $0.tasks == ["Chủ trì triển khai.", "Phối hợp kiểm tra."] })
        #expect(agencies.dropFirst(10).allSatisfy { $0.roles == [.lead] && $0.tasks == ["Chủ trì triển khai."] })
    }

    @Test func everyOfferOfHundredsIsListedOnce() {
        let count = 200
        var text = "KẾ HOẠCH\n\nIII. HÌNH THỨC KHEN THƯỞNG\n\n"
        for number in 0..<count { text += "- Khen thưởng cơ sở: Giấy khen của Giám đốc Trung tâm số \(number) (khi tổng kết).\n\n" }
        // Offered again, and once more on another occasion: the first is the same offer, the second not.
        text += "- Khen thưởng cơ sở: Giấy khen của Giám đốc Trung tâm số 7 (khi tổng kết).\n\n"
        text += "- Khen thưởng cơ sở: Giấy khen của Giám đốc Trung tâm số 7 (khi sơ kết).\n"
        let awards = Constructed.record(text).awards
        #expect(awards.map(\.grantor) == (0..<count).map { "Giám đốc Trung tâm số \($0)" } + ["Giám đốc Trung tâm số 7"])
        #expect(awards.map(\.occasion) == [AwardOccasion](repeating: .final, count: count) + [.preliminary])
        #expect(awards.allSatisfy { $0.formID == "certificate-of-merit" })
    }

    @Test func everyDocumentOfHundredsOfCitationsIsListedOnce() {
        let count = 200
        var text = "KẾ HOẠCH\n\n"
        for number in 0..<count { text += "Căn cứ Quyết định số \(number + 1)/QĐ-UBND ngày 5/6/2025 của Ủy ban nhân dân tỉnh;\n\n" }
        // Cited again: listed at its first citation only.
        text += "Căn cứ Quyết định số 7/QĐ-UBND ngày 5/6/2025 của Ủy ban nhân dân tỉnh;\n\nI. MỤC ĐÍCH\n"
        let bases = Constructed.record(text).legalBases
        #expect(bases.map(\.number) == (1...count).map { "\($0)/QĐ-UBND" })
        #expect(bases.allSatisfy { $0.date == "2025-06-05" && $0.issuer == "Ủy ban nhân dân tỉnh" })
    }
}
