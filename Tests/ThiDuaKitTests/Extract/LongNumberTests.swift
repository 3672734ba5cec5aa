import Testing
import ThiDuaKit

/// Runs of digits far longer than any number a plan prints (a page of `9`s, a pasted identifier) are
/// read as text, not as numbers: read whole, they overflowed and stopped the program, and with it the
/// other documents of the run.
@Suite struct LongNumberTests {
    private static let run = String(repeating: "9", count: 40)

    @Test func aLineThatStartsWithALongRunIsAParagraph() {
        let document = Constructed.document("KẾ HOẠCH\n\n\(Self.run). Mục đích\n\nĐiều \(Self.run). Ban hành\n\nI. MỤC ĐÍCH\n")
        let plan = document.part(.plan)
        #expect(plan?.body.map(\.text) == ["\(Self.run). Mục đích", "Điều \(Self.run). Ban hành"])
        #expect(plan?.children.map(\.label) == ["I."])
    }

    @Test func aReviewYearThatIsALongRunIsNoYear() {
        let record = Constructed.record(
            "KẾ HOẠCH\n\nV. TIẾN ĐỘ\n\n1. Giai đoạn 1 (từ 2026-2027)\n\n- Năm \(Self.run) tổ chức sơ kết.\n\n"
                + "2. Giai đoạn 2 (từ 2027-2030)\n\n- Năm 2030 tổ chức tổng kết.\n")
        #expect(record.phases.map { "\($0.from)-\($0.to)" } == ["2026-2027", "2027-2030"])
        #expect(record.phases.first?.review == nil)
        #expect(record.phases.last?.review == Phase.Review(kind: .final, when: "2030"))
    }
}
