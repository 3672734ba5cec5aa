import ThiDuaModel
import VietText

/// Reads the award forms the plan offers, and at which occasion.
struct AwardRule: ExtractionRule {
    static let description = ExtractionRuleDescription(
        id: "awards",
        summary: "Award forms (canonical, with tier) by occasion: yearly, mid-term review, final review, ad hoc.",
        rationale: """
            Forms are read in the award section only (a part titled with `hình thức khen thưởng`), leaving out
            its standards, quotas, procedures and files, which name forms without offering them. A form's
            occasion is the first `(khi sơ kết, tổng kết)` after it in its paragraph, else the nearest heading
            that names one (`Khen thưởng sơ kết`), else unspecified. An occasion whose text names no form
            (`thủ trưởng ... khen thưởng theo thẩm quyền`) gives commendation within authority.
            """,
        fields: ["award"],
        examples: [
            ExtractionExample(
                "KẾ HOẠCH\n\nIII. HÌNH THỨC KHEN THƯỞNG\n\n- Khen thưởng cấp Nhà nước: Huân chương Lao động; Bằng khen của Thủ tướng Chính phủ (khi tổng kết).\n\n- Khen thưởng cấp tỉnh: Cờ Thi đua của UBND tỉnh (khi tổng kết); Bằng khen của Chủ tịch UBND tỉnh (khi sơ kết, tổng kết).\n",
                facts: [
                    "award=Huân chương Lao động (tier=state; occasion=final) @5",
                    "award=Bằng khen của Thủ tướng Chính phủ (tier=state; occasion=final) @5",
                    "award=Cờ thi đua của Ủy ban nhân dân tỉnh (tier=province; occasion=final) @7",
                    "award=Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh (tier=province; occasion=preliminary) @7",
                    "award=Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh (tier=province; occasion=final) @7",
                ]),
            ExtractionExample(
                "KẾ HOẠCH\n\nIII. HÌNH THỨC KHEN THƯỞNG\n\na) Khen thưởng hằng năm\n\nThủ trưởng các cơ quan thực hiện khen thưởng theo thẩm quyền.\n\nb) Khen thưởng sơ kết\n\n- Giấy khen của Chánh Văn phòng UBND tỉnh.\n\nc) Tiêu chuẩn khen thưởng: tặng Bằng khen của Chủ tịch UBND tỉnh.\n",
                facts: [
                    "award=Khen thưởng theo thẩm quyền (occasion=annual) @7",
                    "award=Giấy khen (tier=unit; occasion=preliminary; grantor=Chánh Văn phòng UBND tỉnh) @11",
                ]),
            ExtractionExample(
                "KẾ HOẠCH\n\nI. MỤC ĐÍCH\n\nBiểu dương, khen thưởng kịp thời; tặng Bằng khen của Thủ tướng Chính phủ.\n", facts: []),
        ])

    private static let excludedHeadings = ["tiêu chí", "tiêu chuẩn", "số lượng", "đối tượng", "thủ tục", "hồ sơ", "kinh phí", "quy trình"]

    private static let formKeys: [(key: [UInt8], form: AwardForm)] = AwardForms.all.flatMap { form in
        form.keys.map { (Array($0.value.utf8), form) }
    }.sorted { $0.key.count > $1.key.count }

    private static let formKeySet = BytePatternSet(formKeys.map(\.key))

    func apply(_ context: ExtractionContext, to record: inout PlanRecord) {
        guard let plan = context.document.part(.plan) ?? context.document.parts.first(where: { !$0.children.isEmpty })
        else { return }
        var sections = plan.children.filter { Self.isAwardSection($0.title) }
        if sections.isEmpty {
            sections = plan.allNodes.filter { Self.isAwardSection($0.title) && $0.kind != .plan }
        }
        var seen = KeyIndex<OfferKey, Void>()
        for section in sections {
            visit(section, occasions: Self.occasions(in: section.title), isSection: true, awards: &record.awards, seen: &seen)
        }
    }

    /// Reads the awards of `node` and its subtree; returns whether the subtree names any form.
    @discardableResult
    private func visit(
        _ node: Section, occasions inherited: [AwardOccasion], isSection: Bool = false, awards: inout [Award],
        seen: inout KeyIndex<OfferKey, Void>
    ) -> Bool {
        let titleKey = node.title.map { MatchingKey($0).value }
        if !isSection, let titleKey, Self.excludedHeadings.contains(where: { titleKey.startsWithBytes($0) }) {
            return false
        }
        let own = Self.occasions(inKey: titleKey)
        let occasions = own.isEmpty ? inherited : own
        var named = false
        if let title = node.title, node.kind != .part {
            named = add(Self.mentions(in: title), occasions: occasions, line: node.headingLineSpans.first?.line ?? node.lines.first, awards: &awards, seen: &seen) || named
        }
        for paragraph in node.body {
            // A form named twice in one paragraph (`Giấy khen của ... (Giấy khen của ...)`) is one offer.
            var formsSeen: [String] = []
            for mention in Self.mentions(in: paragraph.text) where !formsSeen.contains(mention.form.id) {
                formsSeen.append(mention.form.id)
                let inline = Self.inlineOccasions(in: paragraph.text, after: mention.end)
                let line = paragraph.line(atTextOffset: mention.start)
                named = add([mention], occasions: inline.isEmpty ? occasions : inline, line: line, awards: &awards, seen: &seen) || named
            }
        }
        var childrenNamed = false
        var childAwards: [Award] = []
        var childSeen = seen
        let inherited = seen.count
        for child in node.children {
            childrenNamed = visit(child, occasions: occasions, awards: &childAwards, seen: &childSeen) || childrenNamed
        }
        // An occasion whose text names no form: commendation within one's authority, listed before
        // what its children give, as the text reads.
        if !own.isEmpty, !named, !childrenNamed {
            let text = node.body.map(\.text).joined(separator: " ")
            if MatchingKey(text).value.containsBytes("khen thưởng") {
                let form = AwardForms.withinAuthority
                for occasion in own {
                    let line = node.body.first?.lines.first ?? node.lines.first
                    append(
                        Award(form: form.name, formID: form.id, tier: nil, occasion: occasion, grantor: nil, line: line),
                        key: OfferKey(formID: form.id, occasion: occasion, grantor: nil), to: &awards, seen: &seen)
                }
            }
        }
        // The children's keys follow those they inherited, one for each of their awards, in order.
        for (award, key) in zip(childAwards, childSeen.keys(from: inherited)) { append(award, key: key, to: &awards, seen: &seen) }
        return named || childrenNamed
    }

    private func add(_ mentions: [Mention], occasions: [AwardOccasion], line: Int, awards: inout [Award], seen: inout KeyIndex<OfferKey, Void>) -> Bool {
        for mention in mentions {
            let grantorKey = mention.grantor.map { MatchingKey($0).value }
            for occasion in occasions.isEmpty ? [.unspecified] : occasions {
                append(
                    Award(form: mention.form.name, formID: mention.form.id, tier: mention.form.tier, occasion: occasion, grantor: mention.grantor, line: line),
                    key: OfferKey(formID: mention.form.id, occasion: occasion, grantor: grantorKey), to: &awards, seen: &seen)
            }
        }
        return !mentions.isEmpty
    }

    /// What makes two awards one offer: the form, the occasion, and who grants it (by its key, compared
    /// and hashed by its bytes, as ``ExactText`` is; a form's id is ASCII).
    struct OfferKey: Hashable {
        var formID: String
        var occasion: AwardOccasion
        var grantor: String?

        static func == (lhs: OfferKey, rhs: OfferKey) -> Bool {
            guard lhs.formID == rhs.formID, lhs.occasion == rhs.occasion else { return false }
            switch (lhs.grantor, rhs.grantor) {
            case (nil, nil): return true
            case (let left?, let right?): return ExactText(left) == ExactText(right)
            default: return false
            }
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(formID)
            hasher.combine(occasion)
            hasher.combine(grantor.map(ExactText.init))
        }
    }

    /// Appends `award`, whose offer is `key`, unless its offer was seen.
    private func append(_ award: Award, key: OfferKey, to awards: inout [Award], seen: inout KeyIndex<OfferKey, Void>) {
        guard seen.insert(key) else { return }
        awards.append(award)
    }

    struct Mention {
        var form: AwardForm
        var grantor: String?
        /// UTF-8 offsets in the text.
        var start: Int
        var end: Int
    }

    /// The first word of every form key (`bằng`, `cờ`, `giấy`, `huân`). A text whose lower case holds
    /// none of them names no form, and lower case alone can be searched for them: tone placement
    /// changes no such word, and never makes one. `nil` if a future key's first word were one it changes.
    private static let keyOpenings: [[UInt8]]? = {
        let words = Set(formKeys.map { String(decoding: $0.key.prefix { $0 != 0x20 }, as: UTF8.self) })
        guard words.allSatisfy({ TonePlacement.modernized($0) == $0 }) else { return nil }
        return words.sorted().map { Array($0.utf8) }
    }()

    /// The forms named in `text`, in order, without overlaps.
    static func mentions(in text: String) -> [Mention] {
        let lower = LatinCase.lowercasedUTF8(text)
        if let openings = keyOpenings {
            let mayName = lower.withUnsafeBufferPointer { lower in openings.contains { ByteScan.firstIndex(of: $0, in: lower, from: 0) != nil } }
            guard mayName else { return [] }
        }
        // The case-folded key is the lower case itself unless tone placement may change it.
        let keyBytes: [UInt8]
        if lower.count == text.utf8.count, !lower.withUnsafeBufferPointer(TonePlacement.mayChange(utf8:)) {
            keyBytes = lower
        } else {
            let key = MatchingKey.caseFolded(text)
            guard key.utf8.count == text.utf8.count else { return [] }
            keyBytes = Array(key.utf8)
        }
        // Every occurrence of every key in one pass; then, as if each key were searched in turn,
        // longest first, a key is kept where no longer one was.
        var occurrences: [(key: Int, start: Int)] = []
        keyBytes.withUnsafeBufferPointer { buffer in
            formKeySet.forEachMatch(in: buffer) { start, key in occurrences.append((key, start)) }
        }
        occurrences.sort { ($0.key, $0.start) < ($1.key, $1.start) }
        var mentions: [Mention] = []
        var taken: [Range<Int>] = []
        for (key, start) in occurrences {
            let (needle, form) = formKeys[key]
            let end = start + needle.count
            if end < keyBytes.count, keyBytes[end] >= 0x61, keyBytes[end] <= 0x7A { continue }
            if taken.contains(where: { $0.overlaps(start..<end) }) { continue }
            taken.append(start..<end)
            var grantor: String?
            if form.id == "certificate-of-merit" { grantor = Self.grantor(in: text, after: end) }
            mentions.append(Mention(form: form, grantor: grantor, start: start, end: end))
        }
        return mentions.sorted { $0.start < $1.start }
    }

    /// `Giấy khen của Chánh Văn phòng UBND tỉnh;` → `Chánh Văn phòng UBND tỉnh`.
    static func grantor(in text: String, after offset: Int) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            let start = offset + grantorMarker.count
            guard start <= bytes.count, bytes[offset..<start].elementsEqual(grantorMarker) else { return nil }
            var end = start
            while end < bytes.count, !grantorStops.contains(bytes[end]) { end += 1 }
            let value = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self).trimming([" ", ","])
            return value.isEmpty ? nil : value
        }
    }

    private static let grantorMarker = Array(" của ".utf8)
    /// The grantor runs to the first of these.
    private static let grantorStops: [UInt8] = Array(";().:".utf8)

    /// Occasions named in a heading: `Khen thưởng sơ kết, tổng kết` → [preliminary, final].
    static func occasions(in title: String?) -> [AwardOccasion] {
        occasions(inKey: title.map { MatchingKey($0).value })
    }

    /// Occasions named in a heading's matching key.
    static func occasions(inKey key: String?) -> [AwardOccasion] {
        guard var key else { return [] }
        let words = occasionWords
        return key.withUTF8 { bytes in
            var result: [(offset: Int, occasion: AwardOccasion)] = []
            for (word, occasion) in words {
                if let offset = ByteScan.firstIndex(of: word, in: bytes, from: 0) { result.append((offset, occasion)) }
            }
            // Most titles name none.
            return result.isEmpty ? [] : result.sorted { $0.offset < $1.offset }.map(\.occasion)
        }
    }

    /// The words that name an occasion, in the order an occasion found at one offset is listed.
    private static let occasionWords: [(BytePattern, AwardOccasion)] = [
        (BytePattern("hằng năm"), .annual), (BytePattern("hàng năm"), .annual), (BytePattern("sơ kết"), .preliminary),
        (BytePattern("tổng kết"), .final), (BytePattern("đột xuất"), .adHoc),
    ]

    /// `(khi sơ kết, tổng kết)` after `offset` in the same paragraph, before the next form.
    static func inlineOccasions(in text: String, after offset: Int) -> [AwardOccasion] {
        var text = text
        let inside = text.withUTF8 { bytes -> String? in
            let from = min(offset, bytes.count)
            // Just inside the first spelling found (in the order of the spellings).
            guard let start = occasionOpenings.lazy.compactMap({ opening in
                ByteScan.firstIndex(of: opening, in: bytes, from: from).map { $0 + opening.count }
            }).first
            else { return nil }
            guard let close = bytes[start...].firstIndex(of: UInt8(ascii: ")")) else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<close]), as: UTF8.self)
        }
        return occasions(in: inside)
    }

    private static let occasionOpenings = TextUnit.Anchors.spellings(of: "(khi ").map { Array($0.utf8) }

    static func isAwardSection(_ title: String?) -> Bool {
        guard let title else { return false }
        let key = MatchingKey(title).value
        return key.containsBytes("hình thức") && key.containsBytes("khen thưởng")
    }
}

extension MatchingKey {
    /// Case folded and with new-style tone placement, keeping the text's length and spacing, so
    /// offsets into it are offsets into the text.
    static func caseFolded(_ text: String) -> String {
        TonePlacement.modernized(LatinCase.lowercased(text))
    }
}
