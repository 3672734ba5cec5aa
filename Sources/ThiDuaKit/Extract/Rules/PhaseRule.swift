import ThiDuaModel
import VietText

/// Reads the phases of the movement and the review that closes each.
struct PhaseRule: ExtractionRule {
    static let description = ExtractionRuleDescription(
        id: "phases",
        summary: "Phases with their years and the mid-term (sơ kết) or final (tổng kết) review that closes them.",
        rationale: """
            A phase is a label with years in brackets at the start of a heading or item: `Giai đoạn I
            (2025-2027)`, `Giai đoạn 1 (từ 2026 - 2027)`. A period without a label (`giai đoạn 2025-2030`) is
            the movement's, not a phase. The review is the sơ kết or tổng kết nearest to a year in one clause of
            the phase's text (`tổng kết vào năm 2030`, `Năm 2027 tổ chức sơ kết`).
            """,
        fields: ["phase"],
        examples: [
            ExtractionExample(
                "KẾ HOẠCH\n\nI. THỜI GIAN\n\n- Giai đoạn I (2025-2027): triển khai; tiến hành sơ kết vào năm 2027.\n\n- Giai đoạn II (2027-2030): Trên cơ sở sơ kết giai đoạn I, tiếp tục triển khai và tổng kết vào năm 2030.\n",
                facts: [
                    "phase=2025-2027 (label=Giai đoạn I; review=preliminary 2027) @5",
                    "phase=2027-2030 (label=Giai đoạn II; review=final 2030) @7",
                ]),
            ExtractionExample(
                "KẾ HOẠCH\n\nV. TIẾN ĐỘ\n\n1. Giai đoạn 1 (từ 2026-2027)\n\n- Năm 2027 tổ chức sơ kết.\n",
                facts: ["phase=2026-2027 (label=Giai đoạn 1; review=preliminary 2027) @5"]),
            ExtractionExample(
                "KẾ HOẠCH\n\nI. MỤC ĐÍCH\n\nTriển khai giai đoạn 2025-2030; chuẩn nghèo giai đoạn 2021-2025.\n", facts: []),
        ])

    /// How a phase's unit begins: `giai đoạn`, or `Giai đoạn` at the start of a sentence.
    private static let openings = TextUnit.Anchors.spellings(of: "giai đoạn").map { Array($0.utf8) }

    func apply(_ context: ExtractionContext, to record: inout PlanRecord) {
        for unit in context.units(in: .plan, where: { _, bytes in Self.openings.contains { bytes.starts(with: $0) } }) {
            guard let (label, from, to) = Self.phaseLabel(in: unit) else { continue }
            let review = Self.review(inLowercased: context.units.lowercasedText(ofSubtree: unit.nodeIndex))
            record.phases.append(Phase(label: label, from: from, to: to, review: review, line: unit.line))
        }
    }

    /// `Giai đoạn I (2025-2027)` at the start of the unit → (`Giai đoạn I`, 2025, 2027).
    static func phaseLabel(in unit: TextUnit) -> (String, Int, Int)? {
        var cursor = Cursor(unit, at: 0)
        guard cursor.take("giai đoạn ") else { return nil }
        let labelStart = cursor.index
        while let c = cursor.current, c.isLetter || c.isNumber { cursor.index += 1 }
        let label = unit.text(0..<cursor.index)
        let mark = unit.text(labelStart..<cursor.index)
        guard !mark.isEmpty, mark.count <= 4, mark.allSatisfy({ "IVX".contains($0) }) || Int(mark) != nil else { return nil }
        cursor.skipSpaces()
        guard cursor.take("(") else { return nil }
        cursor.skipSpaces()
        _ = cursor.take("từ")
        cursor.skipSpaces()
        guard let from = cursor.number(maxDigits: 4), from >= 1900 else { return nil }
        cursor.skipSpaces()
        guard cursor.take("-") || cursor.take("–") || cursor.take("đến") else { return nil }
        cursor.skipSpaces()
        _ = cursor.take("năm")
        cursor.skipSpaces()
        guard let to = cursor.number(maxDigits: 4), to >= from else { return nil }
        return (label, from, to)
    }

    /// The review nearest to a year within one clause of a node's text in lower case
    /// (``DocumentUnits/lowercasedText(ofSubtree:)``): clauses end at `;` or `.`, words at spaces.
    static func review(inLowercased lower: [UInt8]) -> Phase.Review? {
        // One pass over the bytes, word by word, with no array of clauses or of words: a subtree's
        // text can be long, and most of its clauses name no review.
        lower.withUnsafeBufferPointer { bytes -> Phase.Review? in
            let (ket, so, tong, nam, namColon) = (Words.ket, Words.so, Words.tong, Words.nam, Words.namColon)
            var reviews: [(word: Int, kind: ReviewKind)] = []
            var years: [(word: Int, year: Int)] = []
            // The clause's words so far, and the one before the current word.
            var wordIndex = 0
            var previous = 0..<0
            var start = 0
            for end in 0...bytes.count {
                let byte = end < bytes.count ? bytes[end] : UInt8(ascii: ";")
                let endsClause = byte == UInt8(ascii: ";") || byte == UInt8(ascii: ".")
                guard endsClause || byte == 0x20 else { continue }
                if start < end {
                    let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
                    if wordIndex > 0 {
                        let before = UnsafeBufferPointer(rebasing: bytes[previous])
                        if word.starts(with: ket) {
                            if before.elementsEqual(so) { reviews.append((wordIndex, .preliminary)) }
                            if before.elementsEqual(tong) { reviews.append((wordIndex, .final)) }
                        }
                        if before.elementsEqual(nam) || before.elementsEqual(namColon), let year = year(in: word) {
                            years.append((wordIndex, year))
                        }
                    }
                    previous = start..<end
                    wordIndex += 1
                }
                start = end + 1
                guard endsClause else { continue }
                if let review = nearest(reviews, years) { return review }
                reviews.removeAll(keepingCapacity: true)
                years.removeAll(keepingCapacity: true)
                wordIndex = 0
            }
            return nil
        }
    }

    /// The review nearest to a year of one clause, by their words' indices: the first review, then the
    /// first year, of those equally near.
    private static func nearest(_ reviews: [(word: Int, kind: ReviewKind)], _ years: [(word: Int, year: Int)]) -> Phase.Review? {
        var best: (distance: Int, kind: ReviewKind, year: Int)?
        for review in reviews {
            for year in years {
                let distance = abs(year.word - review.word)
                if best == nil || distance < best!.distance { best = (distance, review.kind, year.year) }
            }
        }
        return best.map { Phase.Review(kind: $0.kind, when: String($0.year)) }
    }

    /// The year a word holds: its four digits (`2027`, `2027,`, `(2027)`), from 1900 on.
    private static func year(in word: UnsafeBufferPointer<UInt8>) -> Int? {
        var value = 0, digits = 0
        for byte in word where byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
            // A fifth digit makes it no year (and a long run would overflow).
            guard digits < 4 else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
            digits += 1
        }
        return digits == 4 && value >= 1900 ? value : nil
    }

    /// The words a review clause is read by, as UTF-8.
    private enum Words {
        static let ket = Array("kết".utf8), so = Array("sơ".utf8), tong = Array("tổng".utf8)
        static let nam = Array("năm".utf8), namColon = Array("năm:".utf8)
    }
}
