import ThiDuaModel
import VietText

/// Fills blanks across a run: a draft that leaves its number and date blank gets them from another
/// document of the run that cites it by number and date, when province, kind and movement match.
enum RunResolver {
    static func resolve(_ records: [PlanRecord], numberCodes: [String?]) -> [PlanRecord] {
        var result = records
        for index in result.indices where result[index].number == nil {
            let record = result[index]
            guard let province = record.province, let movementName = record.movement?.name,
                let code = numberCodes[index], let kind = kindName(ofCode: code)
            else { continue }
            for other in records where other.id != record.id && other.province == province {
                for basis in other.legalBases {
                    guard let number = basis.number, number.hasSuffix("/" + code) || number.hasSuffix(code),
                        basis.kind == kind, Self.compatible(basis.date, with: record.issued),
                        let subject = basis.subject, MatchingKey(subject).value.contains(MatchingKey(movementName).value)
                    else { continue }
                    result[index].number = number
                    result[index].resolved.append(Resolution(field: "number", value: number, citedBy: other.id, line: basis.line))
                    if let date = basis.date, (record.issued?.count ?? 0) < date.count {
                        result[index].issued = date
                        result[index].resolved.append(Resolution(field: "issued", value: date, citedBy: other.id, line: basis.line))
                    }
                    break
                }
                if result[index].number != nil { break }
            }
        }
        return result
    }

    /// A cited date fits a partial issue date when it starts with it (`2026-04-27` fits `2026`).
    static func compatible(_ date: String?, with issued: String?) -> Bool {
        guard let issued else { return true }
        guard let date else { return false }
        return date.hasPrefix(issued)
    }
}

extension RunResolver {
    /// The code of the number printed in the document's header (`QĐ-UBND`), even when the number is blank.
    static func numberCode(of document: SegmentedDocument) -> String? {
        let line = document.parts.filter { $0.kind == .header }.flatMap(\.body).first { $0.role == .number }
        return line.flatMap { IdentityRule.number(in: $0.text).1 }
    }

    /// The kind of document a number code names, as citations print it.
    static func kindName(ofCode code: String) -> String? {
        if code.hasPrefix("QĐ") { return "Quyết định" }
        if code.hasPrefix("KH") { return "Kế hoạch" }
        return nil
    }
}
