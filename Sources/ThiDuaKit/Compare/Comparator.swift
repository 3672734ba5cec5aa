import ThiDuaModel
import VietText

/// Compares plans across provinces: the fourth stage of the pipeline.
public struct Comparator: Sendable {
    /// Which dimensions to build.
    public struct Configuration: Sendable, Hashable {
        public var dimensions: [ComparisonDimension]
        /// Whether a group's tables, key differences and columns may be built at once on several
        /// threads (more than 1) or one after another on the caller's (1). The result is the same.
        public var jobs: Int

        public init(dimensions: [ComparisonDimension] = ComparisonDimension.allCases, jobs: Int = 1) {
            self.dimensions = dimensions
            self.jobs = jobs
        }
    }

    public var configuration: Configuration

    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
    }

    /// Groups the records by movement and aligns each dimension across the group's documents.
    ///
    /// - Returns: Groups with the most documents first; within a group, columns by province, the
    ///   provincial plan before its agencies' sub-plans.
    public func compare(_ records: [PlanRecord]) -> Comparison {
        let dimensions = configuration.dimensions
        let groups = MovementGrouping.groups(records).map { members -> MovementGroup in
            let ordered = Self.ordered(members)
            // The parts of a group are independent of each other: each its own task.
            let parts = Parallel.map(count: dimensions.count + 2, jobs: configuration.jobs) { task -> GroupPart in
                switch task {
                case dimensions.count: return .columns(ordered.map(Self.column))
                case dimensions.count + 1: return .keyDifferences(KeyDifferences.of(ordered))
                default: return .table(Self.table(dimensions[task], ordered))
                }
            }
            var columns: [Column] = [], tables: [DimensionTable] = [], keyDifferences: [KeyDifference] = []
            for part in parts {
                switch part {
                case .columns(let value): columns = value
                case .table(let table): tables.append(table)
                case .keyDifferences(let value): keyDifferences = value
                }
            }
            let names = KeyDifferences.unique(ordered.compactMap(\.movement?.name))
            let decisions = KeyDifferences.unique(ordered.compactMap(\.movement?.nationalDecision))
            return MovementGroup(
                movement: Self.commonName(ordered) ?? "(movement not named)", names: names, nationalDecisions: decisions,
                columns: columns, tables: tables, keyDifferences: keyDifferences)
        }
        return Comparison(groups: groups.sorted { ($0.columns.count, $1.movement) > ($1.columns.count, $0.movement) })
    }

    /// A part of a group, built by its own task.
    private enum GroupPart: Sendable {
        case columns([Column])
        case table(DimensionTable)
        case keyDifferences([KeyDifference])
    }

    static func table(_ dimension: ComparisonDimension, _ records: [PlanRecord]) -> DimensionTable {
        switch dimension {
        case .phases: return PhaseRows.table(records)
        case .awards: return AwardRows.table(records)
        case .deadlines: return DeadlineRows.table(records)
        case .agencies: return AgencyRows.table(records)
        }
    }

    static func column(_ record: PlanRecord) -> Column {
        var agency: String?
        if record.issuerLevel == .agency, var issuer = record.issuer {
            // `Văn phòng Ủy ban nhân dân tỉnh Sơn La` → the registry's short form, `Văn phòng UBND tỉnh`.
            if let province = record.province, issuer.hasSuffix(" " + province) {
                issuer = String(issuer.dropLast(province.count + 1))
            }
            agency = Agencies.agency(named: issuer)?.aliases.first ?? issuer
        }
        return Column(id: record.id, source: record.source, province: record.province ?? record.id, agency: agency)
    }

    /// Columns by province (accents aside), the provincial plan before its agencies' sub-plans, then by id.
    ///
    /// - Complexity: O(n log n), with each record's key computed once.
    static func ordered(_ records: [PlanRecord]) -> [PlanRecord] {
        var provinceKeys: [ExactText: String] = [:]
        let keys = records.map { record in
            let province = ExactText(record.province ?? record.id)
            let key = provinceKeys[province] ?? MatchingKey(province.string, accentFree: true).value
            provinceKeys[province] = key
            return (key, record.issuerLevel == .agency ? 1 : 0, record.id)
        }
        return records.indices.sorted { keys[$0] < keys[$1] }.map { records[$0] }
    }

    /// The name most plans of the group quote; ties go to the first column's.
    static func commonName(_ records: [PlanRecord]) -> String? {
        var counts: [ExactText: Int] = [:]
        for name in records.compactMap(\.movement?.name) { counts[ExactText(name), default: 0] += 1 }
        return records.compactMap(\.movement?.name).max { counts[ExactText($0), default: 0] < counts[ExactText($1), default: 0] }
    }
}
