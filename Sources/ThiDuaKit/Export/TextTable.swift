import VietText

/// A table for the terminal: columns fit the width by wrapping on spaces, aligned by display width
/// so Vietnamese (and wide characters) line up, readable without colour.
struct TextTable {
    var header: [String]
    /// Rows: a marker (`≠` or blank), then the label, then one cell per data column.
    var rows: [(marker: String, cells: [String])]
    /// Section headings to print before the row at an index.
    var sections: [Int: String] = [:]

    func render(width: Int) -> String {
        let columnCount = header.count
        guard columnCount > 0 else { return "" }
        let dataColumns = columnCount - 1
        let separator = " │ "
        let fixed = 2 + separator.count * dataColumns
        let labelNatural = ([header[0]] + rows.map { $0.cells[0] }).map { DisplayWidth.of($0) }.max() ?? 8
        var labelWidth = min(labelNatural, max(16, (width - fixed) * 2 / 5))
        let dataNatural = (1..<columnCount).map { index in
            ([header[index]] + rows.map { $0.cells[index] }).map { DisplayWidth.of($0) }.max() ?? 1
        }
        var dataWidth = dataColumns == 0 ? 0 : max(8, (width - fixed - labelWidth) / dataColumns)
        // Give back what narrow columns do not need.
        if let widest = dataNatural.max(), widest < dataWidth {
            dataWidth = max(widest, 1)
            labelWidth = min(labelNatural, width - fixed - dataWidth * dataColumns)
        }
        let widths = [labelWidth] + Array(repeating: dataWidth, count: dataColumns)
        var lines: [String] = []
        lines += physicalLines(marker: " ", cells: header, widths: widths, separator: separator)
        lines.append("  " + widths.map { String(repeating: "─", count: $0) }.joined(separator: "─┼─"))
        for (index, row) in rows.enumerated() {
            if let section = sections[index] { lines.append("  " + section) }
            lines += physicalLines(marker: row.marker, cells: row.cells, widths: widths, separator: separator)
        }
        return lines.map { $0.trailingSpacesRemoved }.joined(separator: "\n") + "\n"
    }

    private func physicalLines(marker: String, cells: [String], widths: [Int], separator: String) -> [String] {
        let wrapped = zip(cells, widths).map { TextTable.wrap($0, width: $1) }
        let height = wrapped.map(\.count).max() ?? 1
        return (0..<height).map { line in
            let prefix = line == 0 ? DisplayWidth.pad(marker, toColumns: 2) : "  "
            return prefix
                + zip(wrapped, widths).map { DisplayWidth.pad(line < $0.count ? $0[line] : "", toColumns: $1) }
                .joined(separator: separator)
        }
    }

    /// Wraps `text` into lines of at most `width` columns, on spaces where it can.
    static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [text] }
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
            var word = word
            while DisplayWidth.of(word) > width {
                if !current.isEmpty {
                    lines.append(current)
                    current = ""
                }
                var head = ""
                for character in word {
                    if DisplayWidth.of(head + String(character)) > width { break }
                    head.append(character)
                }
                lines.append(head)
                word = String(word.dropFirst(head.count))
            }
            if current.isEmpty {
                current = word
            } else if DisplayWidth.of(current) + 1 + DisplayWidth.of(word) <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = word
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }
}

extension String {
    fileprivate var trailingSpacesRemoved: String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
