import Testing

@testable import ThiDuaSegment

/// Labels are read on bytes; their values must be those a reader gives them.
@Suite struct LabelScannerTests {
    /// Roman numerals as a table of values, summed with subtraction and checked against the one
    /// canonical spelling: the reading the scanner must agree with.
    private static func romanByTable(_ numeral: String) -> Int? {
        let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100]
        let digits = numeral.compactMap { values[$0] }
        guard digits.count == numeral.count, !digits.isEmpty else { return nil }
        var total = 0
        for (index, value) in digits.enumerated() {
            total += index + 1 < digits.count && value < digits[index + 1] ? -value : value
        }
        guard total > 0, total < 90 else { return nil }
        var rest = total, spelled = ""
        for (amount, symbol) in [(50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")] {
            while rest >= amount {
                spelled += symbol
                rest -= amount
            }
        }
        return spelled == numeral ? total : nil
    }

    @Test func romanValuesAreThoseOfTheCanonicalSpellings() {
        // Every string of one to five of the digits, and the longest numerals below 90.
        var numerals = [""]
        var all: [String] = []
        for _ in 1...5 {
            numerals = numerals.flatMap { prefix in ["I", "V", "X", "L", "C"].map { prefix + $0 } }
            all += numerals
        }
        all += ["LXXXVIII", "LXXXIX", "XXXVIII", "LXXXVIIII"]
        func value(_ numeral: String) -> Int? { LabelScanner.romanValue(Array(numeral.utf8)[...]) }
        for numeral in all { #expect(value(numeral) == Self.romanByTable(numeral), "\(numeral)") }
        #expect(all.compactMap(value).count == 76)
        #expect(value("IV") == 4 && value("XLIX") == 49 && value("LXXXVIII") == 88)
        #expect(value("IIII") == nil && value("VX") == nil && value("IC") == nil && value("XC") == nil)
    }

    @Test func lettersFollowTheVietnameseAlphabet() {
        func ordinal(_ text: String) -> Int? { LabelScanner.scan(Array(text.utf8)[...])?.ordinal }
        #expect(ordinal("a) Tập thể") == 1)
        #expect(ordinal("đ) Sở Nội vụ") == 5)
        #expect(ordinal("e) Cá nhân") == 6)
        #expect(ordinal("y) Cuối") == 23)
        #expect(ordinal("f) Không phải") == nil)
        #expect(ordinal("w) Không phải") == nil)
    }

    /// A run of digits longer than a label's is no label, however long: read as a number whole, a run
    /// of twenty nines overflowed and stopped the program.
    @Test func longRunsOfDigitsAreNoLabels() {
        let run = String(repeating: "9", count: 40)
        func label(_ text: String) -> Label? { LabelScanner.scan(Array(text.utf8)[...]) }
        #expect(label("\(run). Mục đích") == nil)
        #expect(label("\(run)) Nội dung") == nil)
        #expect(label("1.\(run). Nội dung") == nil)
        #expect(label("Điều \(run). Ban hành") == nil)
        #expect(label("1234. Mục đích") == nil)
        #expect(label("Điều 1234. Ban hành") == nil)
        // The longest labels still read.
        #expect(label("123. Mục đích")?.ordinal == 123)
        #expect(label("2.12. Nội dung")?.ordinal == 12)
        #expect(label("Điều 123. Ban hành")?.ordinal == 123)
    }
}
