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
        for (index, span) in paragraph.lineSpans.enumerated() {
            let start = min(span.textOffset, utf8.count)
            let end = index + 1 < paragraph.lineSpans.count ? min(paragraph.lineSpans[index + 1].textOffset, utf8.count) : utf8.count
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
