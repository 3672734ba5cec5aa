import ThiDuaModel
import VietText

/// Phase by phase: years and review timing, and where phases overlap.
enum PhaseRows {
    static func table(_ records: [PlanRecord]) -> DimensionTable {
        // By index: mapping the records would copy each one, retaining all its fields.
        let movements = records.indices.map { records[$0].movement }
        let phaseLists = records.indices.map { records[$0].phases }
        var rows: [Row] = []
        rows.append(
            Row(
                key: "period", label: "Period",
                cells: movements.map { movement in movement.flatMap { m in m.from.map { "\($0)–\(m.to.map(String.init) ?? "?")" } } },
                values: movements.map { movement in movement.flatMap { m in m.from.map { "\($0)-\(m.to ?? 0)" } } }))
        let count = phaseLists.map(\.count).max() ?? 0
        for index in 0..<count {
            let phases = phaseLists.map { index < $0.count ? $0[index] : nil }
            rows.append(
                Row(
                    key: "phase.\(index + 1).years", label: "Phase \(index + 1)",
                    cells: phases.map { $0.map { "\($0.from)–\($0.to)" } },
                    values: phases.map { $0.map { "\($0.from)-\($0.to)" } }))
            rows.append(
                Row(
                    key: "phase.\(index + 1).review", label: "Phase \(index + 1) review",
                    cells: phases.map { $0?.review.map(reviewText) },
                    values: phases.map { $0?.review.map { "\($0.kind.rawValue) \($0.when ?? "")" } }))
        }
        let overlaps = phaseLists.map(overlapYears)
        rows.append(
            Row(
                key: "overlap", label: "Phases overlap",
                cells: overlaps.map { $0.isEmpty ? nil : $0.map(String.init).joined(separator: ", ") },
                values: overlaps.map { $0.isEmpty ? nil : $0.map(String.init).joined(separator: ",") }))
        return DimensionTable(dimension: .phases, rows: rows)
    }

    static func reviewText(_ review: Phase.Review) -> String {
        (review.kind == .preliminary ? "mid-term (sơ kết)" : "final (tổng kết)") + (review.when.map { " \($0)" } ?? "")
    }

    /// The years two consecutive phases share (`2025–2027` and `2027–2030` share 2027).
    static func overlapYears(_ phases: [Phase]) -> [Int] {
        var years: [Int] = []
        for (first, second) in zip(phases, phases.dropFirst()) where second.from <= first.to {
            years += Array(second.from...first.to)
        }
        return years
    }
}

/// Award form × occasion, grouped by tier.
enum AwardRows {
    static let occasionLabels: [AwardOccasion: String] = [
        .annual: "yearly", .preliminary: "mid-term review", .final: "final review", .adHoc: "ad hoc", .unspecified: "occasion not given",
    ]

    static func table(_ records: [PlanRecord]) -> DimensionTable {
        let forms = AwardForms.all + [AwardForms.withinAuthority]
        let offers = AwardOffers(records)
        var rows: [Row] = []
        for tier in [AwardTier?.some(.state), .province, .unit, nil] {
            for form in forms where form.tier == tier {
                for occasion in AwardOccasion.allCases {
                    guard let present = offers.offered(form.id, at: occasion) else { continue }
                    rows.append(
                        Row(
                            key: "award.\(form.id).\(occasion.rawValue)", section: tier.map { "\($0.rawValue) tier" } ?? "form not named",
                            label: "\(form.name) · \(occasionLabels[occasion] ?? occasion.rawValue)",
                            cells: present.map { $0 ? "✓" : nil }, values: present.map { $0 ? "yes" : nil }))
                }
            }
        }
        return DimensionTable(dimension: .awards, rows: rows)
    }
}

/// Which records offer each form at each occasion, found in one pass over their awards.
struct AwardOffers {
    /// A form (by its id, compared by bytes as ``ExactText`` is) at an occasion.
    private struct Offer: Hashable {
        var form: ExactText
        var occasion: AwardOccasion

        init(_ form: String, _ occasion: AwardOccasion) {
            self.form = ExactText(form)
            self.occasion = occasion
        }
    }

    /// For each form and occasion offered, whether each record offers it.
    private var offering: [Offer: [Bool]] = [:]

    init(_ records: [PlanRecord]) {
        // By index: a `for` over the records would copy each one, retaining all its fields.
        for index in records.indices {
            for award in records[index].awards {
                offering[Offer(award.formID, award.occasion), default: [Bool](repeating: false, count: records.count)][index] = true
            }
        }
    }

    /// For each record, in order, whether it offers `form` at `occasion`; `nil` when none does.
    func offered(_ form: String, at occasion: AwardOccasion) -> [Bool]? {
        offering[Offer(form, occasion)]
    }
}

/// Deadlines aligned by what is due.
enum DeadlineRows {
    static let purposeLabels: [DeadlinePurpose: String] = [
        .implementationPlan: "Implementation plan", .report: "Periodic report", .awardNomination: "Award nominations",
        .review: "Reviews", .other: "Other",
    ]

    static func table(_ records: [PlanRecord]) -> DimensionTable {
        var rows: [Row] = []
        let all = records.indices.map { records[$0].deadlines }
        for purpose in DeadlinePurpose.allCases {
            let deadlines = all.map { $0.filter { $0.purpose == purpose } }
            guard deadlines.contains(where: { !$0.isEmpty }) else { continue }
            rows.append(
                Row(
                    key: "deadline.\(purpose.rawValue)", label: purposeLabels[purpose] ?? purpose.rawValue,
                    cells: deadlines.map { $0.isEmpty ? nil : $0.map { "\($0.text) → \($0.value)" }.joined(separator: "; ") },
                    values: deadlines.map { $0.isEmpty ? nil : $0.map(\.value).sorted().joined(separator: ",") }))
        }
        return DimensionTable(dimension: .deadlines, rows: rows)
    }
}

/// Agency × role: the roles that organise a movement.
enum AgencyRows {
    /// The roles shown, in this order.
    static let roles: [AgencyRole] = [.standing, .lead, .coordinate, .appraise, .advise, .report]

    static func table(_ records: [PlanRecord]) -> DimensionTable {
        // Names are keyed by their bytes (``ExactText``): hashing a `String` would normalise it each time.
        var names: [ExactText] = []
        var seen = Set<ExactText>()
        var rank: [ExactText: Int] = [:]
        for index in records.indices {
            for agency in records[index].agencies {
                let name = ExactText(agency.name)
                let own = agency.roles.contains(.standing) ? 0 : agency.roles.contains(.lead) ? 1 : 2
                rank[name] = min(rank[name] ?? 2, own)
                if agency.roles.contains(where: roles.contains), seen.insert(name).inserted { names.append(name) }
            }
        }
        let sortKey = Dictionary(uniqueKeysWithValues: names.map { ($0, MatchingKey($0.string, accentFree: true).value) })
        names.sort { (rank[$0] ?? 2, sortKey[$0] ?? $0.string) < (rank[$1] ?? 2, sortKey[$1] ?? $1.string) }
        // The roles shown in each cell, from each record's first assignment of each name: filled from
        // the assignments, so that the cost follows them rather than names × records.
        let rowOfName = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        var cells = [[[AgencyRole]?]](repeating: [[AgencyRole]?](repeating: nil, count: records.count), count: names.count)
        for index in records.indices {
            var assigned: [Int] = []
            for agency in records[index].agencies {
                guard let row = rowOfName[ExactText(agency.name)], !assigned.contains(row) else { continue }
                assigned.append(row)
                let kept = roles.filter(agency.roles.contains)
                cells[row][index] = kept.isEmpty ? nil : kept
            }
        }
        let rows = names.indices.map { row -> Row in
            let name = names[row].string
            let shown = cells[row]
            return Row(
                key: "agency.\(MatchingKey(name, accentFree: true).value.replacingSpaces)", label: name,
                cells: shown.map { $0?.map(\.rawValue).joined(separator: ", ") },
                values: shown.map { $0?.map(\.rawValue).joined(separator: ",") })
        }
        return DimensionTable(dimension: .agencies, rows: rows)
    }
}

extension String {
    fileprivate var replacingSpaces: String { String(map { $0 == " " ? "-" : $0 }) }
}
