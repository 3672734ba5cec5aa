/// The numbering scheme a label belongs to.
enum LabelScheme: Hashable, Sendable {
    /// *Điều 1.*
    case article
    /// *I.*, *IV.*
    case roman
    /// *1.*, *1)*
    case arabic
    /// *2.1.*, *3.1.2.* with the number of components.
    case decimal(depth: Int)
    /// *a)* … *y)* in the Vietnamese alphabet.
    case letter
    /// `-`, `+`, `•` (dashes of any length count as `-`).
    case bullet(symbol: BulletSymbol)

    /// The rank of numbered schemes: a lower rank holds a higher one. Bullets are ranked by context.
    var rank: Int {
        switch self {
        case .article: return 0
        case .roman: return 1
        case .arabic: return 2
        case .decimal(let depth): return min(1 + depth, 5)
        case .letter: return 6
        case .bullet: return 7
        }
    }

    var isBullet: Bool {
        if case .bullet = self { return true }
        return false
    }
}

/// The symbol of a bullet: a plain value, so that a label, and the block that holds it, copy as
/// plain bytes (a string here made every block's copy go through generic code).
enum BulletSymbol: Hashable, Sendable {
    /// `-`, and the en and em dashes.
    case dash
    /// `+`.
    case plus
    /// `•`.
    case dot
}

/// A numbering label at the start of a block, as printed.
struct Label: Hashable, Sendable {
    /// The scheme.
    var scheme: LabelScheme
    /// The position in its scheme (`đ)` → 5), or `nil` for bullets.
    var ordinal: Int?
    /// The UTF-8 length of the label in the text: the label as printed (`đ)`, `2.1.`, `IV.`, `-`,
    /// `Điều 1.`) is the text's first `length` bytes.
    var length: Int
}

/// Recognises labels on UTF-8 bytes, without building strings or running patterns.
enum LabelScanner {
    /// The Vietnamese alphabet's letters in order: `đ` comes between `d` and `e`; there is no f, j, w, z.
    static let alphabet: [String] = [
        "a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v",
        "x", "y",
    ]

    /// The label at the start of `text`, or `nil`.
    ///
    /// - Parameter text: Analysis bytes of a block, starting at its first non-space byte.
    static func scan(_ text: ArraySlice<UInt8>) -> Label? {
        guard let first = text.first else { return nil }
        let start = text.startIndex
        switch first {
        case UInt8(ascii: "-"), UInt8(ascii: "+"):
            return bullet(text, length: 1, symbol: first == UInt8(ascii: "+") ? .plus : .dash)
        case 0xE2:
            // – (E2 80 93), — (E2 80 94), • (E2 80 A2)
            guard text.count >= 3, text[start + 1] == 0x80 else { return nil }
            switch text[start + 2] {
            case 0x93, 0x94: return bullet(text, length: 3, symbol: .dash)
            case 0xA2: return bullet(text, length: 3, symbol: .dot)
            default: return nil
            }
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            return numeric(text)
        case UInt8(ascii: "I"), UInt8(ascii: "V"), UInt8(ascii: "X"), UInt8(ascii: "L"), UInt8(ascii: "C"):
            return roman(text)
        case 0xC4 where text.count >= 2 && text[start + 1] == 0x90:
            return article(text)
        default:
            return letter(text)
        }
    }

    /// Whether position `index` ends a label: the text ends, or a space follows.
    private static func endsLabel(_ text: ArraySlice<UInt8>, at index: Int) -> Bool {
        index == text.endIndex || text[index] == UInt8(ascii: " ")
    }

    private static func bullet(_ text: ArraySlice<UInt8>, length: Int, symbol: BulletSymbol) -> Label? {
        guard endsLabel(text, at: text.startIndex + length) else { return nil }
        return Label(scheme: .bullet(symbol: symbol), ordinal: nil, length: length)
    }

    /// `1.`, `12)`, `2.1.`, `2.1` (followed by a space), up to three digits a component.
    private static func numeric(_ text: ArraySlice<UInt8>) -> Label? {
        // The number of components so far and the last: all a label needs of them.
        var components = 0, last = 0
        var index = text.startIndex
        while true {
            var value = 0, digits = 0
            while index < text.endIndex, let d = digit(text[index]) {
                // No component has four digits: a longer run is no label (nor a number to overflow).
                guard digits < 3 else { return nil }
                value = value * 10 + d
                digits += 1
                index += 1
            }
            let limit = components == 0 ? 3 : 2
            guard digits > 0, digits <= limit else { return nil }
            components += 1
            last = value
            guard index < text.endIndex else { break }
            if text[index] == UInt8(ascii: ")") && components == 1 {
                index += 1
                guard endsLabel(text, at: index) else { return nil }
                return make(.arabic, text, index, ordinal: value)
            }
            guard text[index] == UInt8(ascii: ".") else { break }
            index += 1
            if index == text.endIndex || text[index] == UInt8(ascii: " ") { break }
            guard digit(text[index]) != nil else { return nil }
        }
        guard endsLabel(text, at: index), components > 0 else { return nil }
        let endsWithDot = text[index - 1] == UInt8(ascii: ".")
        if components == 1 {
            guard endsWithDot else { return nil }
            return make(.arabic, text, index, ordinal: last)
        }
        // `2.1` without a final dot is a label only when a space and more text follow.
        guard endsWithDot || index < text.endIndex else { return nil }
        return make(.decimal(depth: components), text, index, ordinal: last)
    }

    /// `I.` … `LXXXIX.`: canonical Roman numerals followed by a dot.
    private static func roman(_ text: ArraySlice<UInt8>) -> Label? {
        var index = text.startIndex
        while index < text.endIndex, "IVXLC".utf8.contains(text[index]) { index += 1 }
        guard index < text.endIndex, text[index] == UInt8(ascii: "."), index - text.startIndex <= 8 else { return nil }
        guard let value = romanValue(text[text.startIndex..<index]) else { return nil }
        index += 1
        guard endsLabel(text, at: index) else { return nil }
        return make(.roman, text, index, ordinal: value)
    }

    private static let articleWord = Array("Điều ".utf8)

    /// `Điều 12.` or `Điều 12:` or `Điều 12` followed by a space.
    private static func article(_ text: ArraySlice<UInt8>) -> Label? {
        let word = articleWord
        guard text.starts(with: word) else { return nil }
        var index = text.startIndex + word.count
        var value = 0, digits = 0
        while index < text.endIndex, let d = digit(text[index]) {
            // An article has up to three digits: a longer run is no label (nor a number to overflow).
            guard digits < 3 else { return nil }
            value = value * 10 + d
            digits += 1
            index += 1
        }
        guard digits > 0 else { return nil }
        if index < text.endIndex && (text[index] == UInt8(ascii: ".") || text[index] == UInt8(ascii: ":")) { index += 1 }
        guard endsLabel(text, at: index) else { return nil }
        return make(.article, text, index, ordinal: value)
    }

    /// `a)` … `y)` and `đ)` in the Vietnamese alphabet.
    private static func letter(_ text: ArraySlice<UInt8>) -> Label? {
        let start = text.startIndex
        let length: Int
        let position: Int
        if text.count >= 2, text[start] == 0xC4, text[start + 1] == 0x91 {
            length = 2
            position = alphabetPositionOfĐ
        } else if let byte = text.first, byte >= UInt8(ascii: "a"), byte <= UInt8(ascii: "z"),
            let found = alphabetPositions[Int(byte - UInt8(ascii: "a"))]
        {
            length = 1
            position = found
        } else {
            return nil
        }
        let close = start + length
        guard close < text.endIndex, text[close] == UInt8(ascii: ")"), endsLabel(text, at: close + 1) else {
            return nil
        }
        return make(.letter, text, close + 1, ordinal: position + 1)
    }

    private static func make(_ scheme: LabelScheme, _ text: ArraySlice<UInt8>, _ end: Int, ordinal: Int?) -> Label {
        Label(scheme: scheme, ordinal: ordinal, length: end - text.startIndex)
    }

    private static func digit(_ byte: UInt8) -> Int? {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") ? Int(byte - UInt8(ascii: "0")) : nil
    }

    /// The position in ``alphabet`` (from 0) of each ASCII letter `a`–`z`, or `nil` for those it lacks.
    private static let alphabetPositions: [Int?] = (UInt8(ascii: "a")...UInt8(ascii: "z")).map { byte in
        alphabet.firstIndex(of: String(UnicodeScalar(byte)))
    }
    private static let alphabetPositionOfĐ = alphabet.firstIndex(of: "đ")!

    /// The value of a Roman numeral from I to LXXXIX, when it is written in the one way that writes
    /// that value (`IIII` and `VX` are not numerals).
    static func romanValue(_ numeral: ArraySlice<UInt8>) -> Int? {
        guard !numeral.isEmpty else { return nil }
        var total = 0
        var previous = 0
        // Right to left: a digit smaller than the one after it is subtracted.
        for byte in numeral.reversed() {
            let value: Int
            switch byte {
            case UInt8(ascii: "I"): value = 1
            case UInt8(ascii: "V"): value = 5
            case UInt8(ascii: "X"): value = 10
            case UInt8(ascii: "L"): value = 50
            case UInt8(ascii: "C"): value = 100
            default: return nil
            }
            total += value < previous ? -value : value
            previous = value
        }
        guard total > 0, total < 90 else { return nil }
        // The canonical spelling of `total`, compared as it is spelled.
        var rest = total
        var position = numeral.startIndex
        for (amount, symbol) in romanSymbols {
            while rest >= amount {
                for byte in symbol {
                    guard position < numeral.endIndex, numeral[position] == byte else { return nil }
                    position += 1
                }
                rest -= amount
            }
        }
        return position == numeral.endIndex ? total : nil
    }

    private static let romanSymbols: [(amount: Int, symbol: [UInt8])] = [
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ].map { ($0.0, Array($0.1.utf8)) }
}
