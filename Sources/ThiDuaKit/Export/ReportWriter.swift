import ThiDuaCompare
import ThiDuaModel

/// The files of `thidua report`: the comparison in Markdown, tidy CSV per dimension, all facts, and
/// the extract contract. Deterministic: the same records give byte-identical files.
public struct ReportWriter: Sendable {
    public var configuration: ComparisonWriter.Configuration

    public init(configuration: ComparisonWriter.Configuration = .init()) {
        self.configuration = configuration
    }

    /// File name → content, in a stable order.
    public func files(records: [PlanRecord], comparison: Comparison) -> [(name: String, content: String)] {
        let csv = CSVWriter(configuration: .init(excel: configuration.excel))
        let group = groupIndex(records, comparison)
        func base(_ record: PlanRecord) -> [String] {
            [group[record.id].map(String.init) ?? "", record.id, record.province ?? "", record.issuerLevel == .agency ? record.issuer ?? "" : ""]
        }
        let head = ["group", "document", "province", "agency"]
        let phases = records.flatMap { record in
            record.phases.map {
                base(record) + [$0.label, String($0.from), String($0.to), $0.review?.kind.rawValue ?? "", $0.review?.when ?? "", String($0.line)]
            }
        }
        let awards = records.flatMap { record in
            record.awards.map {
                base(record) + [$0.form, $0.formID, $0.tier?.rawValue ?? "", $0.occasion.rawValue, $0.grantor ?? "", String($0.line)]
            }
        }
        let deadlines = records.flatMap { record in
            record.deadlines.map {
                base(record) + [$0.purpose.rawValue, $0.kind.rawValue, $0.value, $0.text, $0.from ?? "", $0.to ?? "", String($0.line)]
            }
        }
        let agencies = records.flatMap { record in
            record.agencies.map { base(record) + [$0.name, $0.agencyID ?? "", $0.roles.map(\.rawValue).joined(separator: ";"), String($0.line)] }
        }
        return [
            ("comparison.md", ComparisonWriter(configuration: configuration).markdown(comparison)),
            ("phases.csv", csv.write(header: head + ["label", "from", "to", "review", "review_when", "line"], rows: phases)),
            ("awards.csv", csv.write(header: head + ["form", "form_id", "tier", "occasion", "grantor", "line"], rows: awards)),
            ("deadlines.csv", csv.write(header: head + ["purpose", "kind", "value", "text", "from", "to", "line"], rows: deadlines)),
            ("agencies.csv", csv.write(header: head + ["name", "agency_id", "roles", "line"], rows: agencies)),
            ("facts.csv", RecordWriter.factsCSV(records, configuration: .init(excel: configuration.excel))),
            ("plans.json", RecordWriter.json(records)),
        ]
    }

    private func groupIndex(_ records: [PlanRecord], _ comparison: Comparison) -> [String: Int] {
        var result: [String: Int] = [:]
        for (index, group) in comparison.groups.enumerated() {
            for column in group.columns { result[column.id] = index + 1 }
        }
        return result
    }
}
