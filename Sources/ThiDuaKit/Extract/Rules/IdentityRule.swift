import ThiDuaModel
import VietText

/// Reads who issued the document, its number, date and kinds, and the decision a plan is attached to.
struct IdentityRule: ExtractionRule {
    static let description = ExtractionRuleDescription(
        id: "identity",
        summary: "Province, issuer, number, issue date, document kinds and the decision a plan is attached to.",
        rationale: """
            The header says the number (`Số: 2037 /QĐ-UBND`, blank in drafts) and the place and date
            (`Lâm Đồng, ngày 10 tháng 11 năm 2025`, `ngày tháng năm 2026` in drafts, which gives the year
            alone). The code after the slash names the issuer (`UBND`, `VPUB`). A plan attached to a decision
            says so in its `(Kèm theo Quyết định số ...)` line.
            """,
        fields: ["province", "issuer", "issuerLevel", "kind", "number", "issued", "attachedTo"],
        examples: [
            ExtractionExample(
                "Số: 2037 /QĐ-UBND\n\nLâm Đồng, ngày 10 tháng 11 năm 2025\n\nQUYẾT ĐỊNH\n\nĐiều 1. Ban hành Kế hoạch.\n\nKẾ HOẠCH\n\n(Kèm theo Quyết định số 2031/QĐ-UBND ngày 10 tháng 11 năm 2025)\n\nI. MỤC ĐÍCH\n",
                facts: [
                    "province=Lâm Đồng @3", "issuer=Ủy ban nhân dân tỉnh Lâm Đồng @1", "issuerLevel=province @1",
                    "kind=decision @5", "kind=plan @9", "number=2037/QĐ-UBND @1", "issued=2025-11-10 @3",
                    "attachedTo=2031/QĐ-UBND @11",
                ]),
            ExtractionExample(
                "Số: /KH-VPUB\n\nSơn La, ngày tháng năm 2026\n\nKẾ HOẠCH\n\nI. MỤC ĐÍCH\n",
                facts: [
                    "province=Sơn La @3", "issuer=Văn phòng Ủy ban nhân dân tỉnh Sơn La @1", "issuerLevel=agency @1",
                    "kind=plan @5", "issued=2026 @3",
                ]),
            // A blank number and a blank date give no number and no date; a place that is not a
            // province gives no province.
            ExtractionExample(
                "Số: /KH-UBND\n\nXã Tân Lập, ngày tháng năm\n\nKẾ HOẠCH\n\nI. MỤC ĐÍCH\n", facts: ["kind=plan @5"],
                triggers: false),
        ])

    func apply(_ context: ExtractionContext, to record: inout PlanRecord) {
        let document = context.document
        let header = document.parts.filter { $0.kind == .header }.flatMap(\.body)
        var code: String?
        if let numberLine = header.first(where: { $0.role == .number }) {
            let (number, numberCode) = Self.number(in: numberLine.text)
            record.number = number
            code = numberCode
            record.lines["number"] = numberLine.lines.first
        }
        if let placeLine = header.first(where: { $0.role == .placeAndDate }) {
            if let comma = placeLine.text.byteRange(of: ",") {
                var cursor = Cursor(String(placeLine.text[comma.upperBound...]))
                cursor.skipSpaces()
                if let issued = TimeExpression.date(&cursor) {
                    record.issued = issued
                    record.lines["issued"] = placeLine.lines.first
                }
                if let province = Provinces.province(named: String(placeLine.text[..<comma.lowerBound])) {
                    record.province = province
                    record.lines["province"] = placeLine.lines.first
                }
            }
        }
        if record.province == nil {
            let candidates = context.units(in: .document) { entry, _ in
                entry.role == .issuer || entry.role == .authority || entry.role == .subject
            }
            for unit in candidates {
                if let province = Provinces.province(after: unit.text) {
                    record.province = province
                    record.lines["province"] = unit.line
                    break
                }
            }
        }
        if let decision = document.part(.decision) {
            record.kinds.append(.decision)
            record.lines["kind.decision"] = decision.lines.first
        }
        if let plan = document.part(.plan) {
            record.kinds.append(.plan)
            record.lines["kind.plan"] = plan.lines.first
            if let attachment = plan.body.first(where: { $0.role == .attachment }) {
                var cursor = Cursor(attachment.text)
                if let range = attachment.text.byteRange(of: "số ") {
                    cursor.index = attachment.text.unicodeScalars.distance(from: attachment.text.startIndex, to: range.upperBound)
                    if let number = CitationReader.documentNumber(&cursor) {
                        record.attachedTo = number
                        record.lines["attachedTo"] = attachment.lines.first
                    }
                }
            }
        }
        if let code, let issuer = Self.issuer(code: code, province: record.province) {
            record.issuer = issuer.name
            record.issuerLevel = issuer.level
            record.lines["issuer"] = record.lines["number"]
        } else if let issuerLine = header.first(where: { $0.role == .issuer }),
            let province = Provinces.province(after: issuerLine.text)
        {
            record.issuer = "Ủy ban nhân dân tỉnh \(province)"
            record.issuerLevel = .province
            record.lines["issuer"] = issuerLine.lines.first
        }
    }

    /// `Số: 2037 /QĐ-UBND` → (`2037/QĐ-UBND`, `QĐ-UBND`); `Số: /QĐ-UBND` → (`nil`, `QĐ-UBND`).
    static func number(in text: String) -> (String?, String?) {
        guard let colon = text.firstIndex(of: ":") else { return (nil, nil) }
        let value = text[text.index(after: colon)...].filter { $0 != " " }
        guard let slash = value.firstIndex(of: "/") else { return (nil, nil) }
        let code = String(value[value.index(after: slash)...])
        let digits = value[..<slash]
        let number = digits.isEmpty || !digits.contains(where: \.isNumber) ? nil : String(value)
        return (number, code.isEmpty ? nil : code)
    }

    /// The issuer a number's code names: `QĐ-UBND` → the provincial People's Committee.
    static func issuer(code: String, province: String?) -> (name: String, level: IssuerLevel)? {
        guard let province, let issuerCode = code.split(separator: "-").last.map(String.init) else { return nil }
        switch issuerCode.uppercased() {
        case "UBND": return ("Ủy ban nhân dân tỉnh \(province)", .province)
        case "VPUB", "VP": return ("Văn phòng Ủy ban nhân dân tỉnh \(province)", .agency)
        default:
            if let agency = Agencies.agency(named: issuerCode) { return ("\(agency.name) tỉnh \(province)", .agency) }
            return nil
        }
    }
}
