import ThiDuaModel

/// A key difference between the provincial plans of a group, as data; exporters put it in words.
public enum KeyDifference: Hashable, Sendable, Codable {
    /// Some provinces start their first phase earlier than others.
    case phaseStart(earliest: [String], year: Int, later: [ProvinceYear])
    /// A province's consecutive phases share years.
    case phaseOverlap(province: String, years: [Int], first: String, second: String)
    /// Provinces that set no phases while others do.
    case noPhases(provinces: [String])
    /// A form at an occasion that some provinces offer and others do not.
    case award(form: String, occasion: AwardOccasion, offeredBy: [String], notBy: [String])
    /// An occasion some provinces award at and others do not.
    case occasion(AwardOccasion, offeredBy: [String], notBy: [String])
    /// What each province requires by when, for one purpose.
    case deadline(purpose: DeadlinePurpose, entries: [ProvinceValues], none: [String])
    /// Who holds a role in each province.
    case role(AgencyRole, entries: [ProvinceValues], none: [String])

    /// A province and a year.
    public struct ProvinceYear: Hashable, Sendable, Codable {
        public var province: String
        public var year: Int

        public init(province: String, year: Int) {
            self.province = province
            self.year = year
        }
    }

    /// A province and its values, as written.
    public struct ProvinceValues: Hashable, Sendable, Codable {
        public var province: String
        public var values: [String]

        public init(province: String, values: [String]) {
            self.province = province
            self.values = values
        }
    }
}

/// Finds the key differences among the provincial plans of a group (agency sub-plans are in the
/// tables, beside their province, but not in these sentences).
enum KeyDifferences {
    /// The key differences, each province named once and each difference stated once, however many
    /// plans a province has.
    static func of(_ records: [PlanRecord]) -> [KeyDifference] {
        // Differences with lists of thousands of provinces are slow to hash: they are compared whole
        // only with those that share their heading.
        var seen: [String: [KeyDifference]] = [:]
        return raw(records).map(merged).filter { difference in
            let heading = heading(of: difference)
            if seen[heading]?.contains(difference) == true { return false }
            seen[heading, default: []].append(difference)
            return true
        }
    }

    /// What a difference is about, without its lists of provinces: equal differences have equal headings.
    private static func heading(of difference: KeyDifference) -> String {
        switch difference {
        case .phaseStart(_, let year, _): return "phase-start|\(year)"
        case .phaseOverlap(let province, let years, let first, let second): return "phase-overlap|\(province)|\(years)|\(first)|\(second)"
        case .noPhases: return "no-phases"
        case .award(let form, let occasion, _, _): return "award|\(form)|\(occasion.rawValue)"
        case .occasion(let occasion, _, _): return "occasion|\(occasion.rawValue)"
        case .deadline(let purpose, _, _): return "deadline|\(purpose.rawValue)"
        case .role(let role, _, _): return "role|\(role.rawValue)"
        }
    }

    /// Each province once in every list, in order; a province's values merged.
    static func merged(_ difference: KeyDifference) -> KeyDifference {
        switch difference {
        case .phaseStart(let earliest, let year, let later):
            var seenLater = Set<ProvinceYearKey>()
            return .phaseStart(
                earliest: unique(earliest), year: year,
                later: later.filter { seenLater.insert(ProvinceYearKey(province: $0.province, year: $0.year)).inserted })
        case .noPhases(let provinces): return .noPhases(provinces: unique(provinces))
        case .award(let form, let occasion, let offered, let notBy):
            let offeredOnce = unique(offered)
            return .award(form: form, occasion: occasion, offeredBy: offeredOnce, notBy: unique(notBy, excluding: Set(offeredOnce)))
        case .occasion(let occasion, let offered, let notBy):
            let offeredOnce = unique(offered)
            return .occasion(occasion, offeredBy: offeredOnce, notBy: unique(notBy, excluding: Set(offeredOnce)))
        case .deadline(let purpose, let entries, let none):
            let merged = mergedEntries(entries)
            return .deadline(purpose: purpose, entries: merged, none: unique(none, excluding: Set(merged.map(\.province))))
        case .role(let role, let entries, let none):
            let merged = mergedEntries(entries)
            return .role(role, entries: merged, none: unique(none, excluding: Set(merged.map(\.province))))
        case .phaseOverlap: return difference
        }
    }

    private struct ProvinceYearKey: Hashable {
        var province: String
        var year: Int
    }

    /// `items` without repeats or any of `excluded`, in order.
    static func unique(_ items: [String], excluding excluded: Set<String> = []) -> [String] {
        var seen = excluded
        return items.filter { seen.insert($0).inserted }
    }

    static func mergedEntries(_ entries: [KeyDifference.ProvinceValues]) -> [KeyDifference.ProvinceValues] {
        var order: [String] = []
        var values: [String: [String]] = [:]
        var seen: [String: Set<String>] = [:]
        for entry in entries {
            if values[entry.province] == nil { order.append(entry.province) }
            for value in entry.values where seen[entry.province, default: []].insert(value).inserted {
                values[entry.province, default: []].append(value)
            }
        }
        return order.map { KeyDifference.ProvinceValues(province: $0, values: values[$0] ?? []) }
    }

    private static func raw(_ records: [PlanRecord]) -> [KeyDifference] {
        let provincial = records.filter { $0.issuerLevel != .agency }
        guard provincial.count >= 2 else { return [] }
        let name = { (record: PlanRecord) in record.province ?? record.id }
        let names = provincial.map(name)
        var result: [KeyDifference] = []

        let starts = provincial.compactMap { record in record.phases.first.map { (name(record), $0.from) } }
        if let earliest = starts.map(\.1).min(), Set(starts.map(\.1)).count > 1 {
            result.append(
                .phaseStart(
                    earliest: starts.filter { $0.1 == earliest }.map(\.0), year: earliest,
                    later: starts.filter { $0.1 != earliest }.map { KeyDifference.ProvinceYear(province: $0.0, year: $0.1) }))
        }
        for record in provincial {
            for (first, second) in zip(record.phases, record.phases.dropFirst()) where second.from <= first.to {
                result.append(
                    .phaseOverlap(
                        province: name(record), years: Array(second.from...first.to), first: "\(first.from)–\(first.to)",
                        second: "\(second.from)–\(second.to)"))
            }
        }
        let noPhases = provincial.filter(\.phases.isEmpty).map(name)
        if !noPhases.isEmpty && noPhases.count < provincial.count { result.append(.noPhases(provinces: noPhases)) }

        for occasion in [AwardOccasion.annual, .adHoc] {
            let offered = provincial.filter { $0.awards.contains { $0.occasion == occasion } }.map(name)
            if !offered.isEmpty && offered.count < provincial.count {
                let offeredSet = Set(offered)
                result.append(.occasion(occasion, offeredBy: offered, notBy: names.filter { !offeredSet.contains($0) }))
            }
        }
        let offers = AwardOffers(provincial)
        for form in AwardForms.all where form.tier != .unit {
            for occasion in [AwardOccasion.preliminary, .final, .annual] {
                guard let present = offers.offered(form.id, at: occasion) else { continue }
                let offered = zip(provincial, present).filter(\.1).map { name($0.0) }
                if offered.count < provincial.count {
                    let offeredSet = Set(offered)
                    result.append(
                        .award(form: form.name, occasion: occasion, offeredBy: offered, notBy: names.filter { !offeredSet.contains($0) }))
                }
            }
        }
        for purpose in [DeadlinePurpose.implementationPlan, .report, .awardNomination] {
            let entries = provincial.compactMap { record -> KeyDifference.ProvinceValues? in
                let values = record.deadlines.filter { $0.purpose == purpose }.map { "\($0.text) (\($0.value))" }
                return values.isEmpty ? nil : .init(province: name(record), values: values)
            }
            guard !entries.isEmpty else { continue }
            let named = Set(entries.map(\.province))
            let none = names.filter { !named.contains($0) }
            let distinct = Set(provincial.map { $0.deadlines.filter { $0.purpose == purpose }.map(\.value).sorted() })
            if distinct.count > 1 { result.append(.deadline(purpose: purpose, entries: entries, none: none)) }
        }
        for role in [AgencyRole.standing, .lead] {
            let entries = provincial.compactMap { record -> KeyDifference.ProvinceValues? in
                let holders = record.agencies.filter { $0.roles.contains(role) }.map(\.name)
                return holders.isEmpty ? nil : .init(province: name(record), values: holders)
            }
            guard !entries.isEmpty else { continue }
            let named = Set(entries.map(\.province))
            let none = names.filter { !named.contains($0) }
            result.append(.role(role, entries: entries, none: none))
        }
        return result
    }
}
