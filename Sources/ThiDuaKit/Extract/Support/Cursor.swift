import VietText

/// Reads Vietnamese text character by character: numbers, words, literals, spaces.
struct Cursor {
    let characters: [Character]
    let lower: [Character]
    var index: Int

    init(_ unit: TextUnit, at index: Int) {
        characters = unit.characters
        lower = unit.lower
        self.index = index
    }

    init(_ text: String, at index: Int = 0) {
        if LatinCase.isOneCharacterPerScalar(text) {
            characters = text.unicodeScalars.map(Character.init)
            lower = text.unicodeScalars.map { $0.value == 0x130 ? "i\u{307}" : Character(LatinCase.lowercase($0)) }
        } else {
            characters = Array(text)
            lower = characters.map { $0.lowercased().first ?? $0 }
        }
        self.index = index
    }

    var atEnd: Bool { index >= characters.count }

    /// Runs `read`; when it finds nothing, puts the cursor back where it was.
    mutating func attempt<Value>(_ read: (inout Cursor) -> Value?) -> Value? {
        let start = index
        if let value = read(&self) { return value }
        index = start
        return nil
    }
    var current: Character? { atEnd ? nil : characters[index] }

    mutating func skipSpaces() {
        while let c = current, c == " " { index += 1 }
    }

    /// Consumes `literal` (lower case) if the text continues with it, ignoring case.
    mutating func take(_ literal: String) -> Bool {
        var i = index
        for c in literal {
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
        while let c = current, let d = c.wholeNumberValue, c.isASCII, digits < maxDigits {
            value = value * 10 + d
            digits += 1
            index += 1
        }
        if digits == 0 { return nil }
        if let c = current, c.isASCII, c.isNumber { return nil }
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
