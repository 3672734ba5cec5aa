import VietText

/// Reads Vietnamese text character by character: numbers, words, literals, spaces.
struct Cursor {
    let scalars: [Unicode.Scalar]
    let lower: [Unicode.Scalar]
    var index: Int

    init(_ unit: TextUnit, at index: Int) {
        // Lower case first: a unit decodes its scalars with it (``TextUnit/lower``).
        lower = unit.lower
        scalars = unit.scalars
        self.index = index
    }

    init(_ text: String, at index: Int = 0) {
        scalars = text.scalarArray
        lower = scalars.map(LatinCase.lowercase)
        self.index = index
    }

    var atEnd: Bool { index >= scalars.count }

    /// Runs `read`; when it finds nothing, puts the cursor back where it was.
    mutating func attempt<Value>(_ read: (inout Cursor) -> Value?) -> Value? {
        let start = index
        if let value = read(&self) { return value }
        index = start
        return nil
    }
    var current: Unicode.Scalar? { atEnd ? nil : scalars[index] }

    mutating func skipSpaces() {
        while let c = current, c == " " { index += 1 }
    }

    /// Consumes `literal` (lower case) if the text continues with it, ignoring case.
    mutating func take(_ literal: String) -> Bool {
        var i = index
        for c in literal.unicodeScalars {
            guard i < lower.count, lower[i] == c else { return false }
            i += 1
        }
        index = i
        return true
    }

    /// Whether the text continues with `literal` (lower case), ignoring case.
    func peek(_ literal: String) -> Bool {
        var copy = self
        return copy.take(literal)
    }

    /// Consumes a whole number of up to `maxDigits` digits.
    mutating func number(maxDigits: Int = 4) -> Int? {
        var value = 0, digits = 0
        while let c = current, c.isASCIIDigit, digits < maxDigits {
            value = value * 10 + Int(c.value - 0x30)
            digits += 1
            index += 1
        }
        if digits == 0 { return nil }
        if let c = current, c.isASCIIDigit { return nil }
        return value
    }

    /// Consumes a Roman numeral from I to IV (quarters), or an Arabic 1–4.
    mutating func quarter() -> Int? {
        for (numeral, value) in [("iv", 4), ("iii", 3), ("ii", 2), ("i", 1)] {
            let start = index
            if take(numeral) {
                if let c = current, c.isLetter { index = start; continue }
                return value
            }
        }
        if let value = number(maxDigits: 1), (1...4).contains(value) { return value }
        return nil
    }
}

extension Unicode.Scalar {
    /// `0`–`9`.
    var isASCIIDigit: Bool { value &- 0x30 < 10 }
    /// Whether the scalar is a letter (alphabetic), as `Character.isLetter` says of it.
    var isLetter: Bool { LatinCase.isLetter(self) }
    /// Whether the scalar is numeric, as `Character.isNumber` says of it.
    var isNumber: Bool {
        if value < 0x80 { return isASCIIDigit }
        // The Latin letters, which most scalars asked about are, have no numeric value: no need to look it up.
        if (0xC0...0x24F).contains(value) || (0x1E00...0x1EFF).contains(value) { return false }
        return properties.numericType != nil
    }
    /// Whether the scalar is an upper-case letter.
    var isUppercase: Bool {
        value < 0x80 ? value &- 0x41 < 26 : LatinCase.lowercase(self) != self || LatinCase.isUppercase(self)
    }
}
