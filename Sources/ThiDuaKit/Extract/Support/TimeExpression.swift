
/// Vietnamese dates and time expressions, normalised to ISO 8601 shapes.
///
/// Every reader leaves the cursor where it was when it finds nothing.
enum TimeExpression {
    /// A calendar date when it exists.
    static func iso(year: Int, month: Int, day: Int) -> String? {
        guard (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year), (1900...2200).contains(year) else {
            return nil
        }
        return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
    }

    /// `value` in decimal with leading zeros to `width` digits (`%0*d` for a count or a year; Foundation's
    /// `String(format:)` costs some twenty thousand instructions a call).
    static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.utf8.count >= width ? digits : String(repeating: "0", count: width - digits.utf8.count) + digits
    }

    /// `2024-06`.
    static func yearMonth(_ year: Int, _ month: Int) -> String {
        "\(padded(year, 4))-\(padded(month, 2))"
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Reads `D/M/YYYY`, `D-M-YYYY` or `D tháng M năm YYYY` (with blanks allowed in drafts:
    /// `tháng năm 2026`) at the cursor, after an optional `ngày`.
    ///
    /// - Returns: The ISO value (partial when day or month is blank), or `nil`.
    static func date(_ cursor: inout Cursor) -> String? {
        cursor.attempt { cursor in
            _ = cursor.take("ngày")
            cursor.skipSpaces()
            let day = cursor.number(maxDigits: 2)
            if let day, cursor.take("/") || cursor.take("-") || cursor.take(".") {
                guard let month = cursor.number(maxDigits: 2), cursor.take("/") || cursor.take("-") || cursor.take("."),
                    let year = cursor.number(maxDigits: 4), year >= 1900
                else { return nil }
                return iso(year: year, month: month, day: day)
            }
            cursor.skipSpaces()
            guard cursor.take("tháng") else { return nil }
            cursor.skipSpaces()
            let month = cursor.number(maxDigits: 2)
            cursor.skipSpaces()
            guard cursor.take("năm") else { return nil }
            cursor.skipSpaces()
            guard let year = cursor.number(maxDigits: 4), year >= 1900 else { return nil }
            switch (day, month) {
            case let (day?, month?): return iso(year: year, month: month, day: day)
            case let (nil, month?): return (1...12).contains(month) ? yearMonth(year, month) : nil
            default: return padded(year, 4)
            }
        }
    }

    /// Reads `M/YYYY` or `M năm YYYY` at the cursor (after `tháng`).
    static func monthYear(_ cursor: inout Cursor) -> (year: Int, month: Int)? {
        cursor.attempt { cursor in
            cursor.skipSpaces()
            guard let month = cursor.number(maxDigits: 2), (1...12).contains(month) else { return nil }
            if !(cursor.take("/") || cursor.take("-")) {
                cursor.skipSpaces()
                guard cursor.take("năm") else { return nil }
                cursor.skipSpaces()
            }
            guard let year = cursor.number(maxDigits: 4), year >= 1900 else { return nil }
            return (year, month)
        }
    }

    /// Reads a quarter and its year at the cursor (after `quý`): `II năm 2026`, `III/2024`.
    static func quarterYear(_ cursor: inout Cursor) -> String? {
        cursor.attempt { cursor in
            cursor.skipSpaces()
            guard let quarter = cursor.quarter() else { return nil }
            if !cursor.take("/") {
                cursor.skipSpaces()
                guard cursor.take("năm") else { return nil }
                cursor.skipSpaces()
            }
            guard let year = cursor.number(maxDigits: 4), year >= 1900 else { return nil }
            return "\(year)-Q\(quarter)"
        }
    }
}
