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

    /// A field, quoted when it must be. The characters that decide are ASCII, so the field is read as
    /// bytes: comparing `Character`s cost more than the rest of the export.
    private func field(_ value: String) -> String {
        var value = value
        if configuration.excel, let first = value.utf8.first, Self.formulaStarts.contains(first) { value = "'" + value }
        guard value.utf8.contains(where: { $0 == Self.comma || $0 == Self.quote || $0 == 0x0A || $0 == 0x0D }) else { return value }
        var quoted: [UInt8] = [Self.quote]
        quoted.reserveCapacity(value.utf8.count + 2)
        for byte in value.utf8 {
            quoted.append(byte)
            if byte == Self.quote { quoted.append(Self.quote) }
        }
        quoted.append(Self.quote)
        return String(decoding: quoted, as: UTF8.self)
    }

    private static let comma = UInt8(ascii: ","), quote = UInt8(ascii: "\"")
    /// The first characters a spreadsheet reads as a formula: `=`, `+`, `-`, `@`.
    private static let formulaStarts = Array("=+-@".utf8)
}
