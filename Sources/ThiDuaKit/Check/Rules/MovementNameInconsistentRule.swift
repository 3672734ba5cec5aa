import ThiDuaModel
import VietText

/// The movement's quoted name is written differently inside one document.
struct MovementNameInconsistentRule: CheckRule {
    static let description = CheckRuleDescription(
        id: "movement-name-inconsistent", severity: .warning,
        summary: "The quoted movement name differs inside one document (case and tone placement aside, punctuation not).",
        rationale: """
            ‘Đổi mới sáng tạo’ and ‘Đổi mới, sáng tạo’ name the movement differently; a signed document should
            quote it one way. Quotes whose words, without accents and punctuation, are those of the plan's
            movement name are compared with it.
            """,
        triggering: [CheckExample(
            "QUYẾT ĐỊNH\n\nBan hành Kế hoạch Phong trào thi đua “Đổi mới sáng tạo và chuyển đổi số”\n\nĐiều 1. Ban hành.\n\nKẾ HOẠCH\n\nPhong trào thi đua “Đổi mới, sáng tạo và chuyển đổi số”\n\nI. MỤC ĐÍCH\n\nTrên đây là Kế hoạch thực hiện Phong trào “Đổi mới, sáng tạo và chuyên đổi số”.\n",
            lines: [3, 13])],
        nonTriggering: [CheckExample(
            "KẾ HOẠCH\n\nPhong trào thi đua “Đổi mới, sáng tạo và chuyển đổi số”\n\nI. MỤC ĐÍCH\n\nHưởng ứng Phong trào “Cả nước thi đua đổi mới, sáng tạo và chuyển đổi số”; thực hiện Phong trào “Đổi mới, Sáng tạo và Chuyển đổi số”.\n")])

    func check(_ context: CheckContext) -> [Finding] {
        guard let name = context.record.movement?.name else { return [] }
        let loose = Self.looseKey(name)
        let exact = MatchingKey(name)
        var findings: [Finding] = []
        for piece in TextScan.pieces(context.document) {
            var search = piece.text.startIndex..<piece.text.endIndex
            while let open = piece.text.byteRange(of: "“", from: search.lowerBound), let close = piece.text.byteRange(of: "”", from: open.upperBound) {
                search = close.upperBound..<piece.text.endIndex
                let quoted = String(piece.text[open.upperBound..<close.lowerBound])
                guard Self.looseKey(quoted) == loose, MatchingKey(quoted) != exact else { continue }
                findings.append(context.finding(Self.description, line: piece.line(at: open.upperBound), at: String(quoted.prefix(12)), Message(
                    en: "the movement is quoted as ‘\(quoted)’ here but as ‘\(name)’ in the plan's title",
                    vi: "tên phong trào ở đây là ‘\(quoted)’ nhưng tiêu đề kế hoạch ghi ‘\(name)’")))
            }
        }
        return findings
    }

    /// Accents, case and punctuation aside.
    static func looseKey(_ text: String) -> String {
        MatchingKey(text, accentFree: true).value.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: " ")
    }
}
