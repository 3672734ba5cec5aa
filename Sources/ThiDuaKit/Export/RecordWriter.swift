import ThiDuaModel

/// Writes extracted records: the JSON contract and tidy CSV facts.
public enum RecordWriter {
    /// The version of the JSON contract.
    public static let schemaVersion = 1

    private struct Envelope: Encodable {
        var schemaVersion: Int
        var documents: [PlanRecord]
    }

    /// `{"schemaVersion": 1, "documents": [...]}`, pretty-printed with sorted keys: stable output.
    public static func json(_ records: [PlanRecord]) -> String {
        JSONWriter.documentText(Envelope(schemaVersion: schemaVersion, documents: records))
    }

    /// The columns of tidy facts.
    public static let factColumns = ["document", "province", "field", "value", "detail", "line"]

    /// One row per fact: document, province, field, value, detail, line.
    public static func factsCSV(_ records: [PlanRecord], configuration: CSVWriter.Configuration = .init()) -> String {
        let rows = records.flatMap(\.facts).map { [$0.document, $0.province, $0.field, $0.value, $0.detail, String($0.line)] }
        return CSVWriter(configuration: configuration).write(header: factColumns, rows: rows)
    }
}
