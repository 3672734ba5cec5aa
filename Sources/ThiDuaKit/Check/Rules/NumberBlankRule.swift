import ThiDuaModel

/// The document number is blank: an unsigned draft.
struct NumberBlankRule: CheckRule {
    static let description = CheckRuleDescription(
        id: "number-blank", severity: .info,
        summary: "The document number is blank (an unsigned draft).",
        rationale: "Drafts leave the number to the clerk who registers the signed document; a signed copy must carry it.",
        triggering: [CheckExample("Số: /KH-UBND\n\nKẾ HOẠCH\n\nI. MỤC ĐÍCH\n", lines: [1])],
        nonTriggering: [CheckExample("Số: 12/KH-UBND\n\nKẾ HOẠCH\n\nI. MỤC ĐÍCH\n")])

    func check(_ context: CheckContext) -> [Finding] {
        guard context.record.number == nil, let line = context.record.lines["number"] else { return [] }
        return [context.finding(Self.description, line: line, at: "/", Message(
            en: "the document number is blank: an unsigned draft",
            vi: "số văn bản để trống: dự thảo chưa ký"))]
    }
}
