/// The tier an award form belongs to.
public enum AwardTier: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    /// Granted by the State (*cấp Nhà nước*): Huân chương, Cờ thi đua and Bằng khen of the Government.
    case state
    /// Granted by the province (*cấp tỉnh*).
    case province
    /// Granted by the head of an agency, office or commune (*Giấy khen*).
    case unit

    public static func < (lhs: AwardTier, rhs: AwardTier) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}
