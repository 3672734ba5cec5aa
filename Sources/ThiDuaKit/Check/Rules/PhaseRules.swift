import ThiDuaModel

/// Consecutive phases that share years.
struct PhaseOverlapRule: CheckRule {
    static let description = CheckRuleDescription(
        id: "phase-overlap", severity: .warning,
        summary: "Two consecutive phases share a year.",
        rationale: "A year in two phases leaves open which phase's targets and review it belongs to.",
        triggering: [CheckExample("KẾ HOẠCH\n\nI. THỜI GIAN\n\n- Giai đoạn I (2025-2027): triển khai.\n\n- Giai đoạn II (2027-2030): tổng kết.\n", lines: [7])],
        nonTriggering: [CheckExample("KẾ HOẠCH\n\nI. THỜI GIAN\n\n- Giai đoạn 1 (2026-2027): triển khai.\n\n- Giai đoạn 2 (2028-2030): tổng kết.\n")])

    func check(_ context: CheckContext) -> [Finding] {
        zip(context.record.phases, context.record.phases.dropFirst()).compactMap { first, second in
            guard second.from <= first.to else { return nil }
            let years = second.from == first.to ? "\(first.to)" : "\(second.from)–\(first.to)"
            return context.finding(Self.description, line: second.line, at: second.label, Message(
                en: "\(second.label) (\(second.from)–\(second.to)) overlaps \(first.label) (\(first.from)–\(first.to)) in \(years)",
                vi: "\(second.label) (\(second.from)–\(second.to)) chồng lấn với \(first.label) (\(first.from)–\(first.to)) năm \(years)"))
        }
    }
}

/// Consecutive phases with years between them that belong to no phase.
struct PhaseGapRule: CheckRule {
    static let description = CheckRuleDescription(
        id: "phase-gap", severity: .warning,
        summary: "Years between two consecutive phases belong to no phase.",
        rationale: "A year outside every phase has no targets and no review.",
        triggering: [CheckExample("KẾ HOẠCH\n\nI. THỜI GIAN\n\n- Giai đoạn 1 (2026-2027): triển khai.\n\n- Giai đoạn 2 (2029-2030): tổng kết.\n", lines: [7])],
        nonTriggering: [CheckExample("KẾ HOẠCH\n\nI. THỜI GIAN\n\n- Giai đoạn 1 (2026-2027): triển khai.\n\n- Giai đoạn 2 (2028-2030): tổng kết.\n")])

    func check(_ context: CheckContext) -> [Finding] {
        zip(context.record.phases, context.record.phases.dropFirst()).compactMap { first, second in
            guard second.from > first.to + 1 else { return nil }
            let gap = second.from - 1 == first.to + 1 ? "\(first.to + 1)" : "\(first.to + 1)–\(second.from - 1)"
            return context.finding(Self.description, line: second.line, at: second.label, Message(
                en: "no phase covers \(gap), between \(first.label) (ends \(first.to)) and \(second.label) (starts \(second.from))",
                vi: "không giai đoạn nào bao gồm \(gap), giữa \(first.label) (kết thúc \(first.to)) và \(second.label) (bắt đầu \(second.from))"))
        }
    }
}

/// A phase outside the period the plan's title gives.
struct PhaseOutsidePeriodRule: CheckRule {
    static let description = CheckRuleDescription(
        id: "phase-outside-period", severity: .warning,
        summary: "A phase starts before or ends after the movement's period in the title.",
        rationale: "Phases divide the movement's period; one outside it contradicts the title.",
        triggering: [CheckExample("KẾ HOẠCH\n\nThi đua “Đổi mới” giai đoạn 2026-2030\n\nI. THỜI GIAN\n\n- Giai đoạn 1 (2025-2027): triển khai.\n", lines: [7])],
        nonTriggering: [CheckExample("KẾ HOẠCH\n\nThi đua “Đổi mới” giai đoạn 2026-2030\n\nI. THỜI GIAN\n\n- Giai đoạn 1 (2026-2027): triển khai.\n")])

    func check(_ context: CheckContext) -> [Finding] {
        guard let movement = context.record.movement, let from = movement.from, let to = movement.to,
            context.record.lines["movement.from"] != context.record.phases.first?.line
        else { return [] }
        return context.record.phases.compactMap { phase in
            guard phase.from < from || phase.to > to else { return nil }
            return context.finding(Self.description, line: phase.line, at: phase.label, Message(
                en: "\(phase.label) (\(phase.from)–\(phase.to)) lies outside the period \(from)–\(to)",
                vi: "\(phase.label) (\(phase.from)–\(phase.to)) nằm ngoài thời gian \(from)–\(to)"))
        }
    }
}
