import ThiDuaModel

/// Reads the signer: name, title and the capacity the signature is given in.
struct SignerRule: ExtractionRule {
    static let description = ExtractionRuleDescription(
        id: "signer",
        summary: "The signer's name, title and capacity (TM., KT., TL., TUQ.).",
        rationale: """
            The signature block prints capacity lines (`TM. ỦY BAN NHÂN DÂN`, `KT. CHỦ TỊCH`), then the
            title (`PHÓ CHỦ TỊCH`), then the name. A decision with its plan attached is signed once, at the
            decision; the first signature with a name is the document's.
            """,
        fields: ["signer.name", "signer.title", "signer.capacity"],
        examples: [
            ExtractionExample(
                "KẾ HOẠCH\n\nI. MỤC ĐÍCH\n\nNơi nhận:\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrần Báú Hà\n",
                facts: [
                    "signer.name=Trần Báú Hà @12", "signer.title=Phó Chủ tịch @12",
                    "signer.capacity=TM. Ủy ban nhân dân; KT. Chủ tịch @12",
                ]),
            ExtractionExample(
                "KẾ HOẠCH\n\nI. MỤC ĐÍCH\n\nNơi nhận:\n- Lưu: VT.\n\nCHÁNH VĂN PHÒNG\n\nTrần Bình Minh\n",
                facts: ["signer.name=Trần Bình Minh @10", "signer.title=Chánh Văn phòng @10"]),
            ExtractionExample("KẾ HOẠCH\n\nI. MỤC ĐÍCH\n", facts: []),
        ])

    /// Titles as they are written in running text.
    static let titles: [String: String] = [
        "CHỦ TỊCH": "Chủ tịch", "PHÓ CHỦ TỊCH": "Phó Chủ tịch", "CHÁNH VĂN PHÒNG": "Chánh Văn phòng",
        "PHÓ CHÁNH VĂN PHÒNG": "Phó Chánh Văn phòng", "GIÁM ĐỐC": "Giám đốc", "PHÓ GIÁM ĐỐC": "Phó Giám đốc",
        "ỦY BAN NHÂN DÂN": "Ủy ban nhân dân", "UỶ BAN NHÂN DÂN": "Ủy ban nhân dân", "TRƯỞNG BAN": "Trưởng ban",
        "PHÓ TRƯỞNG BAN": "Phó Trưởng ban", "BÍ THƯ": "Bí thư", "TRƯỞNG PHÒNG": "Trưởng phòng",
    ]

    func apply(_ context: ExtractionContext, to record: inout PlanRecord) {
        let signatures = context.document.parts.filter { $0.kind == .signature }
        guard let signature = signatures.first(where: { $0.body.contains { $0.role == .signerName } }) ?? signatures.first
        else { return }
        let name = signature.body.first { $0.role == .signerName }
        var capacities: [String] = []
        var title: String?
        for paragraph in signature.body where paragraph.role == .signerTitle {
            for line in Self.lines(of: paragraph) {
                let words = line.split(separator: " ", maxSplits: 1).map(String.init)
                if let first = words.first, ["TM.", "KT.", "TL.", "TUQ.", "Q."].contains(first) {
                    capacities.append(first + (words.count > 1 ? " " + Self.written(words[1]) : ""))
                } else {
                    title = Self.written(line)
                }
            }
        }
        let line = name?.lines.first ?? signature.lines.first
        record.signer = Signer(
            name: name?.text, title: title, capacity: capacities.isEmpty ? nil : capacities.joined(separator: "; "),
            line: line)
    }

    /// The paragraph's source lines, as separate texts.
    static func lines(of paragraph: Paragraph) -> [String] {
        let utf8 = Array(paragraph.text.utf8)
        var result: [String] = []
        for (index, span) in paragraph.spans.enumerated() {
            let start = min(span.textOffset, utf8.count)
            let end = index + 1 < paragraph.spans.count ? min(paragraph.spans[index + 1].textOffset, utf8.count) : utf8.count
            let text = String(decoding: utf8[start..<max(start, end)], as: UTF8.self).trimming([" "])
            if !text.isEmpty { result.append(text) }
        }
        return result
    }

    /// `PHÓ CHỦ TỊCH` → `Phó Chủ tịch`; unknown titles in sentence case.
    static func written(_ caps: String) -> String {
        if let known = titles[caps] { return known }
        let lower = caps.lowercased()
        return (lower.first.map { String($0).uppercased() } ?? "") + lower.dropFirst()
    }
}

extension String {
    /// The string without the given characters at either end.
    ///
    /// ASCII characters are trimmed as bytes when the text kept begins and ends with a scalar that
    /// never joins a neighbour (ASCII, U+0080–U+02FF, Latin Extended Additional), where bytes and
    /// `Character`s agree; anything else is trimmed by `Character`.
    func trimming(_ characters: Set<Character>) -> String {
        var mask: (low: UInt64, high: UInt64) = (0, 0)
        for character in characters {
            guard let ascii = character.asciiValue else { return trimmingCharacters(characters) }
            if ascii < 64 { mask.low |= 1 << UInt64(ascii) } else { mask.high |= 1 << UInt64(ascii - 64) }
        }
        func isTrimmed(_ byte: UInt8) -> Bool {
            byte < 64 ? mask.low & (1 << UInt64(byte)) != 0 : byte < 128 && mask.high & (1 << UInt64(byte - 64)) != 0
        }
        let trimmed: Range<Int>? = utf8.withContiguousStorageIfAvailable { bytes in
            var start = 0, end = bytes.count
            while start < end && isTrimmed(bytes[start]) { start += 1 }
            while end > start && isTrimmed(bytes[end - 1]) { end -= 1 }
            guard start < end else { return start..<end }
            var last = end - 1
            while last > start && bytes[last] & 0xC0 == 0x80 { last -= 1 }
            func isSelfContained(_ index: Int) -> Bool {
                let lead = bytes[index]
                return lead < 0x80 || (0xC2...0xCB).contains(lead) || lead == 0xE1 && index + 1 < bytes.count && bytes[index + 1] & 0xFC == 0xB8
            }
            return isSelfContained(start) && isSelfContained(last) ? start..<end : nil
        } ?? nil
        guard let trimmed else { return trimmingCharacters(characters) }
        if trimmed.count == utf8.count { return self }
        let start = utf8.index(utf8.startIndex, offsetBy: trimmed.lowerBound)
        return String(self[start..<utf8.index(start, offsetBy: trimmed.count)])
    }

    private func trimmingCharacters(_ characters: Set<Character>) -> String {
        var slice = Substring(self)
        while let first = slice.first, characters.contains(first) { slice.removeFirst() }
        while let last = slice.last, characters.contains(last) { slice.removeLast() }
        return String(slice)
    }
}
