import ThiDuaModel
import VietText

/// A plan without award forms, without an organisation of implementation, or without a timeline.
struct MissingSectionRule: CheckRule {
    static let description = CheckRuleDescription(
        id: "missing-section", severity: .warning,
        summary: "The plan has no award forms, no organisation of implementation, or no timeline.",
        rationale: "An emulation plan says how achievements are rewarded, who does what, and by when; a plan without one of them cannot be run.",
        triggering: [CheckExample("KẾ HOẠCH\n\nThi đua “Đổi mới”\n\nI. MỤC ĐÍCH\n\n1. Mục đích\n", lines: [1, 1, 1])],
        nonTriggering: [CheckExample(
            "KẾ HOẠCH\n\nThi đua “Đổi mới” giai đoạn 2026-2030\n\nI. HÌNH THỨC KHEN THƯỞNG\n\n- Giấy khen.\n\nII. TỔ CHỨC THỰC HIỆN\n\n1. Sở Nội vụ\n\nChủ trì.\n")])

    func check(_ context: CheckContext) -> [Finding] {
        guard let plan = context.document.part(.plan) else { return [] }
        let line = plan.headingSpans.first?.line ?? plan.lines.first
        let titles = plan.allNodes.compactMap(\.title).map { MatchingKey($0).value }
        let record = context.record
        var findings: [Finding] = []
        if record.awards.isEmpty && !titles.contains(where: { $0.containsBytes("khen thưởng") }) {
            findings.append(context.finding(Self.description, line: line, Message(
                en: "the plan names no award forms", vi: "kế hoạch không nêu hình thức khen thưởng")))
        }
        if record.agencies.isEmpty && !titles.contains(where: { $0.containsBytes("tổ chức thực hiện") || $0.containsBytes("trách nhiệm") }) {
            findings.append(context.finding(Self.description, line: line, Message(
                en: "the plan has no organisation of implementation (tổ chức thực hiện)",
                vi: "kế hoạch không có phần tổ chức thực hiện")))
        }
        if record.phases.isEmpty && record.movement?.from == nil && record.deadlines.isEmpty
            && !titles.contains(where: { $0.containsBytes("thời gian") || $0.containsBytes("tiến độ") })
        {
            findings.append(context.finding(Self.description, line: line, Message(
                en: "the plan has no timeline: no period, phases or deadlines", vi: "kế hoạch không có thời gian, giai đoạn hay thời hạn")))
        }
        return findings
    }
}
