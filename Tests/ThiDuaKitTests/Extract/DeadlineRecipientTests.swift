import Testing

@testable import ThiDuaExtract

/// The agency a deadline's words send something to (`to` in a deadline): the one sent to rather than
/// the one it passes through, its name ended by punctuation and the words that follow a name.
@Suite struct DeadlineRecipientTests {
    @Test func theAgencySentToIsRead() {
        #expect(DeadlineRule.recipient(in: "Hồ sơ gửi về Sở Nội vụ trước ngày 15/9/2025") == "Sở Nội vụ")
        #expect(DeadlineRule.recipient(in: "báo cáo về Sở Nội vụ (qua Ban Thi đua - Khen thưởng); trước ngày 15/11") == "Sở Nội vụ")
        #expect(DeadlineRule.recipient(in: "Đề nghị khen thưởng (qua Sở Nội vụ trước 15/9/2025).") == "Sở Nội vụ")
        #expect(DeadlineRule.recipient(in: "gửi Sở Tài chính, Sở Nội vụ để tổng hợp") == "Sở Tài chính")
    }

    /// A name not registered is kept as printed when it has an agency's shape, up to its first stop.
    @Test func anAgencyNotRegisteredIsKeptAsPrinted() {
        #expect(DeadlineRule.recipient(in: "gửi về Trung tâm Phục vụ hành chính công (qua bưu điện)") == "Trung tâm Phục vụ hành chính công")
        #expect(DeadlineRule.recipient(in: "gửi về UBND tỉnh (qua Sở Nội vụ) trước ngày 15/9") == "Ủy ban nhân dân tỉnh")
    }

    @Test func theLastCueWins() {
        #expect(DeadlineRule.recipient(in: "gửi về Sở Tài chính và gửi về Sở Nội vụ.") == "Sở Nội vụ")
    }

    @Test func wordsThatNameNoAgencyGiveNone() {
        #expect(DeadlineRule.recipient(in: "báo cáo về tình hình thực hiện trước ngày 15/11") == nil)
        #expect(DeadlineRule.recipient(in: "hoàn thành trong quý II năm 2026") == nil)
    }
}
