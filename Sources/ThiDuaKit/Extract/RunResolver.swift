import ThiDuaModel
import VietText

/// Fills blanks across a run: a draft that leaves its number and date blank gets them from another
/// document of the run that cites it by number and date, when province, kind and movement match.
enum RunResolver {
    /// A distinct citation of the run, with the first document that makes it.
    private struct Citation {
        var number: String
        var date: String?
        var subjectKey: String
        var citedBy: String
        var line: Int
    }

    /// Where a citation may fill a blank: the province citing it, the kind of document, and the code of
    /// its number (`QĐ-UBND`). Parts are compared by their bytes (``ExactText``): hashing a `String`
    /// would normalise it each time.
    private struct Place: Hashable {
        var province: ExactText
        var kind: ExactText
        var code: ExactText
    }

    /// A citation as one distinct document: where, the number, the date and the subject.
    private struct Distinct: Hashable {
        var place: Place
        var number: ExactText
        var date: ExactText?
        var subjectKey: ExactText
    }

    /// - Complexity: O(n) to index the run's distinct citations by province, kind and code, then one
    ///   lookup per blank record.
    /// - Parameter records: Taken, so that filling blanks changes them in place rather than a copy of all.
    static func resolve(_ records: consuming [PlanRecord], numberCodes: [String?]) -> [PlanRecord] {
        // Nothing to fill: no need to index the run's citations.
        guard records.indices.contains(where: { records[$0].number == nil && numberCodes[$0] != nil }) else { return records }
        var index: [Place: [Citation]] = [:]
        var seen = Set<Distinct>()
        // Plans of a run cite the same few documents: each distinct subject is keyed once.
        var subjectKeys: [ExactText: String] = [:]
        for position in records.indices {
            guard let province = records[position].province else { continue }
            for basis in records[position].legalBases {
                guard let number = basis.number, let slash = number.lastIndex(of: "/") else { continue }
                let code = String(number[number.index(after: slash)...])
                let subjectKey = basis.subject.map { subject in
                    if let key = subjectKeys[ExactText(subject)] { return key }
                    let key = MatchingKey(subject).value
                    subjectKeys[ExactText(subject)] = key
                    return key
                } ?? ""
                let place = Place(province: ExactText(province), kind: ExactText(basis.kind), code: ExactText(code))
                let distinct = Distinct(
                    place: place, number: ExactText(number), date: basis.date.map(ExactText.init), subjectKey: ExactText(subjectKey))
                guard seen.insert(distinct).inserted else { continue }
                index[place, default: []].append(
                    Citation(number: number, date: basis.date, subjectKey: subjectKey, citedBy: records[position].id, line: basis.line))
            }
        }
        var result = records
        for position in result.indices where result[position].number == nil {
            let record = result[position]
            guard let province = record.province, let movementName = record.movement?.name,
                let code = numberCodes[position], let kind = kindName(ofCode: code),
                let candidates = index[
                    Place(province: ExactText(province), kind: ExactText(kind), code: ExactText(code.split(separator: "/").last.map(String.init) ?? code))]
            else { continue }
            let movementKey = MatchingKey(movementName).value
            guard let citation = candidates.first(where: { citation in
                citation.citedBy != record.id && compatible(citation.date, with: record.issued)
                    && citation.subjectKey.containsBytes(movementKey)
            }) else { continue }
            result[position].number = citation.number
            result[position].resolved.append(Resolution(field: "number", value: citation.number, citedBy: citation.citedBy, line: citation.line))
            if let date = citation.date, (record.issued?.count ?? 0) < date.count {
                result[position].issued = date
                result[position].resolved.append(Resolution(field: "issued", value: date, citedBy: citation.citedBy, line: citation.line))
            }
        }
        return result
    }

    /// A cited date fits a partial issue date when it starts with it (`2026-04-27` fits `2026`).
    static func compatible(_ date: String?, with issued: String?) -> Bool {
        guard let issued else { return true }
        guard let date else { return false }
        return date.startsWithBytes(issued)
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
        if code.startsWithBytes("QĐ") { return "Quyết định" }
        if code.startsWithBytes("KH") { return "Kế hoạch" }
        return nil
    }
}
