import VietText
import ThiDuaModel

/// Reads citations of documents: `Quyết định số 923/QĐ-TTg ngày 14/5/2025 của Thủ tướng Chính phủ`,
/// `Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022`.
enum CitationReader {
    /// A citation found in a text unit.
    struct Found {
        var basis: LegalBasis
        /// Character offsets of the whole citation in the unit.
        var range: Range<Int>
    }

    /// Kinds of document, longest first, in lower case.
    static let kinds = [
        "kế hoạch hành động", "quyết định", "nghị quyết", "nghị định", "kế hoạch", "thông tư", "chỉ thị", "tờ trình",
        "công văn", "chương trình", "hướng dẫn", "thông báo", "luật",
    ]

    /// ``kinds`` as scalars.
    private static let kindLiterals = kinds.map { ($0, Array($0.unicodeScalars)) }
    private static let otherKindLiterals = kindLiterals.filter { $0.0 != "luật" }.map(\.1)

    /// The first letters of ``kinds``, all from `a` to `z`, as bits of a mask (`a` the lowest): most
    /// words start with none of them, and one test of a bit says so.
    private static let kindInitials: UInt32 = kindLiterals.reduce(0) { mask, kind in
        let letter = kind.1[0].value &- 0x61
        precondition(letter < 26, "a kind begins with a letter from a to z")
        return mask | 1 << letter
    }

    /// For each letter from `a` to `z`, the indices of the kinds that begin with it, in the order of
    /// ``kinds``: a word is tried against those alone (`c`, `t`, `n` and `h` begin many words).
    private static let kindsByInitial: [[Int]] = (0..<26).map { letter in
        kindLiterals.indices.filter { kindLiterals[$0].1[0].value &- 0x61 == letter }
    }

    static func citations(in unit: TextUnit) -> [Found] {
        let lower = unit.lower
        let literals = kindLiterals
        let initials = kindInitials
        let byInitial = kindsByInitial
        // Most words start with no kind's initial: they are passed over before a match is tried, which
        // costs a call and an optional result.
        let mayStartKind = { (scalar: Unicode.Scalar) -> Bool in
            let letter = scalar.value &- 0x61
            return letter < 26 && initials >> letter & 1 != 0
        }
        return unit.scanWordStarts(where: mayStartKind, end: \.range.upperBound) { start in
            // `mayStartKind` passed the word: its first scalar is a letter from `a` to `z`.
            let candidates = byInitial[Int(lower[start].value &- 0x61)]
            guard let match = candidates.first(where: { startsWith(lower, literals[$0].1, at: start) }) else { return nil }
            let (kind, literal) = literals[match]
            let after = start + literal.count
            if after < lower.count && unit.letters[after] { return nil }
            return kind == "luật" ? law(unit, from: start) : numbered(unit, kind: kind, from: start, after: after)
        }
    }

    /// `<Kind> số <number>[,] [ngày <date>] [của <issuer>]`.
    private static func numbered(_ unit: TextUnit, kind: String, from start: Int, after: Int) -> Found? {
        var cursor = Cursor(unit, at: after)
        cursor.skipSpaces()
        guard cursor.take("số") else { return nil }
        cursor.skipSpaces()
        guard let number = documentNumber(&cursor) else { return nil }
        let printedKind = unit.text(start..<after)
        var end = cursor.index
        var date: String?
        var probe = cursor
        _ = probe.take(",")
        probe.skipSpaces()
        if probe.peek("ngày"), let value = TimeExpression.date(&probe) {
            date = value
            end = probe.index
            cursor = probe
        }
        var issuer: String?
        var issuerProbe = cursor
        issuerProbe.skipSpaces()
        if issuerProbe.take("của ") {
            let issuerStart = issuerProbe.index
            let issuerEnd = phraseEnd(unit, from: issuerStart)
            if issuerEnd > issuerStart {
                issuer = unit.text(issuerStart..<issuerEnd)
                end = issuerEnd
            }
        }
        let basis = LegalBasis(
            kind: capitalized(printedKind), number: number, name: nil, date: date, issuer: issuer, line: unit.line(at: start))
        return Found(basis: basis, range: start..<end)
    }

    /// `Luật <Name> ngày <date>` or `Luật <Name> năm <year>`.
    private static func law(_ unit: TextUnit, from start: Int) -> Found? {
        let (lower, scalars) = (unit.lower, unit.scalars)
        guard scalars[start] == "L" else { return nil }
        let (ngay, nam, va, otherKinds) = (Literal.ngay, Literal.nam, Literal.va, otherKindLiterals)
        var index = start + 4
        var words = 0
        var date: String?
        var end = index
        while index < lower.count && words < 24 {
            if startsWith(lower, ngay, at: index) {
                var cursor = Cursor(unit, at: index + 1)
                date = TimeExpression.date(&cursor)
                end = date == nil ? index : cursor.index
                break
            }
            if startsWith(lower, nam, at: index) {
                var cursor = Cursor(unit, at: index + 5)
                if let year = cursor.number(maxDigits: 4), year >= 1900 {
                    date = String(year)
                    end = cursor.index
                }
                break
            }
            let c = scalars[index]
            if c == ";" || c == "." || c == "(" { break }
            // `... Luật Thi đua, khen thưởng và Nghị định số ...`: another kind of document begins.
            if startsWith(lower, va, at: index),
                otherKinds.contains(where: { startsWith(lower, $0, at: index + 4) })
            {
                break
            }
            if c == " " { words += 1 }
            index += 1
        }
        guard date != nil else { return nil }
        let name = unit.text(start..<index).trimming([" ", ","])
        // More than five characters, counted no further than the sixth.
        guard !name.dropFirst(5).isEmpty else { return nil }
        return Found(
            basis: LegalBasis(kind: "Luật", number: nil, name: name, date: date, issuer: nil, line: unit.line(at: start)),
            range: start..<end)
    }

    /// A document number: digits with `/` or `-` and letters (`98/2023/NĐ-CP`, `57-NQ/TW`, `1315/QĐ- TTg`).
    static func documentNumber(_ cursor: inout Cursor) -> String? {
        let scalars = cursor.scalars
        let start = cursor.index
        var end = start
        while end < scalars.count, !isNumberEnd(scalars[end]) { end += 1 }
        var token = Array(scalars[start..<end])
        // `1315/QĐ- TTg`: a space after the dash inside the number.
        if token.last == "-", end + 1 < scalars.count, scalars[end] == " ", scalars[end + 1].isUppercase {
            token.append(" ")
            end += 1
            while end < scalars.count, scalars[end].isLetter || scalars[end].isNumber || scalars[end] == "-" || scalars[end] == "/" {
                token.append(scalars[end])
                end += 1
            }
        }
        while token.last == "." {
            token.removeLast()
            end -= 1
        }
        guard token.first?.isNumber == true, token.contains(where: \.isLetter), token.contains("/") || token.contains("-") else { return nil }
        cursor.index = end
        return String(scalars: token)
    }

    /// Whether `scalar` ends a document number: a space, comma, semicolon, parenthesis or quote.
    private static func isNumberEnd(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "," || scalar == ";" || scalar == "(" || scalar == ")" || scalar == "”" || scalar == "“"
    }

    /// Where an issuer's name ends: before `ban hành`, `về`, `quy định`, punctuation …
    private static let issuerStops = [
        " ban hành", " về ", " quy định", " triển khai", " thực hiện", " hướng dẫn", " phê duyệt", " và ", " tại ",
        " trên địa bàn", " đối với", " giai đoạn",
    ].map { Array($0.unicodeScalars) }

    private static func phraseEnd(_ unit: TextUnit, from start: Int) -> Int {
        let (lower, scalars) = (unit.lower, unit.scalars)
        var index = start
        var words = 0
        while index < lower.count {
            let c = scalars[index]
            if c == ";" || c == "," || c == "(" || c == "." || c == "”" { break }
            if c == " " {
                if issuerStops.contains(where: { startsWith(lower, $0, at: index) }) { break }
                words += 1
                if words >= 8 { break }
            }
            index += 1
        }
        return index
    }

    /// Whether `literal` (lower case) stands in `text` at `index`.
    static func startsWith(_ text: [Unicode.Scalar], _ literal: [Unicode.Scalar], at index: Int) -> Bool {
        guard index >= 0, index + literal.count <= text.count else { return false }
        for offset in literal.indices where text[index + offset] != literal[offset] { return false }
        return true
    }

    private enum Literal {
        static let ngay = Array(" ngày ".unicodeScalars)
        static let nam = Array(" năm ".unicodeScalars)
        static let va = Array(" và ".unicodeScalars)
    }

    private static func capitalized(_ kind: String) -> String {
        // Every kind begins with an ASCII letter: its case is one bit.
        if let byte = kind.utf8.first, byte < 0x80 {
            guard byte &- 0x61 < 26 else { return kind }
            var bytes = Array(kind.utf8)
            bytes[0] -= 0x20
            return String(decoding: bytes, as: UTF8.self)
        }
        guard let first = kind.first else { return kind }
        return first.uppercased() + kind.dropFirst()
    }
}
