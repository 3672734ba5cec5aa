import VietText
import ThiDuaModel

/// Reads deadlines: the text, its normalised value, and what is due.
struct DeadlineRule: ExtractionRule {
    static let description = ExtractionRuleDescription(
        id: "deadlines",
        summary: "Deadlines as written, normalised (date, month, quarter, annual, relative, range), with their purpose.",
        rationale: """
            A deadline is introduced by its cue: `trước ngày 30/5/2026`, `trước 15/9/2025`, `trước ngày 15/11
            hằng năm`, `trong tháng 5/2026`, `trong quý II năm 2026`, `Quý III/2024`, `trong thời hạn 15 ngày kể
            từ ...`, `Từ tháng 6/2024 đến tháng 10/2025`. Dates inside citations have no cue and are never
            deadlines. What is due is read from the words before the deadline in its sentence: a unit's plan
            (`xây dựng kế hoạch`, `văn bản triển khai`), award nominations (`đề nghị ... khen thưởng`), a report
            (`báo cáo`) or a review (`sơ kết`, `tổng kết`).
            """,
        fields: ["deadline"],
        examples: [
            ExtractionExample(
                "KẾ HOẠCH\n\nI. TỔ CHỨC THỰC HIỆN\n\n1. Các cơ quan, đơn vị\n\nGửi văn bản triển khai về Sở Nội vụ trước ngày 30/5/2026 để tổng hợp và định kỳ báo cáo kết quả về Sở Nội vụ trước ngày 15/11 hàng năm.\n",
                facts: [
                    "deadline=2026-05-30 (kind=date; purpose=implementation-plan; text=trước ngày 30/5/2026; from=Các cơ quan, đơn vị; to=Sở Nội vụ) @7",
                    "deadline=--11-15 (kind=annual; purpose=report; text=trước ngày 15/11 hàng năm; from=Các cơ quan, đơn vị; to=Sở Nội vụ) @7",
                ]),
            ExtractionExample(
                "KẾ HOẠCH\n\nV. THỜI GIAN\n\nXây dựng kế hoạch, yêu cầu hoàn thành trong quý II năm 2026; xây dựng kế hoạch của đơn vị (trong thời hạn 15 ngày kể từ ngày có Kế hoạch của UBND tỉnh).\n\nĐề nghị khen thưởng (qua Sở Nội vụ trước 15/9/2025).\n\nTrình cấp có thẩm quyền khen thưởng, hoàn thành trong Quý II/2025.\n",
                facts: [
                    "deadline=2026-Q2 (kind=quarter; purpose=implementation-plan; text=trong quý II năm 2026) @5",
                    "deadline=P15D (kind=relative; purpose=implementation-plan; text=trong thời hạn 15 ngày kể từ ngày có Kế hoạch của UBND tỉnh) @5",
                    "deadline=2025-09-15 (kind=date; purpose=award-nomination; text=trước 15/9/2025; to=Sở Nội vụ) @7",
                    "deadline=2025-Q2 (kind=quarter; purpose=award-nomination; text=trong Quý II/2025) @9",
                ]),
            ExtractionExample(
                "KẾ HOẠCH\n\nV. THỜI GIAN\n\nHồ sơ đề nghị khen thưởng gửi về Sở Nội vụ. Các đơn vị báo cáo kết quả trước ngày 15/11/2026.\n",
                facts: ["deadline=2026-11-15 (kind=date; purpose=report; text=trước ngày 15/11/2026) @5"]),
            ExtractionExample(
                "KẾ HOẠCH\n\nThực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị;\n\nI. MỤC ĐÍCH\n\nChào mừng 130 năm thành lập tỉnh (10/10/1895 - 10/10/2025); đạt 18,5%.\n",
                facts: []),
        ])

    struct Found {
        var text: String
        var kind: DeadlineKind
        var value: String
        var workingDays: Bool?
        /// UTF-8 offsets in the unit's text.
        var utf8Range: Range<Int>
    }

    func apply(_ context: ExtractionContext, to record: inout PlanRecord) {
        context.forEachUnit(in: .plan) { index, entry, bytes in
            guard entry.role != .legalBasis && entry.role != .attachment && entry.role != .subject else { return }
            let hits = Self.cueHits(in: bytes, lastDigit: entry.lastASCIIDigit)
            guard !hits.isEmpty else { return }
            let unit = context.units.unit(index)
            // Who must meet the unit's deadlines is read from its headings, once for all of them.
            let actor = Self.actor(of: unit)
            var previousEnd = 0
            for deadline in Self.deadlines(in: unit, at: hits, byteCount: bytes.count) {
                let window = Self.window(in: bytes, before: deadline.utf8Range.lowerBound, notBefore: previousEnd)
                let purpose = Self.purpose(of: window)
                record.deadlines.append(
                    Deadline(
                        text: deadline.text, kind: deadline.kind, value: deadline.value, purpose: purpose,
                        workingDays: deadline.workingDays, from: actor, to: Self.recipient(in: window + " " + deadline.text),
                        line: unit.line(atUTF8: deadline.utf8Range.lowerBound)))
                previousEnd = deadline.utf8Range.upperBound
            }
        }
    }

    /// Cues as they are written, each with what must follow it (`trong ` only counts before `tháng`, `quý` …).
    static let cues: [(bytes: [UInt8], followers: [[UInt8]])] = {
        let variants = TextUnit.Anchors.spellings(of:)
        var cues: [(String, [String])] = []
        for word in variants("trước ") + variants("quý ") + variants("chậm nhất ") { cues.append((word, [])) }
        for word in variants("trong ") { cues.append((word, ["tháng", "quý", "Quý", "thời hạn", "vòng"])) }
        for word in variants("vào ") { cues.append((word, ["tháng", "quý", "Quý"])) }
        for word in variants("từ tháng ") { cues.append((word, [])) }
        return cues.map { (Array($0.0.utf8), $0.1.map { Array($0.utf8) }) }
    }()

    private static let cueSet = BytePatternSet(cues.map(\.bytes))

    /// Where a cue that may start a deadline stands in a unit's text, in order.
    ///
    /// - Parameters:
    ///   - buffer: The unit's text.
    ///   - lastDigit: The offset of its last ASCII digit, if any.
    static func cueHits(in buffer: UnsafeBufferPointer<UInt8>, lastDigit: Int?) -> [Int] {
        // Every deadline has a number after its cue (a day, a month, a year, a count of days), so no
        // cue after the last digit can start one, and a unit without digits has none.
        guard let lastDigit, lastDigit > 0 else { return [] }
        var hits: [Int] = []
        // A cue starts a word: the byte before it is not part of a letter.
        let startsWord = { (hit: Int) in hit == 0 || !(buffer[hit - 1] >= 0x80 || isASCIILetterOrDigit(buffer[hit - 1])) }
        cueSet.forEachMatch(in: UnsafeBufferPointer(rebasing: buffer[..<lastDigit]), where: startsWord) { hit, index in
            let cue = cues[index]
            let after = hit + cue.bytes.count
            if !cue.followers.isEmpty, !cue.followers.contains(where: { starts(buffer, $0, at: after) }) { return }
            if hits.last != hit { hits.append(hit) }
        }
        return hits
    }

    /// The deadline expressions that start at cues `hits` (``cueHits(in:lastDigit:)``) of `unit`, in
    /// order, each read in a short window; `byteCount` is the length of the unit's text.
    static func deadlines(in unit: TextUnit, at hits: [Int], byteCount: Int) -> [Found] {
        var result: [Found] = []
        var end = 0
        for hit in hits where hit >= end {
            let window = unit.window(utf8: hit..<min(byteCount, hit + 240))
            guard var found = deadline(in: window, at: 0) else { continue }
            let length = found.text.utf8.count
            found.utf8Range = hit..<(hit + length)
            result.append(found)
            end = hit + length
        }
        return result
    }

    private static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    private static func starts(_ buffer: UnsafeBufferPointer<UInt8>, _ pattern: [UInt8], at index: Int) -> Bool {
        guard index + pattern.count <= buffer.count else { return false }
        for (offset, byte) in pattern.enumerated() where buffer[index + offset] != byte { return false }
        return true
    }

    private static func deadline(in unit: TextUnit, at start: Int) -> Found? {
        var cursor = Cursor(unit, at: start)
        func found(_ kind: DeadlineKind, _ value: String, workingDays: Bool? = nil) -> Found {
            Found(text: unit.text(start..<cursor.index), kind: kind, value: value, workingDays: workingDays, utf8Range: 0..<0)
        }
        if cursor.take("trước") {
            cursor.skipSpaces()
            let afterCue = cursor.index
            _ = cursor.take("ngày")
            cursor.skipSpaces()
            guard let day = cursor.number(maxDigits: 2), cursor.take("/") || cursor.take("-"),
                let month = cursor.number(maxDigits: 2)
            else {
                cursor.index = afterCue
                if let value = TimeExpression.date(&cursor), value.count == 10 { return found(.date, value) }
                return nil
            }
            if cursor.take("/") || cursor.take("-") {
                guard let year = cursor.number(maxDigits: 4), let value = TimeExpression.iso(year: year, month: month, day: day)
                else { return nil }
                return found(.date, value)
            }
            let beforeYearly = cursor.index
            cursor.skipSpaces()
            guard cursor.take("hằng năm") || cursor.take("hàng năm"), (1...12).contains(month),
                day <= TimeExpression.daysIn(month: month, year: 2024)
            else {
                cursor.index = beforeYearly
                return nil
            }
            return found(.annual, "--\(TimeExpression.padded(month, 2))-\(TimeExpression.padded(day, 2))")
        }
        if cursor.take("trong tháng") || cursor.take("vào tháng") || cursor.take("trước tháng") {
            guard let (year, month) = TimeExpression.monthYear(&cursor) else { return nil }
            return found(.month, TimeExpression.yearMonth(year, month))
        }
        if cursor.take("trong quý") || cursor.take("vào quý") || cursor.take("quý") {
            guard let value = TimeExpression.quarterYear(&cursor) else { return nil }
            return found(.quarter, value)
        }
        if cursor.take("trong thời hạn") || cursor.take("trong vòng") || cursor.take("chậm nhất") {
            cursor.skipSpaces()
            guard let days = cursor.number(maxDigits: 3) else { return nil }
            cursor.skipSpaces()
            guard cursor.take("ngày") else { return nil }
            var working: Bool?
            let beforeWorking = cursor.index
            cursor.skipSpaces()
            if cursor.take("làm việc") { working = true } else { cursor.index = beforeWorking }
            // Keep what the days count from: `kể từ ngày có Kế hoạch ...`, up to the clause's end.
            let beforeFrom = cursor.index
            cursor.skipSpaces()
            if cursor.take("kể từ") {
                while let c = cursor.current, !(c == ")" || c == ";" || c == "." || c == ",") { cursor.index += 1 }
            } else {
                cursor.index = beforeFrom
            }
            return found(.relative, "P\(days)D", workingDays: working)
        }
        if cursor.take("từ tháng") {
            guard let from = TimeExpression.monthYear(&cursor) else { return nil }
            cursor.skipSpaces()
            guard cursor.take("đến tháng"), let to = TimeExpression.monthYear(&cursor) else { return nil }
            return found(.range, TimeExpression.yearMonth(from.year, from.month) + "/" + TimeExpression.yearMonth(to.year, to.month))
        }
        return nil
    }

    /// The words before a deadline that say what is due: from the sentence start (or the previous
    /// deadline) to the deadline. `end` and `floor` are offsets in the unit's text, `bytes`.
    static func window(in bytes: UnsafeBufferPointer<UInt8>, before end: Int, notBefore floor: Int) -> String {
        // On the bytes: a full stop and a space are ASCII, never part of another character.
        var start = end
        while start > floor {
            if bytes[start - 1] == UInt8(ascii: ".") && (start == end || bytes[start] == 0x20) { break }
            start -= 1
        }
        return String(validUTF8: UnsafeBufferPointer(rebasing: bytes[start..<end]))
    }

    static func purpose(of window: String) -> DeadlinePurpose {
        let lower = LatinCase.lowercasedUTF8(window)
        func has(_ words: [BytePattern]) -> Bool {
            lower.withUnsafeBufferPointer { text in words.contains { ByteScan.firstIndex(of: $0, in: text, from: 0) != nil } }
        }
        let words = PurposeWords.self
        if has(words.proposal) && has(words.award) || has(words.file) { return .awardNomination }
        if has(words.plan) { return .implementationPlan }
        if has(words.report) { return .report }
        if has(words.review) { return .review }
        return .other
    }

    /// The words that tell a deadline's purpose, in lower case.
    private enum PurposeWords {
        static let proposal = [BytePattern("đề nghị"), BytePattern("trình")], award = [BytePattern("khen thưởng")]
        static let file = [BytePattern("hồ sơ")], plan = [BytePattern("kế hoạch"), BytePattern("văn bản triển khai")]
        static let report = [BytePattern("báo cáo")], review = [BytePattern("sơ kết"), BytePattern("tổng kết")]
    }

    /// `về Sở Nội vụ`, `gửi Sở Nội vụ`, `qua Sở Nội vụ` → the agency, canonical when registered.
    static func recipient(in window: String) -> String? {
        var window = window
        return window.withUTF8 { bytes -> String? in
            // `gửi về UBND tỉnh (qua Sở Nội vụ)`: the recipient is the one sent to, not the one it passes through.
            for cues in recipientCues {
                var best: (start: Int, name: String)?
                for cue in cues {
                    var from = 0
                    while let found = ByteScan.firstIndex(of: cue, in: bytes, from: from) {
                        let start = found + cue.bytes.count
                        from = start
                        // The name runs to the first stop; each stop is sought in what the ones before it left.
                        let end = recipientStops.reduce(bytes.count) { end, stop in
                            ByteScan.firstIndex(of: stop, in: UnsafeBufferPointer(rebasing: bytes[start..<end]), from: 0).map { start + $0 } ?? end
                        }
                        let printed = String(validUTF8: UnsafeBufferPointer(rebasing: bytes[start..<end])).trimming([" "])
                        let registered = Agencies.agency(named: printed)
                        guard registered != nil || Agencies.hasAgencyShape(printed) else { continue }
                        if best == nil || found > best!.start { best = (found, registered?.name ?? printed) }
                    }
                }
                if let best { return best.name }
            }
            return nil
        }
    }

    /// The words before a recipient, the ones it is sent to before the ones it passes through.
    private static let recipientCues = [["về ", "gửi "], ["qua "]].map { $0.map(BytePattern.init) }
    /// Where a recipient's name ends.
    private static let recipientStops = [",", ";", "(", ")", " trước", " để", " trong", " và ", "."].map(BytePattern.init)

    /// The actor a deadline binds: the nearest heading in the plan that names units or an agency.
    static func actor(of unit: TextUnit) -> String? {
        for title in unit.titles.reversed() where !title.isEmpty {
            if title.startsWithBytes("Các ") || Agencies.hasAgencyShape(title) { return title.trimming([" ", ":"]) }
        }
        return nil
    }
}
