import ThiDuaModel

/// The decision's number differs from the one its attached plan names.
struct NumberMismatchRule: CheckRule {
    static let description = CheckRuleDescription(
        id: "number-mismatch", severity: .error,
        summary: "The decision's number differs from the number in its plan's (Kèm theo Quyết định số ...) line.",
        rationale: "A plan attached to a decision must name that decision; a different number points readers to another document.",
        triggering: [CheckExample(
            "Số: 2037/QĐ-UBND\n\nQUYẾT ĐỊNH\n\nĐiều 1. Ban hành.\n\nKẾ HOẠCH\n\n(Kèm theo Quyết định số 2031/QĐ-UBND)\n\nI. MỤC ĐÍCH\n", lines: [9])],
        nonTriggering: [CheckExample(
            "Số: 2037 /QĐ-UBND\n\nQUYẾT ĐỊNH\n\nĐiều 1. Ban hành.\n\nKẾ HOẠCH\n\n(Kèm theo Quyết định số 2037/QĐ-UBND)\n\nI. MỤC ĐÍCH\n")])

    func check(_ context: CheckContext) -> [Finding] {
        let record = context.record
        guard let number = record.number, let attached = record.attachedTo, let line = record.lines["attachedTo"] else { return [] }
        let key = { (text: String) in text.filter { $0 != " " } }
        guard key(number) != key(attached) else { return [] }
        return [context.finding(Self.description, line: line, at: attached, Message(
            en: "the decision is numbered \(number) but its plan says it is attached to decision \(attached)",
            vi: "quyết định mang số \(number) nhưng kế hoạch ghi kèm theo quyết định số \(attached)"))]
    }
}
