/// One fact of a record in tidy form: one row of `extract --format csv` and of `facts.csv`.
public struct Fact: Hashable, Sendable, Codable {
    /// The document id.
    public var document: String
    /// The province, or empty.
    public var province: String
    /// What the fact is about (`number`, `phase`, `award`, `deadline`, `agency`, `signer.name` …).
    public var field: String
    /// The value.
    public var value: String
    /// More about the value, as `key=value` pairs separated by `; `.
    public var detail: String
    /// The source line.
    public var line: Int

    public init(document: String, province: String, field: String, value: String, detail: String, line: Int) {
        self.document = document
        self.province = province
        self.field = field
        self.value = value
        self.detail = detail
        self.line = line
    }

    /// `field=value (detail) @line`: how rule examples state the facts they expect.
    public var rendered: String {
        "\(field)=\(value)" + (detail.isEmpty ? "" : " (\(detail))") + " @\(line)"
    }
}

extension PlanRecord {
    /// The record as tidy facts, one per value, in a stable order.
    public var facts: [Fact] {
        var facts: [Fact] = []
        func add(_ field: String, _ value: String?, _ detail: [(String, String?)] = [], line: Int?) {
            guard let value, !value.isEmpty else { return }
            let detailText = detail.compactMap { key, value in value.map { "\(key)=\($0)" } }.joined(separator: "; ")
            facts.append(Fact(document: id, province: province ?? "", field: field, value: value, detail: detailText, line: line ?? 0))
        }
        add("province", province, line: lines["province"])
        add("issuer", issuer, line: lines["issuer"])
        add("issuerLevel", issuerLevel?.rawValue, line: lines["issuer"])
        for kind in kinds { add("kind", kind.rawValue, line: lines["kind.\(kind.rawValue)"]) }
        let resolvedNumber = resolved.first { $0.field == "number" }
        add("number", number, resolvedNumber.map { [("resolvedFrom", $0.citedBy)] } ?? [], line: resolvedNumber?.line ?? lines["number"])
        let resolvedDate = resolved.first { $0.field == "issued" }
        add("issued", issued, resolvedDate.map { [("resolvedFrom", $0.citedBy)] } ?? [], line: resolvedDate?.line ?? lines["issued"])
        add("attachedTo", attachedTo, line: lines["attachedTo"])
        if let signer {
            add("signer.name", signer.name, line: signer.line)
            add("signer.title", signer.title, line: signer.line)
            add("signer.capacity", signer.capacity, line: signer.line)
        }
        if let movement {
            add("movement.name", movement.name, line: lines["movement.name"])
            add("movement.from", movement.from.map(String.init), line: lines["movement.from"])
            add("movement.to", movement.to.map(String.init), line: lines["movement.to"] ?? lines["movement.from"])
            add("movement.period", movement.period, line: lines["movement.from"])
            add("movement.nationalDecision", movement.nationalDecision, line: lines["movement.nationalDecision"])
        }
        for basis in legalBases {
            add("legalBasis", basis.number ?? basis.name, [("kind", basis.kind), ("date", basis.date), ("issuer", basis.issuer)], line: basis.line)
        }
        for phase in phases {
            add(
                "phase", "\(phase.from)-\(phase.to)",
                [("label", phase.label), ("review", phase.review.map { "\($0.kind.rawValue) \($0.when ?? "")".trimmingSpaces })],
                line: phase.line)
        }
        for award in awards {
            add("award", award.form, [("tier", award.tier?.rawValue), ("occasion", award.occasion.rawValue), ("grantor", award.grantor)], line: award.line)
        }
        for deadline in deadlines {
            add(
                "deadline", deadline.value,
                [
                    ("kind", deadline.kind.rawValue), ("purpose", deadline.purpose.rawValue), ("text", deadline.text),
                    ("workingDays", deadline.workingDays.map { $0 ? "yes" : "no" }), ("from", deadline.from), ("to", deadline.to),
                ],
                line: deadline.line)
        }
        for agency in agencies {
            add("agency", agency.name, [("roles", agency.roles.map(\.rawValue).joined(separator: ","))], line: agency.line)
        }
        for target in targets {
            add("target", target.value, [("indicator", target.indicator), ("unit", target.unit), ("qualifier", target.qualifier)], line: target.line)
        }
        return facts
    }
}

extension String {
    fileprivate var trimmingSpaces: String {
        var slice = Substring(self)
        while slice.first == " " { slice.removeFirst() }
        while slice.last == " " { slice.removeLast() }
        return String(slice)
    }
}
