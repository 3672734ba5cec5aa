import ThiDuaModel

/// Phases of a sub-plan outside its parent's.
struct ParentPhaseOutsideRule: CheckRule {
    static let description = CheckRuleDescription(
        id: "parent-phase-outside", severity: .warning,
        summary: "With --against: a phase runs outside the parent plan's phases and period.",
        rationale: "A sub-plan implements its parent; its phases should fall within the parent's.",
        triggering: [CheckExample(
            "KẾ HOẠCH\n\nI. TIẾN ĐỘ\n\n1. Giai đoạn 1 (từ 2025-2027)\n", lines: [5],
            parent: "KẾ HOẠCH\n\nI. TIẾN ĐỘ\n\n- Giai đoạn 1 (từ 2026-2027): sơ kết.\n\n- Giai đoạn 2 (từ 2028-2030): tổng kết.\n")],
        nonTriggering: [CheckExample(
            "KẾ HOẠCH\n\nI. TIẾN ĐỘ\n\n1. Giai đoạn 1 (từ 2026-2027)\n",
            parent: "KẾ HOẠCH\n\nI. TIẾN ĐỘ\n\n- Giai đoạn 1 (từ 2026-2027): sơ kết.\n")],
        needs: .parent)

    func check(_ context: CheckContext) -> [Finding] {
        guard let parent = context.parent else { return [] }
        let from = parent.phases.map(\.from).min() ?? parent.movement?.from
        let to = parent.phases.map(\.to).max() ?? parent.movement?.to
        guard let from, let to else { return [] }
        return context.record.phases.compactMap { phase in
            guard phase.from < from || phase.to > to else { return nil }
            return context.finding(Self.description, line: phase.line, at: phase.label, Message(
                en: "\(phase.label) (\(phase.from)–\(phase.to)) runs outside the parent plan's phases (\(from)–\(to))",
                vi: "\(phase.label) (\(phase.from)–\(phase.to)) nằm ngoài các giai đoạn của kế hoạch cấp trên (\(from)–\(to))"))
        }
    }
}

/// An award form or occasion the parent plan does not provide.
struct ParentAwardMismatchRule: CheckRule {
    static let description = CheckRuleDescription(
        id: "parent-award-mismatch", severity: .info,
        summary: "With --against: an award form or occasion the parent plan does not provide.",
        rationale: "Awards beyond the parent's need their own legal basis; a reviewer should confirm them.",
        triggering: [CheckExample(
            "KẾ HOẠCH\n\nI. HÌNH THỨC KHEN THƯỞNG\n\n- Khen thưởng hằng năm: Giấy khen của Chánh Văn phòng.\n", lines: [5],
            parent: "KẾ HOẠCH\n\nI. HÌNH THỨC KHEN THƯỞNG\n\n- Giấy khen (khi sơ kết, tổng kết).\n")],
        nonTriggering: [CheckExample(
            "KẾ HOẠCH\n\nI. HÌNH THỨC KHEN THƯỞNG\n\n- Khen thưởng sơ kết: Giấy khen của Chánh Văn phòng.\n",
            parent: "KẾ HOẠCH\n\nI. HÌNH THỨC KHEN THƯỞNG\n\n- Giấy khen (khi sơ kết, tổng kết).\n")],
        needs: .parent)

    func check(_ context: CheckContext) -> [Finding] {
        guard let parent = context.parent else { return [] }
        let offered = Set(parent.awards.map { "\($0.formID)|\($0.occasion.rawValue)" })
        var reported = Set<String>()
        return context.record.awards.compactMap { award in
            let key = "\(award.formID)|\(award.occasion.rawValue)"
            guard !offered.contains(key), reported.insert(key).inserted else { return nil }
            let formKnown = parent.awards.contains { $0.formID == award.formID }
            return context.finding(Self.description, line: award.line, Message(
                en: formKnown
                    ? "\(award.form) at occasion ‘\(award.occasion.rawValue)’: the parent plan gives it only at \(parent.awards.filter { $0.formID == award.formID }.map(\.occasion.rawValue).joined(separator: ", "))"
                    : "\(award.form): the parent plan does not provide this form",
                vi: formKnown
                    ? "\(award.form) dịp ‘\(award.occasion.rawValue)’: kế hoạch cấp trên chỉ quy định dịp \(parent.awards.filter { $0.formID == award.formID }.map(\.occasion.rawValue).joined(separator: ", "))"
                    : "\(award.form): kế hoạch cấp trên không quy định hình thức này"))
        }
    }
}

/// A deadline later than the parent's for the same purpose.
struct ParentDeadlineLaterRule: CheckRule {
    static let description = CheckRuleDescription(
        id: "parent-deadline-later", severity: .warning,
        summary: "With --against: a deadline later than the parent plan's deadline for the same purpose.",
        rationale: "A unit that reports after its parent's deadline makes the parent late too.",
        triggering: [CheckExample(
            "KẾ HOẠCH\n\nI. TIẾN ĐỘ\n\nBáo cáo kết quả trước ngày 30/11/2026.\n", lines: [5],
            parent: "KẾ HOẠCH\n\nI. TIẾN ĐỘ\n\nBáo cáo kết quả trước ngày 15/11/2026.\n")],
        nonTriggering: [CheckExample(
            "KẾ HOẠCH\n\nI. TIẾN ĐỘ\n\nBáo cáo kết quả trước ngày 10/11/2026.\n",
            parent: "KẾ HOẠCH\n\nI. TIẾN ĐỘ\n\nBáo cáo kết quả trước ngày 15/11/2026.\n")],
        needs: .parent)

    func check(_ context: CheckContext) -> [Finding] {
        guard let parent = context.parent else { return [] }
        return context.record.deadlines.compactMap { deadline in
            let comparable = parent.deadlines.filter { $0.purpose == deadline.purpose && $0.kind == deadline.kind || $0.purpose == deadline.purpose && DeadlineDay.last($0) != nil && DeadlineDay.last(deadline) != nil }
            guard let limit = comparable.compactMap({ parentDeadline -> (Deadline, String)? in
                let value = deadline.kind == .annual && parentDeadline.kind == .annual ? parentDeadline.value : DeadlineDay.last(parentDeadline)
                return value.map { (parentDeadline, $0) }
            }).min(by: { $0.1 < $1.1 }) else { return nil }
            let own = deadline.kind == .annual && limit.0.kind == .annual ? deadline.value : DeadlineDay.last(deadline)
            guard let own, own > limit.1 else { return nil }
            return context.finding(Self.description, line: deadline.line, at: deadline.text, Message(
                en: "‘\(deadline.text)’ (\(deadline.value)) is later than the parent plan's \(deadline.purpose.rawValue) deadline ‘\(limit.0.text)’ (\(limit.0.value))",
                vi: "‘\(deadline.text)’ (\(deadline.value)) muộn hơn thời hạn của kế hoạch cấp trên ‘\(limit.0.text)’ (\(limit.0.value))"))
        }
    }
}

/// A report or nomination deadline the parent sets and the sub-plan omits.
struct ParentDeadlineMissingRule: CheckRule {
    static let description = CheckRuleDescription(
        id: "parent-deadline-missing", severity: .warning,
        summary: "With --against: a reporting or submission deadline the parent plan sets that this plan omits.",
        rationale: "Units must report to their parent on time; a sub-plan that drops the parent's deadline leaves its units without it.",
        triggering: [CheckExample(
            "KẾ HOẠCH\n\nI. TIẾN ĐỘ\n\nTổ chức triển khai.\n", lines: [1],
            parent: "KẾ HOẠCH\n\nI. TIẾN ĐỘ\n\nĐịnh kỳ báo cáo kết quả trước ngày 15/11 hằng năm.\n")],
        nonTriggering: [CheckExample(
            "KẾ HOẠCH\n\nI. TIẾN ĐỘ\n\nBáo cáo kết quả trước ngày 10/11 hằng năm.\n",
            parent: "KẾ HOẠCH\n\nI. TIẾN ĐỘ\n\nĐịnh kỳ báo cáo kết quả trước ngày 15/11 hằng năm.\n")],
        needs: .parent)

    func check(_ context: CheckContext) -> [Finding] {
        guard let parent = context.parent else { return [] }
        let line = context.document.part(.plan)?.headingSpans.first?.line ?? 1
        var findings: [Finding] = []
        for purpose in [DeadlinePurpose.report, .awardNomination] where !context.record.deadlines.contains(where: { $0.purpose == purpose }) {
            for deadline in parent.deadlines where deadline.purpose == purpose {
                findings.append(context.finding(Self.description, line: line, Message(
                    en: "the parent plan sets a deadline for \(purpose == .report ? "reports" : "award nominations"), ‘\(deadline.text)’ (\(deadline.value), its line \(deadline.line)); this plan sets none",
                    vi: "kế hoạch cấp trên quy định thời hạn ‘\(deadline.text)’ (\(deadline.value), dòng \(deadline.line)); kế hoạch này không quy định")))
            }
        }
        return findings
    }
}
