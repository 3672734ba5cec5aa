import VietText
import ThiDuaModel

/// Reads the movement: its quoted name, its period, and the national decision it implements.
struct MovementRule: ExtractionRule {
    static let description = ExtractionRuleDescription(
        id: "movement",
        summary: "The movement's name as quoted, its period from/to, and the national decision it implements.",
        rationale: """
            The plan's subject line quotes the movement (`Phong trào thi đua “Đổi mới sáng tạo ...”`) and
            often gives its period (`giai đoạn 2025-2030`); otherwise the plan's timeline does (`từ năm 2026
            đến năm 2030`, `Từ tháng 6/2024 đến tháng 10/2025`). The national decision is the Prime
            Minister's decision (`/QĐ-TTg`) among the legal bases.
            """,
        fields: ["movement.name", "movement.from", "movement.to", "movement.period", "movement.nationalDecision"],
        examples: [
            ExtractionExample(
                "KẾ HOẠCH\n\nTổ chức thực hiện Phong trào thi đua “Đổi mới sáng tạo và chuyển đổi số” giai đoạn 2025-2030\n\nThực hiện Quyết định số 923/QĐ-TTg ngày 14/5/2025 của Thủ tướng Chính phủ;\n\nI. MỤC ĐÍCH\n",
                facts: [
                    "movement.name=Đổi mới sáng tạo và chuyển đổi số @3", "movement.from=2025 @3", "movement.to=2030 @3",
                    "movement.nationalDecision=923/QĐ-TTg @5",
                ]),
            ExtractionExample(
                "KẾ HOẠCH\n\nTổ chức thực hiện Phong trào thi đua chào mừng Kỷ niệm 130 năm thành lập tỉnh (10/10/1895 - 10/10/2025)\n\nI. THỜI GIAN THI ĐUA: Từ tháng 6/2024 đến tháng 10/2025.\n",
                facts: [
                    "movement.name=chào mừng Kỷ niệm 130 năm thành lập tỉnh @3", "movement.from=2024 @5",
                    "movement.to=2025 @5", "movement.period=2024-06/2025-10 @5",
                ]),
            ExtractionExample("KẾ HOẠCH\n\nI. MỤC ĐÍCH\n", facts: []),
        ])

    private static let periodAnchors = TextUnit.Anchors(["từ tháng", "từ năm"])
    private static let untilYear = BytePattern("đến năm ")

    /// Words read in a unit's lower case, as scalars.
    private enum Literal {
        static let untilYear = Array("đến năm ".unicodeScalars)
        static let fromMonth = Array("từ tháng".unicodeScalars)
        static let fromYear = Array("từ năm".unicodeScalars)
        static let phase = Array("giai đoạn".unicodeScalars)
    }

    func apply(_ context: ExtractionContext, to record: inout PlanRecord) {
        let subjects = context.units(in: .document) { entry, _ in entry.role == .subject }
        let subject = subjects.first { $0.part == .plan } ?? subjects.first
        var movement = Movement(name: nil, from: nil, to: nil, period: nil, nationalDecision: nil, line: subject?.line ?? 0)
        var lines: [String: Int] = [:]
        if let subject {
            movement.name = Self.name(in: subject.text)
            if let name = movement.name, let range = subject.text.byteRange(of: name) {
                // The name may start on a later line of a subject printed over several lines.
                let offset = subject.text.unicodeScalars.distance(from: subject.text.startIndex, to: range.lowerBound)
                lines["name"] = subject.line(at: offset)
                movement.line = subject.line(at: offset)
            }
            if let (from, to) = Self.yearRange(after: Literal.phase, in: subject) {
                movement.from = from
                movement.to = to
                lines["from"] = subject.line
            }
        }
        if movement.from == nil {
            for unit in context.units(in: .plan, where: { _, bytes in Self.periodAnchors.mayOccur(in: bytes) }) {
                if let (from, to, period) = Self.monthRange(in: unit) {
                    (movement.from, movement.to, movement.period) = (from, to, period)
                    lines["from"] = unit.line
                    break
                }
                if let (from, to) = Self.yearRange(after: Literal.fromYear, in: unit) {
                    (movement.from, movement.to) = (from, to)
                    lines["from"] = unit.line
                    break
                }
            }
        }
        // `kể từ khi ban hành Kế hoạch này đến năm 2030`: the end is written, the start is the first phase's.
        if movement.from == nil, let firstPhase = record.phases.first {
            let candidates = context.units(in: .plan) { _, bytes in ByteScan.firstIndex(of: Self.untilYear, in: bytes, from: 0) != nil }
            for unit in candidates {
                guard let end = unit.end(ofLowercase: Literal.untilYear) else { continue }
                var cursor = Cursor(unit, at: end)
                guard let to = cursor.number(maxDigits: 4), to >= firstPhase.from, unit.line <= firstPhase.line else { continue }
                (movement.from, movement.to) = (firstPhase.from, to)
                lines["from"] = firstPhase.line
                lines["to"] = unit.line
                break
            }
        }
        // A decision of the Prime Minister (`…/QĐ-TTg`), in any case: compared in lower case, by bytes.
        if let national = record.legalBases.first(where: { $0.number.map { LatinCase.lowercased($0).endsWithBytes("qđ-ttg") } == true }) {
            movement.nationalDecision = national.number
            lines["nationalDecision"] = national.line
        }
        guard movement.name != nil || movement.from != nil || movement.nationalDecision != nil else { return }
        if movement.name == nil { movement.line = lines["from"] ?? lines["nationalDecision"] ?? movement.line }
        record.movement = movement
        for (field, line) in lines { record.lines["movement.\(field)"] = line }
    }

    /// The quoted name, or the words after `Phong trào thi đua` when nothing is quoted.
    static func name(in text: String) -> String? {
        // The quotes are sought by their bytes: seeking a `Character` breaks the text into graphemes.
        if let open = text.byteRange(of: "“"), let close = text.byteRange(of: "”", from: open.upperBound) {
            let name = String(text[open.upperBound..<close.lowerBound]).trimming([" "])
            return name.isEmpty ? nil : name
        }
        guard let range = text.byteRange(of: "Phong trào thi đua ") ?? text.byteRange(of: "phong trào thi đua ") else { return nil }
        var rest = text[range.upperBound...]
        for stop in [" (", " giai đoạn", " trên địa bàn", " năm 20"] {
            if let cut = rest.byteRange(of: stop) { rest = rest[..<cut.lowerBound] }
        }
        let name = String(rest).trimming([" ", ","])
        return name.isEmpty ? nil : name
    }

    /// `<marker> 2025-2030`, `<marker> 2026 - 2030`, `từ năm 2026 đến năm 2030`.
    static func yearRange(after marker: [Unicode.Scalar], in unit: TextUnit) -> (Int, Int)? {
        var from = 0
        while let end = unit.end(ofLowercase: marker, from: from) {
            var cursor = Cursor(unit, at: end)
            cursor.skipSpaces()
            if let from = cursor.number(maxDigits: 4), from >= 1900 {
                cursor.skipSpaces()
                if cursor.take("-") || cursor.take("–") || cursor.take("đến năm") || cursor.take("đến") {
                    cursor.skipSpaces()
                    _ = cursor.take("năm")
                    cursor.skipSpaces()
                    if let to = cursor.number(maxDigits: 4), to >= from, to - from < 30 { return (from, to) }
                }
            }
            from = end
        }
        return nil
    }

    /// `Từ tháng 6/2024 đến tháng 10/2025` → (2024, 2025, `2024-06/2025-10`).
    static func monthRange(in unit: TextUnit) -> (Int, Int, String)? {
        guard let end = unit.end(ofLowercase: Literal.fromMonth) else { return nil }
        var cursor = Cursor(unit, at: end)
        guard let from = TimeExpression.monthYear(&cursor) else { return nil }
        cursor.skipSpaces()
        guard cursor.take("đến tháng"), let to = TimeExpression.monthYear(&cursor) else { return nil }
        let period = TimeExpression.yearMonth(from.year, from.month) + "/" + TimeExpression.yearMonth(to.year, to.month)
        return (from.year, to.year, period)
    }
}
