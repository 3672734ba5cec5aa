import ThiDuaModel

/// The last day a deadline value allows, as `YYYY-MM-DD`, for comparisons.
enum DeadlineDay {
    /// The last day a deadline value allows, as `YYYY-MM-DD`; `nil` for yearly and relative deadlines.
    static func last(_ deadline: Deadline) -> String? { bounds(deadline)?.last }

    /// The first day a deadline value allows.
    static func first(_ deadline: Deadline) -> String? { bounds(deadline)?.first }

    private static func bounds(_ deadline: Deadline) -> (first: String, last: String)? {
        let value = deadline.value
        switch deadline.kind {
        case .date: return (value, value)
        case .month: return (value + "-01", value + "-31")
        case .year: return (value + "-01-01", value + "-12-31")
        case .quarter:
            let parts = value.split(separator: "-")
            guard parts.count == 2, let quarter = Int(parts[1].dropFirst()), (1...4).contains(quarter) else { return nil }
            let (first, last) = [("01-01", "03-31"), ("04-01", "06-30"), ("07-01", "09-30"), ("10-01", "12-31")][quarter - 1]
            return ("\(parts[0])-\(first)", "\(parts[0])-\(last)")
        case .range:
            let ends = value.split(separator: "/").map(String.init)
            guard let from = ends.first, let to = ends.last else { return nil }
            return (from + (from.count == 4 ? "-01-01" : "-01"), to + (to.count == 4 ? "-12-31" : "-31"))
        case .annual, .relative: return nil
        }
    }
}

/// A deadline that falls before the plan is issued.
struct DeadlineBeforeIssueRule: CheckRule {
    static let description = CheckRuleDescription(
        id: "deadline-before-issue", severity: .warning,
        summary: "A deadline falls before the plan's issue date.",
        rationale: "Nobody can meet a deadline that has passed when the plan is signed: it was copied from an older plan or mistyped.",
        triggering: [CheckExample("Hà Tĩnh, ngày 10 tháng 6 năm 2026\n\nKẾ HOẠCH\n\nI. TIẾN ĐỘ\n\nGửi kế hoạch trước ngày 30/5/2026.\n", lines: [7])],
        nonTriggering: [CheckExample("Hà Tĩnh, ngày 10 tháng 5 năm 2026\n\nKẾ HOẠCH\n\nI. TIẾN ĐỘ\n\nGửi kế hoạch trước ngày 30/5/2026.\n")])

    func check(_ context: CheckContext) -> [Finding] {
        guard let issued = context.record.issued else { return [] }
        return context.record.deadlines.compactMap { deadline in
            guard let last = DeadlineDay.last(deadline), last < Self.earliest(issued) else { return nil }
            return context.finding(Self.description, line: deadline.line, at: deadline.text, Message(
                en: "‘\(deadline.text)’ (\(deadline.value)) falls before the issue date \(issued)",
                vi: "‘\(deadline.text)’ (\(deadline.value)) sớm hơn ngày ban hành \(issued)"))
        }
    }

    /// The earliest day a partial issue date allows (`2026` → `2026-01-01`).
    static func earliest(_ issued: String) -> String {
        issued.count == 4 ? issued + "-01-01" : issued.count == 7 ? issued + "-01" : issued
    }
}

/// A deadline after the movement's period ends.
struct DeadlineAfterPeriodRule: CheckRule {
    static let description = CheckRuleDescription(
        id: "deadline-after-period", severity: .warning,
        summary: "A deadline falls after the movement's period ends.",
        rationale: "Work due after the movement is over cannot count towards it.",
        triggering: [CheckExample("KẾ HOẠCH\n\nThi đua “Đổi mới” giai đoạn 2026-2030\n\nI. TIẾN ĐỘ\n\nBáo cáo trong quý I năm 2031.\n", lines: [7])],
        nonTriggering: [CheckExample("KẾ HOẠCH\n\nThi đua “Đổi mới” giai đoạn 2026-2030\n\nI. TIẾN ĐỘ\n\nBáo cáo trong quý IV năm 2030.\n")])

    func check(_ context: CheckContext) -> [Finding] {
        guard let to = context.record.movement?.to else { return [] }
        return context.record.deadlines.compactMap { deadline in
            guard let first = DeadlineDay.first(deadline), first > "\(to)-12-31" else { return nil }
            return context.finding(Self.description, line: deadline.line, at: deadline.text, Message(
                en: "‘\(deadline.text)’ (\(deadline.value)) falls after the movement ends in \(to)",
                vi: "‘\(deadline.text)’ (\(deadline.value)) muộn hơn thời điểm kết thúc phong trào (\(to))"))
        }
    }
}
