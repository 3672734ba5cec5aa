import ThiDuaModel

/// What most peers have, for the peer rules.
enum Peers {
    /// The peers that have `has`, when they are most of the peers; else `nil`.
    static func majority(_ peers: [PlanRecord], _ has: (PlanRecord) -> Bool) -> [PlanRecord]? {
        let having = peers.filter(has)
        return peers.count >= 2 && having.count * 2 > peers.count ? having : nil
    }

    static func names(_ records: [PlanRecord]) -> String {
        records.map { record in
            guard let province = record.province else { return record.id }
            return record.issuerLevel == .agency ? "\(province) (\(record.id))" : province
        }.joined(separator: ", ")
    }
}

/// An award form (at an occasion) that most peer plans offer and this one lacks.
struct PeerAwardMissingRule: CheckRule {
    static let description = CheckRuleDescription(
        id: "peer-award-missing", severity: .info,
        summary: "With --corpus: an award form and occasion most plans of the same movement offer and this one lacks.",
        rationale: "Not an error: a difference worth a second look, with the peers named. Commendation within one's authority counts as given when the plan awards at that occasion at all.",
        triggering: [CheckExample(
            "KẾ HOẠCH\n\nI. HÌNH THỨC KHEN THƯỞNG\n\n- Giấy khen (khi tổng kết).\n", lines: [1],
            peers: [
                "KẾ HOẠCH\n\nI. HÌNH THỨC KHEN THƯỞNG\n\n- Huân chương Lao động; Giấy khen (khi tổng kết).\n",
                "KẾ HOẠCH\n\nI. HÌNH THỨC KHEN THƯỞNG\n\n- Huân chương Lao động (khi tổng kết).\n",
            ])],
        nonTriggering: [CheckExample(
            "KẾ HOẠCH\n\nI. HÌNH THỨC KHEN THƯỞNG\n\na) Khen thưởng hằng năm: Giấy khen.\n",
            peers: [
                "KẾ HOẠCH\n\nI. HÌNH THỨC KHEN THƯỞNG\n\na) Khen thưởng hằng năm\n\nThủ trưởng khen thưởng theo thẩm quyền.\n",
                "KẾ HOẠCH\n\nI. HÌNH THỨC KHEN THƯỞNG\n\na) Khen thưởng hằng năm\n\nThủ trưởng khen thưởng theo thẩm quyền.\n",
            ])],
        needs: .corpus)

    func check(_ context: CheckContext) -> [Finding] {
        let line = context.document.part(.plan)?.headingSpans.first?.line ?? 1
        let occasions = Set(context.record.awards.map(\.occasion))
        let pairs = Set(context.peers.flatMap { $0.awards.map { "\($0.formID)|\($0.occasion.rawValue)" } }).sorted()
        return pairs.compactMap { pair in
            guard !context.record.awards.contains(where: { "\($0.formID)|\($0.occasion.rawValue)" == pair }),
                !(pair.hasPrefix(AwardForms.withinAuthority.id + "|") && occasions.contains { pair.hasSuffix("|" + $0.rawValue) }),
                let having = Peers.majority(context.peers, { $0.awards.contains { "\($0.formID)|\($0.occasion.rawValue)" == pair } }),
                let award = having.first?.awards.first(where: { "\($0.formID)|\($0.occasion.rawValue)" == pair })
            else { return nil }
            return context.finding(Self.description, line: line, Message(
                en: "\(award.form) (\(award.occasion.rawValue)) is offered by \(having.count) of \(context.peers.count) peer plans (\(Peers.names(having))) but not here",
                vi: "\(award.form) (\(award.occasion.rawValue)) có trong \(having.count)/\(context.peers.count) kế hoạch cùng phong trào (\(Peers.names(having))) nhưng không có ở đây"))
        }
    }
}

/// A deadline purpose most peer plans set and this one lacks.
struct PeerDeadlineMissingRule: CheckRule {
    static let description = CheckRuleDescription(
        id: "peer-deadline-missing", severity: .info,
        summary: "With --corpus: a deadline purpose most plans of the same movement set and this one lacks.",
        rationale: "Not an error: a difference worth a second look, with the peers named.",
        triggering: [CheckExample(
            "KẾ HOẠCH\n\nI. TIẾN ĐỘ\n\nTriển khai thực hiện.\n", lines: [1],
            peers: ["KẾ HOẠCH\n\nI. TIẾN ĐỘ\n\nBáo cáo kết quả trước ngày 15/11 hằng năm.\n", "KẾ HOẠCH\n\nI. TIẾN ĐỘ\n\nĐịnh kỳ báo cáo trước ngày 10/11 hằng năm.\n"])],
        nonTriggering: [CheckExample(
            "KẾ HOẠCH\n\nI. TIẾN ĐỘ\n\nBáo cáo kết quả trước ngày 20/11 hằng năm.\n",
            peers: ["KẾ HOẠCH\n\nI. TIẾN ĐỘ\n\nBáo cáo kết quả trước ngày 15/11 hằng năm.\n", "KẾ HOẠCH\n\nI. TIẾN ĐỘ\n\nĐịnh kỳ báo cáo trước ngày 10/11 hằng năm.\n"])],
        needs: .corpus)

    static let purposes: [DeadlinePurpose: Message] = [
        .implementationPlan: Message(en: "for implementation plans", vi: "xây dựng kế hoạch triển khai"),
        .report: Message(en: "for reports", vi: "báo cáo"),
        .awardNomination: Message(en: "for award nominations", vi: "đề nghị khen thưởng"),
        .review: Message(en: "for reviews", vi: "sơ kết, tổng kết"),
    ]

    func check(_ context: CheckContext) -> [Finding] {
        let line = context.document.part(.plan)?.headingSpans.first?.line ?? 1
        return DeadlinePurpose.allCases.compactMap { purpose in
            guard purpose != .other, !context.record.deadlines.contains(where: { $0.purpose == purpose }),
                let having = Peers.majority(context.peers, { $0.deadlines.contains { $0.purpose == purpose } })
            else { return nil }
            return context.finding(Self.description, line: line, Message(
                en: "\(having.count) of \(context.peers.count) peer plans (\(Peers.names(having))) set a deadline \(Self.purposes[purpose]?.en ?? purpose.rawValue); this plan sets none",
                vi: "\(having.count)/\(context.peers.count) kế hoạch cùng phong trào (\(Peers.names(having))) quy định thời hạn \(Self.purposes[purpose]?.vi ?? purpose.rawValue); kế hoạch này không có"))
        }
    }
}
