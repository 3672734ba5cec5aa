import ThiDuaModel
import VietText

/// The comparison of a run of plans: one group per movement, each with its dimensions.
public struct Comparison: Hashable, Sendable, Codable {
    /// The movement groups, largest first.
    public var groups: [MovementGroup]

    public init(groups: [MovementGroup]) {
        self.groups = groups
    }
}

/// A dimension of comparison.
public enum ComparisonDimension: String, Hashable, Sendable, Codable, CaseIterable {
    /// Phases, years and review timing.
    case phases
    /// Award form × occasion, by tier.
    case awards
    /// Deadlines aligned by what is due.
    case deadlines
    /// Agency × role.
    case agencies
}

/// The plans of one movement, side by side.
public struct MovementGroup: Hashable, Sendable, Codable {
    /// The movement's name as most of its plans quote it.
    public var movement: String
    /// Every name the plans quote, in column order, without repeats.
    public var names: [String]
    /// The national decisions the plans implement.
    public var nationalDecisions: [String]
    /// One column per document.
    public var columns: [Column]
    /// The tables, in the order of ``ComparisonDimension``.
    public var tables: [DimensionTable]
    /// The key differences among the provincial plans.
    public var keyDifferences: [KeyDifference]

    public init(
        movement: String, names: [String], nationalDecisions: [String], columns: [Column], tables: [DimensionTable],
        keyDifferences: [KeyDifference]
    ) {
        self.movement = movement
        self.names = names
        self.nationalDecisions = nationalDecisions
        self.columns = columns
        self.tables = tables
        self.keyDifferences = keyDifferences
    }

    /// The table of `dimension`, or `nil`.
    public func table(_ dimension: ComparisonDimension) -> DimensionTable? {
        tables.first { $0.dimension == dimension }
    }
}

/// One document's column.
public struct Column: Hashable, Sendable, Codable {
    /// The document id.
    public var id: String
    /// The path as given.
    public var source: String
    /// The province.
    public var province: String
    /// The issuing agency, for a sub-plan of an agency under the province (`Văn phòng UBND tỉnh`).
    public var agency: String?
    /// The header: the province, plus the agency for sub-plans (`Sơn La · sub-plan: Văn phòng UBND tỉnh`).
    public var header: String {
        agency.map { "\(province) · sub-plan: \($0)" } ?? province
    }

    public init(id: String, source: String, province: String, agency: String?) {
        self.id = id
        self.source = source
        self.province = province
        self.agency = agency
    }

    /// Whether this is an agency's sub-plan rather than a provincial plan.
    public var isSubPlan: Bool { agency != nil }
}

/// The rows of one dimension.
public struct DimensionTable: Hashable, Sendable, Codable {
    public var dimension: ComparisonDimension
    public var rows: [Row]

    public init(dimension: ComparisonDimension, rows: [Row]) {
        self.dimension = dimension
        self.rows = rows
    }

    /// The row with `key`, or `nil`.
    public func row(_ key: String) -> Row? {
        rows.first { $0.key == key }
    }
}

/// One aligned row: a value per column, `nil` where the document says nothing.
public struct Row: Hashable, Sendable, Codable {
    /// A stable key (`phase.1.years`, `award.pm-certificate.preliminary`, `deadline.report`, `agency.home-affairs`).
    public var key: String
    /// The heading the row sits under (an award tier), or `nil`.
    public var section: String?
    /// The row's label.
    public var label: String
    /// The cells, aligned with the group's columns.
    public var cells: [String?]
    /// The values compared, aligned with the columns (normalised: `2026-05-30` rather than the text).
    public var values: [String?]
    /// Whether the documents differ on this row.
    public var differs: Bool

    /// The distinct cells of the row, most frequent first, with the columns that give each:
    /// how a row reads when there are too many documents to show side by side.
    public var distribution: [(cell: String?, columns: [Int])] {
        // The distinct cells in order of first appearance, each with its columns; empty cells (most
        // of a sparse row) are counted without hashing.
        var distinct: [(cell: String?, columns: [Int])] = []
        var position: [ExactText: Int] = [:]
        var emptyPosition: Int?
        for (index, cell) in cells.enumerated() {
            let slot: Int
            if let cell {
                slot = position[ExactText(cell)] ?? distinct.count
                if slot == distinct.count { position[ExactText(cell)] = slot }
            } else {
                slot = emptyPosition ?? distinct.count
                emptyPosition = slot
            }
            if slot == distinct.count { distinct.append((cell, [])) }
            distinct[slot].columns.append(index)
        }
        return distinct.sorted { $0.1.count > $1.1.count }
    }

    public init(key: String, section: String? = nil, label: String, cells: [String?], values: [String?]) {
        self.key = key
        self.section = section
        self.label = label
        self.cells = cells
        self.values = values
        // Whether any value is not the first (an empty value reads as ""), compared by bytes.
        let first = ExactText(values.first.flatMap { $0 } ?? "")
        self.differs = values.contains { ExactText($0 ?? "") != first }
    }
}
