import ThiDuaModel

/// The issue date leaves the day or month blank.
struct DateBlankRule: CheckRule {
    static let description = CheckRuleDescription(
        id: "date-blank", severity: .info,
        summary: "The issue date leaves the day or the month blank (an unsigned draft).",
        rationale: "`ngày tháng năm 2026` is how a draft waits for its signing date; a signed copy must give it in full.",
        triggering: [CheckExample("Số: /KH-UBND\n\nSơn La, ngày tháng năm 2026\n\nKẾ HOẠCH\n\nI. MỤC ĐÍCH\n", lines: [3])],
        nonTriggering: [CheckExample("Sơn La, ngày 5 tháng 3 năm 2026\n\nKẾ HOẠCH\n\nI. MỤC ĐÍCH\n")])

    func check(_ context: CheckContext) -> [Finding] {
        guard let issued = context.record.issued, issued.count < 10, let line = context.record.lines["issued"] else { return [] }
        return [context.finding(Self.description, line: line, at: "ngày", Message(
            en: "the issue date is incomplete (\(issued)): an unsigned draft",
            vi: "ngày ban hành chưa đầy đủ (\(issued)): dự thảo chưa ký"))]
    }
}
