/// Writes RFC 4180 CSV: comma-separated, CRLF line ends, fields quoted when they hold a comma,
/// a quote, or a line end, with quotes doubled.
public struct CSVWriter: Sendable {
    /// Options for spreadsheets.
    public struct Configuration: Sendable, Hashable {
        /// Start with a UTF-8 byte-order mark and guard cells that begin with `=`, `+`, `-` or `@`
        /// (Vietnamese bullets begin with `-` and `+`) so spreadsheets do not run them as formulas.
        public var excel: Bool

        public init(excel: Bool = false) {
            self.excel = excel
        }
    }

    public var configuration: Configuration

    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
    }

    /// The CSV text of a header and rows.
    public func write(header: [String], rows: [[String]]) -> String {
        var output = configuration.excel ? "\u{FEFF}" : ""
        output += line(header)
        for row in rows { output += line(row) }
        return output
    }

    private func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    private func field(_ value: String) -> String {
        var value = value
        if configuration.excel, let first = value.first, "=+-@".contains(first) { value = "'" + value }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingQuotes() + "\""
    }
}

extension String {
    fileprivate func replacingQuotes() -> String {
        var result = ""
        for character in self {
            if character == "\"" { result += "\"\"" } else { result.append(character) }
        }
        return result
    }
}
