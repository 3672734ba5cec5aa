import ThiDuaModel
import VietText

/// Reads every document cited as a basis of the decision or plan.
struct LegalBasisRule: ExtractionRule {
    static let description = ExtractionRuleDescription(
        id: "legal-bases",
        summary: "Documents cited in Căn cứ, Thực hiện and Theo đề nghị paragraphs: kind, number, date, issuer.",
        rationale: """
            A citation is a kind (`Quyết định`, `Nghị định`, `Kế hoạch hành động` …), `số` and a number,
            then its date and issuer; a law is cited by name and date. A date inside a citation belongs to
            the citation — it is never a deadline. Each document is listed once, at its first citation.
            """,
        fields: ["legalBasis"],
        examples: [
            ExtractionExample(
                "QUYẾT ĐỊNH\n\nCăn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;\n\nCăn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định về thi đua;\n\nTheo đề nghị của Sở Nội vụ tại Tờ trình số 458/TTr-SNV ngày 29 tháng 10 năm 2025.\n\nĐiều 1. Ban hành.\n",
                facts: [
                    "legalBasis=Luật Thi đua, khen thưởng (kind=Luật; date=2022-06-15) @3",
                    "legalBasis=152/2025/NĐ-CP (kind=Nghị định; date=2025-06-14; issuer=Chính phủ) @5",
                    "legalBasis=458/TTr-SNV (kind=Tờ trình; date=2025-10-29) @7",
                ]),
            ExtractionExample(
                "KẾ HOẠCH\n\nThực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị và Quyết định số 1315/QĐ- TTg của Thủ tướng Chính phủ;\n\nI. MỤC ĐÍCH\n",
                facts: [
                    "legalBasis=57-NQ/TW (kind=Nghị quyết; date=2024-12-22; issuer=Bộ Chính trị) @3",
                    "legalBasis=1315/QĐ- TTg (kind=Quyết định; issuer=Thủ tướng Chính phủ) @3",
                ]),
            ExtractionExample(
                "KẾ HOẠCH\n\nThực hiện Chỉ thị số 18-CT/TU ngày 10/3/2025 của Ban Thường vụ Tỉnh ủy và Công văn số 2143/SNV-TĐKT ngày 5/6/2025 của Sở Nội vụ;\n\nI. MỤC ĐÍCH\n",
                facts: [
                    "legalBasis=18-CT/TU (kind=Chỉ thị; date=2025-03-10; issuer=Ban Thường vụ Tỉnh ủy) @3",
                    "legalBasis=2143/SNV-TĐKT (kind=Công văn; date=2025-06-05; issuer=Sở Nội vụ) @3",
                ]),
            ExtractionExample("KẾ HOẠCH\n\nI. MỤC ĐÍCH\n\n1. Báo cáo trước ngày 15/11 hằng năm.\n", facts: []),
        ])

    /// The words after a citation up to the end of its clause or the next citation.
    static func subject(in unit: TextUnit, from start: Int, to limit: Int) -> String? {
        let scalars = unit.scalars
        var start = start, end = start
        while end < limit, scalars[end] != ";" { end += 1 }
        func isTrimmed(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "," || scalar == "." || scalar == ";" }
        while start < end, isTrimmed(scalars[start]) { start += 1 }
        while end > start, isTrimmed(scalars[end - 1]) { end -= 1 }
        return end - start >= 4 ? unit.text(start..<end) : nil
    }

    func apply(_ context: ExtractionContext, to record: inout PlanRecord) {
        var seen = KeyIndex<ExactText, Void>()
        for unit in context.units(in: .document, where: { entry, _ in entry.role == .legalBasis || entry.role == .proposal }) {
            let citations = CitationReader.citations(in: unit)
            for (index, citation) in citations.enumerated() {
                guard seen.insert(ExactText(citation.basis.number ?? citation.basis.name ?? "")) else { continue }
                var basis = citation.basis
                let next = index + 1 < citations.count ? citations[index + 1].range.lowerBound : unit.scalars.count
                basis.subject = Self.subject(in: unit, from: citation.range.upperBound, to: next)
                record.legalBases.append(basis)
            }
        }
    }
}
