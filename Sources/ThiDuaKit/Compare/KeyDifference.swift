import ThiDuaModel
import VietText

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
        return differences(records).filter { difference in
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

    /// `items` without repeats or any of `excluded`, in order.
    static func unique(_ items: [String], excluding excluded: Set<String> = []) -> [String] {
        var seen = excluded
        return items.filter { seen.insert($0).inserted }
    }

    /// The province of each provincial plan, each distinct name numbered once: lists of thousands of
    /// plans are made unique and compared by number, not by hashing the names again.
    private struct Provinces {
        /// Each plan's province, and its number.
        let names: [String], numbers: [Int]
        /// How many distinct provinces there are.
        let count: Int

        init(_ names: [String]) {
            let numbering = TextNumbering(names)
            self.names = names
            numbers = numbering.numbers
            count = numbering.distinct.count
        }

        /// The provinces of the plans at `plans`, each once, in order, leaving out those `excluded` marks;
        /// and a mark for each province listed.
        func unique(_ plans: some Sequence<Int>, excluding excluded: [Bool]? = nil) -> (names: [String], marked: [Bool]) {
            var marked = excluded ?? [Bool](repeating: false, count: count)
            var listed = [Bool](repeating: false, count: count)
            var result: [String] = []
            for plan in plans where !marked[numbers[plan]] {
                marked[numbers[plan]] = true
                listed[numbers[plan]] = true
                result.append(names[plan])
            }
            return (result, listed)
        }

        /// Each province's values once, in the order provinces and values first appear.
        func merged(_ entries: [(plan: Int, values: [String])]) -> (entries: [KeyDifference.ProvinceValues], marked: [Bool]) {
            var order: [Int] = []
            var values: [Int: [String]] = [:]
            var seen: [Int: Set<String>] = [:]
            var marked = [Bool](repeating: false, count: count)
            for entry in entries {
                let number = numbers[entry.plan]
                if !marked[number] {
                    marked[number] = true
                    order.append(entry.plan)
                }
                for value in entry.values where seen[number, default: []].insert(value).inserted {
                    values[number, default: []].append(value)
                }
            }
            return (order.map { KeyDifference.ProvinceValues(province: names[$0], values: values[numbers[$0]] ?? []) }, marked)
        }
    }

    private struct ProvinceYear: Hashable {
        var province: Int
        var year: Int
    }

    /// The differences among the provincial plans, each province named once in every list.
    private static func differences(_ records: [PlanRecord]) -> [KeyDifference] {
        let provincial = records.filter { $0.issuerLevel != .agency }
        guard provincial.count >= 2 else { return [] }
        let provinces = Provinces(provincial.map { $0.province ?? $0.id })
        let plans = provincial.indices
        var result: [KeyDifference] = []

        let starts = plans.compactMap { plan in provincial[plan].phases.first.map { (plan: plan, year: $0.from) } }
        if let earliest = starts.map(\.year).min(), Set(starts.map(\.year)).count > 1 {
            var seenLater = Set<ProvinceYear>()
            let later = starts.filter { $0.year != earliest && seenLater.insert(ProvinceYear(province: provinces.numbers[$0.plan], year: $0.year)).inserted }
            result.append(
                .phaseStart(
                    earliest: provinces.unique(starts.filter { $0.year == earliest }.map(\.plan)).names, year: earliest,
                    later: later.map { KeyDifference.ProvinceYear(province: provinces.names[$0.plan], year: $0.year) }))
        }
        for plan in plans {
            let phases = provincial[plan].phases
            for (first, second) in zip(phases, phases.dropFirst()) where second.from <= first.to {
                result.append(
                    .phaseOverlap(
                        province: provinces.names[plan], years: Array(second.from...first.to), first: "\(first.from)–\(first.to)",
                        second: "\(second.from)–\(second.to)"))
            }
        }
        let noPhases = plans.filter { provincial[$0].phases.isEmpty }
        if !noPhases.isEmpty && noPhases.count < provincial.count { result.append(.noPhases(provinces: provinces.unique(noPhases).names)) }

        for occasion in [AwardOccasion.annual, .adHoc] {
            let offered = plans.filter { provincial[$0].awards.contains { $0.occasion == occasion } }
            if !offered.isEmpty && offered.count < provincial.count {
                let (offeredBy, marked) = provinces.unique(offered)
                result.append(.occasion(occasion, offeredBy: offeredBy, notBy: provinces.unique(plans, excluding: marked).names))
            }
        }
        let offers = AwardOffers(provincial)
        for form in AwardForms.all where form.tier != .unit {
            for occasion in [AwardOccasion.preliminary, .final, .annual] {
                guard let present = offers.offered(form.id, at: occasion) else { continue }
                let offered = plans.filter { present[$0] }
                if offered.count < provincial.count {
                    let (offeredBy, marked) = provinces.unique(offered)
                    result.append(
                        .award(form: form.name, occasion: occasion, offeredBy: offeredBy, notBy: provinces.unique(plans, excluding: marked).names))
                }
            }
        }
        for purpose in [DeadlinePurpose.implementationPlan, .report, .awardNomination] {
            let entries = plans.compactMap { plan -> (plan: Int, values: [String])? in
                let values = provincial[plan].deadlines.filter { $0.purpose == purpose }.map { "\($0.text) (\($0.value))" }
                return values.isEmpty ? nil : (plan, values)
            }
            guard !entries.isEmpty else { continue }
            let distinct = Set(provincial.map { $0.deadlines.filter { $0.purpose == purpose }.map(\.value).sorted() })
            if distinct.count > 1 {
                let (merged, marked) = provinces.merged(entries)
                result.append(.deadline(purpose: purpose, entries: merged, none: provinces.unique(plans, excluding: marked).names))
            }
        }
        for role in [AgencyRole.standing, .lead] {
            let entries = plans.compactMap { plan -> (plan: Int, values: [String])? in
                let holders = provincial[plan].agencies.filter { $0.roles.contains(role) }.map(\.name)
                return holders.isEmpty ? nil : (plan, holders)
            }
            guard !entries.isEmpty else { continue }
            let (merged, marked) = provinces.merged(entries)
            result.append(.role(role, entries: merged, none: provinces.unique(plans, excluding: marked).names))
        }
        return result
    }
}
