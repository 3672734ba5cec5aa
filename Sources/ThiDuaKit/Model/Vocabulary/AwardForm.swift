import VietText

/// An award form of the Law on Emulation and Commendation (2022), with the spellings plans use.
public struct AwardForm: Hashable, Sendable, Identifiable {
    /// A stable id (`pm-certificate`): comparisons key on it.
    public let id: String
    /// The canonical name, NFC with new-style tone placement.
    public let name: String
    /// The tier, `nil` when the text names no form (commendation within one's authority).
    public let tier: AwardTier?
    /// Other spellings: abbreviations (`UBND`), missing `của`, `Thủ tướng` without `Chính phủ`.
    public let aliases: [String]

    /// Every spelling's matching key, longest first.
    public var keys: [MatchingKey] {
        ([name] + aliases).map { MatchingKey($0) }.sorted { $0.value.count > $1.value.count }
    }
}

/// The registry of award forms.
public enum AwardForms {
    /// Every form, state tier first.
    public static let all: [AwardForm] = [
        AwardForm(id: "labour-order", name: "Huân chương Lao động", tier: .state, aliases: ["Huân chương Lao động hạng Ba", "Huân chương Lao động hạng Nhì", "Huân chương Lao động hạng Nhất"]),
        AwardForm(id: "independence-order", name: "Huân chương Độc lập", tier: .state, aliases: []),
        AwardForm(id: "fatherland-protection-order", name: "Huân chương Bảo vệ Tổ quốc", tier: .state, aliases: []),
        AwardForm(id: "feat-order", name: "Huân chương Chiến công", tier: .state, aliases: []),
        AwardForm(id: "ho-chi-minh-order", name: "Huân chương Hồ Chí Minh", tier: .state, aliases: []),
        AwardForm(id: "gold-star-order", name: "Huân chương Sao vàng", tier: .state, aliases: []),
        AwardForm(id: "great-unity-order", name: "Huân chương Đại đoàn kết dân tộc", tier: .state, aliases: []),
        AwardForm(id: "bravery-order", name: "Huân chương Dũng cảm", tier: .state, aliases: []),
        AwardForm(id: "friendship-order", name: "Huân chương Hữu nghị", tier: .state, aliases: []),
        AwardForm(
            id: "government-flag", name: "Cờ thi đua của Chính phủ", tier: .state,
            aliases: ["Cờ thi đua Chính phủ", "Cờ thi đua của CP"]),
        AwardForm(
            id: "pm-certificate", name: "Bằng khen của Thủ tướng Chính phủ", tier: .state,
            aliases: [
                "Bằng khen Thủ tướng Chính phủ", "Bằng khen của Thủ tướng", "Bằng khen Thủ tướng", "Bằng khen của TTg",
                "Bằng khen của Thủ tướng CP",
            ]),
        AwardForm(
            id: "province-flag", name: "Cờ thi đua của Ủy ban nhân dân tỉnh", tier: .province,
            aliases: [
                "Cờ thi đua của UBND tỉnh", "Cờ thi đua UBND tỉnh", "Cờ thi đua Ủy ban nhân dân tỉnh",
                "Cờ thi đua của Ủy ban nhân dân", "Cờ thi đua của UBND",
            ]),
        AwardForm(
            id: "province-chair-certificate", name: "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", tier: .province,
            aliases: [
                "Bằng khen của Chủ tịch UBND tỉnh", "Bằng khen Chủ tịch UBND tỉnh", "Bằng khen Chủ tịch Ủy ban nhân dân tỉnh",
                "Bằng khen của Chủ tịch UBND", "Bằng khen của Chủ tịch Ủy ban nhân dân", "Bằng khen của Chủ tịch tỉnh",
            ]),
        AwardForm(id: "certificate-of-merit", name: "Giấy khen", tier: .unit, aliases: []),
    ]

    /// Commendation by whoever holds the authority, when an occasion's text names no form
    /// (*khen thưởng theo thẩm quyền*).
    public static let withinAuthority = AwardForm(
        id: "within-authority", name: "Khen thưởng theo thẩm quyền", tier: nil, aliases: [])

    /// The form with `id`, or `nil`.
    public static func form(id: String) -> AwardForm? {
        (all + [withinAuthority]).first { $0.id == id }
    }
}
