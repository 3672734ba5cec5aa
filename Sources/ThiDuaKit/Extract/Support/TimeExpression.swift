import Foundation

/// Vietnamese dates and time expressions, normalised to ISO 8601 shapes.
enum TimeExpression {
    /// A calendar date when it exists.
    static func iso(year: Int, month: Int, day: Int) -> String? {
        guard (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year), (1900...2200).contains(year) else {
            return nil
        }
        return String(format: "%04d-%02d-%02d", year, month, day)
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
    /// - Returns: The ISO value (partial when day or month is blank), or `nil` with the cursor unchanged.
    static func date(_ cursor: inout Cursor) -> String? {
        let start = cursor.index
        _ = cursor.take("ngày")
        cursor.skipSpaces()
        let day = cursor.number(maxDigits: 2)
        if let day, cursor.take("/") || cursor.take("-") || cursor.take(".") {
            if let month = cursor.number(maxDigits: 2), cursor.take("/") || cursor.take("-") || cursor.take("."),
                let year = cursor.number(maxDigits: 4), year >= 1900, let value = iso(year: year, month: month, day: day)
            {
                return value
            }
            cursor.index = start
            return nil
        }
        cursor.skipSpaces()
        guard cursor.take("tháng") else {
            cursor.index = start
            return nil
        }
        cursor.skipSpaces()
        let month = cursor.number(maxDigits: 2)
        cursor.skipSpaces()
        guard cursor.take("năm") else {
            cursor.index = start
            return nil
        }
        cursor.skipSpaces()
        guard let year = cursor.number(maxDigits: 4), year >= 1900 else {
            cursor.index = start
            return nil
        }
        switch (day, month) {
        case let (day?, month?):
            guard let value = iso(year: year, month: month, day: day) else {
                cursor.index = start
                return nil
            }
            return value
        case let (nil, month?):
            guard (1...12).contains(month) else {
                cursor.index = start
                return nil
            }
            return String(format: "%04d-%02d", year, month)
        default:
            return String(format: "%04d", year)
        }
    }

    /// Reads `M/YYYY` or `M năm YYYY` at the cursor (after `tháng`).
    static func monthYear(_ cursor: inout Cursor) -> (year: Int, month: Int)? {
        let start = cursor.index
        cursor.skipSpaces()
        guard let month = cursor.number(maxDigits: 2), (1...12).contains(month) else {
            cursor.index = start
            return nil
        }
        if cursor.take("/") || cursor.take("-") {
        } else {
            cursor.skipSpaces()
            guard cursor.take("năm") else {
                cursor.index = start
                return nil
            }
            cursor.skipSpaces()
        }
        guard let year = cursor.number(maxDigits: 4), year >= 1900 else {
            cursor.index = start
            return nil
        }
        return (year, month)
    }

    /// Reads a quarter and its year at the cursor (after `quý`): `II năm 2026`, `III/2024`.
    static func quarterYear(_ cursor: inout Cursor) -> String? {
        let start = cursor.index
        cursor.skipSpaces()
        guard let quarter = cursor.quarter() else {
            cursor.index = start
            return nil
        }
        if !cursor.take("/") {
            cursor.skipSpaces()
            guard cursor.take("năm") else {
                cursor.index = start
                return nil
            }
            cursor.skipSpaces()
        }
        guard let year = cursor.number(maxDigits: 4), year >= 1900 else {
            cursor.index = start
            return nil
        }
        return "\(year)-Q\(quarter)"
    }
}
