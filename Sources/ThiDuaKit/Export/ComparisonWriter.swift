import Foundation
import ThiDuaCompare
import ThiDuaModel
import VietText

/// Writes a comparison as a terminal table, Markdown, tidy CSV or JSON.
public struct ComparisonWriter: Sendable {
    /// How the comparison is written.
    public struct Configuration: Sendable, Hashable {
        /// The terminal width to fit (table format).
        public var width: Int
        /// Only rows where the documents differ.
        public var onlyDifferences: Bool
        /// The language of the summary.
        public var language: ReportLanguage
        /// CSV for spreadsheets.
        public var excel: Bool

        public init(width: Int = 100, onlyDifferences: Bool = false, language: ReportLanguage = .en, excel: Bool = false) {
            self.width = width
            self.onlyDifferences = onlyDifferences
            self.language = language
            self.excel = excel
        }
    }

    public var configuration: Configuration

    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
    }

    static let titles: [ComparisonDimension: (en: String, vi: String)] = [
        .phases: ("Phases", "Giai đoạn"), .awards: ("Awards: form × occasion", "Khen thưởng: hình thức × dịp"),
        .deadlines: ("Deadlines by what is due", "Thời hạn theo nội dung"), .agencies: ("Agencies × role", "Cơ quan × vai trò"),
    ]

    /// The most documents shown side by side; a wider group reads row by row, as distributions.
    static let maximumColumns = 12

    /// A row as the distinct values, how many documents give each, and where.
    ///
    /// - Parameter headers: The group's column headers, numbered once for all its rows: a wide group has
    ///   thousands of columns, and each row would build and compare their headers again.
    private func distributionLines(_ row: Row, _ headers: TextNumbering, indent: String) -> [String] {
        let total = headers.numbers.count
        return row.distribution.map { entry in
            // The distinct headers of the entry's columns, in column order: the first five are named.
            var seen = [Bool](repeating: false, count: headers.distinct.count)
            var named: [String] = []
            var distinct = 0
            for column in entry.columns where !seen[headers.numbers[column]] {
                seen[headers.numbers[column]] = true
                distinct += 1
                if named.count < 5 { named.append(headers.distinct[headers.numbers[column]]) }
            }
            let shown = named.joined(separator: ", ") + (distinct > 5 ? ", … (+\(distinct - 5))" : "")
            let count = entry.columns.count
            let documents = configuration.language == .vi ? "văn bản" : (count == 1 ? "document" : "documents")
            return indent + (entry.cell ?? "—") + "  ·  " + String(format: "%d %@ (%.1f%%)", count, documents, Double(count) * 100 / Double(total))
                + ": " + shown
        }
    }

    private func rows(_ table: DimensionTable) -> [Row] {
        configuration.onlyDifferences ? table.rows.filter(\.differs) : table.rows
    }

    private func title(_ dimension: ComparisonDimension) -> String {
        let pair = Self.titles[dimension] ?? (dimension.rawValue, dimension.rawValue)
        return configuration.language == .vi ? pair.vi : pair.en
    }

    // MARK: - Terminal table

    /// The comparison for a terminal: per group, a table per dimension, then the key differences.
    public func table(_ comparison: Comparison) -> String {
        var out: [String] = []
        let summary = SummaryWriter(language: configuration.language)
        let vi = configuration.language == .vi
        for group in comparison.groups {
            out.append((vi ? "PHONG TRÀO  " : "MOVEMENT  ") + group.movement)
            let indent = vi ? "            " : "          "
            if group.names.count > 1 {
                out.append(indent + (vi ? "còn gọi là: " : "also quoted as: ") + group.names.filter { $0 != group.movement }.joined(separator: "; "))
            }
            if !group.nationalDecisions.isEmpty {
                out.append(indent + (vi ? "thực hiện: " : "implements: ") + group.nationalDecisions.joined(separator: ", "))
            }
            out.append("")
            // A wide group reads row by row, naming the provinces of each value.
            let headers = group.columns.count > Self.maximumColumns ? TextNumbering(group.columns.map(\.header)) : nil
            for table in group.tables {
                let shown = rows(table)
                out.append(title(table.dimension).uppercased())
                if shown.isEmpty {
                    out.append(
                        configuration.onlyDifferences
                            ? (vi ? "  (không có khác biệt)" : "  (no differences)")
                            : (vi ? "  (các văn bản không nêu)" : "  (nothing in these documents)"))
                    out.append("")
                    continue
                }
                if let headers {
                    for row in shown {
                        out.append((row.differs ? "≠ " : "  ") + (row.section.map { "\($0) · " } ?? "") + row.label)
                        out += distributionLines(row, headers, indent: "      ")
                    }
                    out.append("")
                    continue
                }
                var text = TextTable(
                    header: [""] + group.columns.enumerated().map { "[\($0.offset + 1)] \($0.element.header)" },
                    rows: shown.map { ($0.differs ? "≠" : "", [$0.label] + $0.cells.map { $0 ?? "—" }) })
                var previous: String?
                for (index, row) in shown.enumerated() where row.section != previous {
                    if let section = row.section { text.sections[index] = section }
                    previous = row.section
                }
                out.append(text.render(width: configuration.width))
            }
            let sentences = summary.sentences(group.keyDifferences)
            if !sentences.isEmpty {
                out.append(configuration.language == .vi ? "KHÁC BIỆT CHÍNH" : "KEY DIFFERENCES")
                out += sentences.map { "  - " + $0 }
                out.append("")
            }
            out.append(legend(group))
            out.append("")
        }
        return out.joined(separator: "\n")
    }

    private func legend(_ group: MovementGroup) -> String {
        if group.columns.count > Self.maximumColumns {
            return configuration.language == .vi
                ? "≠ các văn bản khác nhau ở dòng này; — văn bản không nêu. \(group.columns.count) văn bản: mỗi dòng liệt kê các giá trị, số văn bản và nơi ban hành."
                : "≠ the documents differ on this row; — the document says nothing. \(group.columns.count) documents: each row lists its values, how many documents give each, and where."
        }
        var lines = group.columns.enumerated().map { "  [\($0.offset + 1)] \($0.element.source)" }
        lines.insert(
            configuration.language == .vi
                ? "≠ các văn bản khác nhau ở dòng này; — văn bản không nêu. Văn bản:"
                : "≠ the documents differ on this row; — the document says nothing. Documents:", at: 0)
        return lines.joined(separator: "\n")
    }

    // MARK: - Markdown

    /// Every group and dimension as Markdown tables, with the key differences.
    public func markdown(_ comparison: Comparison) -> String {
        var out = ["# Comparison of emulation-movement plans", ""]
        out.append("`≠` marks rows where the documents differ; `—` means the document says nothing.")
        out.append("")
        let summary = SummaryWriter(language: configuration.language)
        for group in comparison.groups {
            out.append("## \(group.movement)")
            out.append("")
            if group.names.count > 1 { out.append("Also quoted as: " + group.names.filter { $0 != group.movement }.joined(separator: "; ") + ".") }
            if !group.nationalDecisions.isEmpty { out.append("Implements: " + group.nationalDecisions.joined(separator: ", ") + ".") }
            out.append("")
            let wide = group.columns.count > Self.maximumColumns
            if wide {
                out.append("\(group.columns.count) documents: each row lists its values, how many documents give each, and where.")
            } else {
                out.append("| # | Document | Source |")
                out.append("|---|---|---|")
                for (index, column) in group.columns.enumerated() {
                    out.append("| \(index + 1) | \(cell(column.header)) | `\(column.source)` |")
                }
            }
            out.append("")
            let sentences = summary.sentences(group.keyDifferences)
            if !sentences.isEmpty {
                out.append("### " + (configuration.language == .vi ? "Khác biệt chính" : "Key differences"))
                out.append("")
                out += sentences.map { "- " + $0 }
                out.append("")
            }
            let headers = wide ? TextNumbering(group.columns.map(\.header)) : nil
            for table in group.tables {
                out.append("### \(title(table.dimension))")
                out.append("")
                let shown = rows(table)
                if shown.isEmpty {
                    out.append(configuration.onlyDifferences ? "No differences." : "Nothing in these documents.")
                    out.append("")
                    continue
                }
                if let headers {
                    for row in shown {
                        out.append("- \(row.differs ? "≠ " : "")**\(cell((row.section.map { "\($0) · " } ?? "") + row.label))**")
                        out += distributionLines(row, headers, indent: "  - ")
                    }
                    out.append("")
                    continue
                }
                out.append("|  | " + (table.dimension == .awards ? "Tier | " : "") + "Row | " + group.columns.map { cell($0.header) }.joined(separator: " | ") + " |")
                out.append("|---|" + (table.dimension == .awards ? "---|" : "") + "---|" + group.columns.map { _ in "---" }.joined(separator: "|") + "|")
                for row in shown {
                    let tier = table.dimension == .awards ? (row.section ?? "") + " | " : ""
                    out.append("| \(row.differs ? "≠" : "") | \(tier)\(cell(row.label)) | " + row.cells.map { cell($0 ?? "—") }.joined(separator: " | ") + " |")
                }
                out.append("")
            }
        }
        return out.joined(separator: "\n")
    }

    private func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|")
    }

    // MARK: - CSV and JSON

    /// The columns of the tidy comparison CSV.
    public static let csvColumns = ["group", "dimension", "section", "row", "key", "differs", "document", "province", "agency", "value"]

    /// One row per (row, document): tidy, so a researcher can pivot it.
    public func csv(_ comparison: Comparison) -> String {
        var rows: [[String]] = []
        for (groupIndex, group) in comparison.groups.enumerated() {
            for table in group.tables {
                for row in self.rows(table) {
                    for (column, value) in zip(group.columns, row.cells) {
                        rows.append([
                            String(groupIndex + 1), table.dimension.rawValue, row.section ?? "", row.label, row.key,
                            row.differs ? "yes" : "no", column.id, column.province, column.agency ?? "", value ?? "",
                        ])
                    }
                }
            }
        }
        return CSVWriter(configuration: .init(excel: configuration.excel)).write(header: Self.csvColumns, rows: rows)
    }

    private struct JSONGroup: Encodable {
        var group: MovementGroup
        var summary: [String]

        func encode(to encoder: any Encoder) throws {
            try group.encode(to: encoder)
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(summary, forKey: .summary)
        }

        enum Key: String, CodingKey { case summary }
    }

    private struct JSONComparison: Encodable {
        var schemaVersion = 1
        var groups: [JSONGroup]
    }

    /// The comparison as JSON, with the summary sentences of each group.
    public func json(_ comparison: Comparison) -> String {
        let summary = SummaryWriter(language: configuration.language)
        var filtered = comparison
        if configuration.onlyDifferences {
            for index in filtered.groups.indices {
                filtered.groups[index].tables = filtered.groups[index].tables.map { DimensionTable(dimension: $0.dimension, rows: $0.rows.filter(\.differs)) }
            }
        }
        let groups = filtered.groups.map { JSONGroup(group: $0, summary: summary.sentences($0.keyDifferences)) }
        return JSONWriter.documentText(JSONComparison(groups: groups))
    }
}
