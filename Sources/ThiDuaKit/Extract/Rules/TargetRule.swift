import ThiDuaModel
import VietText

/// Reads quantitative targets: indicator, value and unit.
struct TargetRule: ExtractionRule {
    static let description = ExtractionRuleDescription(
        id: "targets",
        summary: "Quantitative targets (chỉ tiêu): indicator, value and unit as written.",
        rationale: """
            A target is a clause where an indicator reaches, falls or rises to a number with a unit:
            `tổng sản phẩm (GRDP) bình quân đạt 60 triệu đồng/người/năm`, `tỷ lệ đô thị hóa đạt 18,5%`. Numbers
            without a unit, years, and ranks are not targets.
            """,
        fields: ["target"],
        examples: [
            ExtractionExample(
                "KẾ HOẠCH\n\nI. NỘI DUNG\n\n1. Phấn đấu hết năm 2025 tổng sản phẩm (GRDP) bình quân đạt 60 triệu đồng/người/năm; giá trị xuất khẩu đạt trên 200 triệu USD; tỷ lệ đô thị hóa đạt 18,5%; tỷ lệ hộ nghèo giảm bình quân 3%/năm (riêng các huyện nghèo giảm 4-5%/năm).\n",
                facts: [
                    "target=60 (indicator=tổng sản phẩm (GRDP) bình quân; unit=triệu đồng/người/năm) @5",
                    "target=200 (indicator=giá trị xuất khẩu; unit=triệu USD; qualifier=trên) @5",
                    "target=18,5 (indicator=tỷ lệ đô thị hóa; unit=%) @5",
                    "target=3 (indicator=tỷ lệ hộ nghèo; unit=%/năm; qualifier=bình quân) @5",
                    "target=4-5 (indicator=riêng các huyện nghèo; unit=%/năm) @5",
                ]),
            ExtractionExample(
                "KẾ HOẠCH\n\nI. NỘI DUNG\n\n1. Đạt giải thưởng; xếp hạng từ thứ 01 đến 05; tái sử dụng 100% dữ liệu.\n", facts: []),
        ])

    static let verbs = ["đạt", "giảm", "tăng"]
    static let qualifiers = ["bình quân", "trên", "dưới", "ít nhất", "tối thiểu", "tối đa", "khoảng"]
    static let unitStarts = ["%", "triệu", "tỷ", "nghìn", "ngàn", "usd", "đồng", "người", "lượt", "km", "ha", "lần", "điểm"]

    func apply(_ context: ExtractionContext, to record: inout PlanRecord) {
        let candidates = context.units(in: .plan) { entry, bytes in
            entry.role == .text && Self.mayHoldTarget(bytes, lastDigit: entry.lastASCIIDigit)
        }
        for unit in candidates {
            record.targets += Self.targets(in: unit)
        }
    }

    /// Whether a verb is followed by a digit within a few words: the cheap test before reading a unit.
    ///
    /// - Parameters:
    ///   - bytes: The unit's text.
    ///   - lastDigit: The offset of its last ASCII digit, if any.
    static func mayHoldTarget(_ bytes: UnsafeBufferPointer<UInt8>, lastDigit: Int?) -> Bool {
        // A verb after the last digit has no number after it.
        guard let lastDigit else { return false }
        let searched = UnsafeBufferPointer(rebasing: bytes[..<lastDigit])
        for verb in verbBytes {
            var from = 0
            while let found = ByteScan.firstIndex(of: verb, in: searched, from: from) {
                from = found + verb.bytes.count
                if bytes[from..<min(bytes.count, from + 24)].contains(where: { $0 >= 0x30 && $0 <= 0x39 }) { return true }
            }
        }
        return false
    }

    /// Each verb followed by a space, as UTF-8.
    private static let verbBytes = verbs.map { BytePattern($0 + " ") }

    /// Each verb followed by a space, as scalars.
    private static let verbLiterals = verbs.map { ($0, Array(($0 + " ").unicodeScalars)) }

    static func targets(in unit: TextUnit) -> [Target] {
        var result: [Target] = []
        var clauseStart = 0
        var i = 0
        // Read once: each read of a unit's lazily built arrays checks and retains them. Lower case
        // first: the scalars are decoded with it.
        let (lower, letters, scalars) = (unit.lower, unit.letters, unit.scalars)
        while i < lower.count {
            let c = scalars[i]
            if c == ";" || (c == "." && (i + 1 == lower.count || lower[i + 1] == " ")) {
                clauseStart = i + 1
                i += 1
                continue
            }
            guard i == 0 || !letters[i - 1],
                let verb = verbLiterals.first(where: { CitationReader.startsWith(lower, $0.1, at: i) })?.0
            else {
                i += 1
                continue
            }
            var cursor = Cursor(unit, at: i + verb.unicodeScalars.count)
            cursor.skipSpaces()
            var qualifier: String?
            for word in qualifiers where cursor.peek(word + " ") {
                _ = cursor.take(word)
                cursor.skipSpaces()
                qualifier = word
                break
            }
            let valueStart = cursor.index
            while let ch = cursor.current, ch.isNumber || ((ch == "," || ch == "." || ch == "-") && cursor.index + 1 < lower.count && lower[cursor.index + 1].isNumber) {
                cursor.index += 1
            }
            let value = unit.text(valueStart..<cursor.index)
            guard !value.isEmpty else {
                i += 1
                continue
            }
            var unitStart = cursor.index
            while unitStart < lower.count && lower[unitStart] == " " { unitStart += 1 }
            var unitEnd = unitStart
            while unitEnd < lower.count, !(" ;,()".unicodeScalars.contains(scalars[unitEnd])) { unitEnd += 1 }
            // Units of more than one word: `triệu đồng/người/năm`, `tỷ đồng`, `triệu USD`.
            while unitEnd < lower.count, lower[unitEnd] == " ", let next = nextWord(lower, from: unitEnd + 1),
                ["đồng", "usd", "đồng/người/năm", "đồng/người", "người", "lượt"].contains(where: { next.startsWithBytes($0) }), unitEnd - unitStart < 24
            {
                unitEnd += 1
                while unitEnd < lower.count, !(" ;,()".unicodeScalars.contains(scalars[unitEnd])) { unitEnd += 1 }
            }
            let unitText = unit.text(unitStart..<unitEnd).trimming([".", " "])
            guard unitStarts.contains(where: { LatinCase.lowercased(unitText).startsWithBytes($0) }) else {
                i = cursor.index
                continue
            }
            var indicator = unit.text(clauseStart..<i).trimming([" ", ",", "("])
            for prefix in ["Phấn đấu", "phấn đấu"] where indicator.startsWithBytes(prefix) {
                indicator = String(indicator.dropFirst(prefix.count)).trimming([" "])
                // `hết năm 2025 tổng sản phẩm ...`: the time is not the indicator.
                for lead in ["hết năm ", "đến năm ", "đến hết năm ", "năm "] where indicator.startsWithBytes(lead) {
                    let rest = indicator.dropFirst(lead.count).drop { $0.isNumber }
                    indicator = String(rest).trimming([" ", ","])
                }
            }
            result.append(Target(indicator: indicator, value: value, unit: unitText, qualifier: qualifier, line: unit.line(at: i)))
            i = unitEnd
            clauseStart = unitEnd
        }
        return result
    }

    private static func nextWord(_ lower: [Unicode.Scalar], from index: Int) -> String? {
        var end = index
        while end < lower.count && lower[end] != " " && !";,()".unicodeScalars.contains(lower[end]) { end += 1 }
        guard end > index else { return nil }
        return String(scalars: lower[index..<end])
    }
}
