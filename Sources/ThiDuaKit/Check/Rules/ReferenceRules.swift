import VietText
import ThiDuaModel

/// Document numbers of an unusual shape.
struct ReferenceMalformedRule: CheckRule {
    static let description = CheckRuleDescription(
        id: "reference-malformed", severity: .warning,
        summary: "A document number of an unusual shape (98/2023/NĐCP, 01/2024/TTBNV, 1315/QĐ- TTg).",
        rationale: "Numbers are written `number/year/TYPE-ISSUER` or `number/TYPE-ISSUER` (`98/2023/NĐ-CP`, `2037/QĐ-UBND`); a missing hyphen or a stray space makes the citation hard to find.",
        triggering: [CheckExample(
            "QUYẾT ĐỊNH\n\nCăn cứ Nghị định số 98/2023/NĐCP ngày 31/12/2023;\n\nCăn cứ Quyết định số 1315/QĐ- TTg của Thủ tướng;\n\nĐiều 1. Ban hành.\n", lines: [3, 5])],
        nonTriggering: [CheckExample(
            "QUYẾT ĐỊNH\n\nCăn cứ Nghị định số 98/2023/NĐ-CP; Nghị quyết số 57-NQ/TW; Kế hoạch số 142-KH/TU; Quyết định số 2037/QĐ-UBND.\n\nĐiều 1. Ban hành.\n")])

    /// Document types as number codes print them.
    static let types = ["NĐ", "QĐ", "TT", "KH", "NQ", "CT", "TTr", "CV", "HD", "TB", "BC", "CTr", "KL"]

    func check(_ context: CheckContext) -> [Finding] {
        var seen = Set<String>()
        return context.references.compactMap { reference in
            guard let problem = Self.problem(reference.number), seen.insert("\(reference.line)|\(reference.number)").inserted else { return nil }
            return context.finding(Self.description, line: reference.line, at: reference.number, Message(
                en: "‘\(reference.number)’ is not a usual document number: \(problem.en)",
                vi: "‘\(reference.number)’ không đúng dạng số văn bản: \(problem.vi)"))
        }
    }

    static func problem(_ number: String) -> Message? {
        if number.containsBytes(" ") {
            return Message(en: "it has a space (expected ‘\(number.filter { $0 != " " })’)", vi: "có khoảng trắng (đúng là ‘\(number.filter { $0 != " " })’)")
        }
        let segments = number.split(separator: "/").map(String.init)
        guard let code = segments.last, code.count > 3, !code.containsBytes("-"), code.allSatisfy({ $0.isLetter }) else { return nil }
        for type in types.sorted(by: { $0.count > $1.count }) where code.hasPrefix(type) && code.count > type.count {
            let fixed = (segments.dropLast() + [type + "-" + code.dropFirst(type.count)]).joined(separator: "/")
            return Message(en: "the type and the issuer need a hyphen (‘\(fixed)’)", vi: "thiếu gạch nối giữa loại văn bản và cơ quan ban hành (‘\(fixed)’)")
        }
        return nil
    }
}

/// One document cited with two different dates.
struct ReferenceDateConflictRule: CheckRule {
    static let description = CheckRuleDescription(
        id: "reference-date-conflict", severity: .warning,
        summary: "One document number is cited with two different dates.",
        rationale: "One of the two dates is wrong; readers cannot tell which document is meant.",
        triggering: [CheckExample(
            "KẾ HOẠCH\n\nCăn cứ Kế hoạch số 08-KH/TU ngày 29/8/2025;\n\nI. MỤC ĐÍCH\n\nThực hiện Kế hoạch số 08-KH/TU ngày 29/9/2025.\n", lines: [7])],
        nonTriggering: [CheckExample(
            "KẾ HOẠCH\n\nCăn cứ Kế hoạch số 08-KH/TU ngày 29/8/2025;\n\nI. MỤC ĐÍCH\n\nThực hiện Kế hoạch số 08-KH/TU ngày 29 tháng 8 năm 2025.\n")])

    func check(_ context: CheckContext) -> [Finding] {
        var first: [String: TextScan.Reference] = [:]
        var findings: [Finding] = []
        for reference in context.references {
            guard let date = reference.date else { continue }
            let key = reference.number.filter { $0 != " " }
            guard let earlier = first[key] else {
                first[key] = reference
                continue
            }
            guard let earlierDate = earlier.date, earlierDate != date else { continue }
            findings.append(context.finding(Self.description, line: reference.line, at: reference.number, Message(
                en: "\(reference.number) is dated \(date) here but \(earlierDate) on line \(earlier.line)",
                vi: "\(reference.number) ở đây ghi ngày \(date) nhưng dòng \(earlier.line) ghi ngày \(earlierDate)")))
        }
        return findings
    }
}
