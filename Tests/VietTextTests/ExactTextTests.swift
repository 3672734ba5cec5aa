import Testing
import VietText

@Suite struct ExactTextTests {
    /// NFC names as plans print them, and near misses of them.
    private static let names = [
        "Sở Nội vụ", "Sở Nội Vụ", "Sở Nội vụ ", "Ban Thi đua - Khen thưởng", "Ủy ban nhân dân tỉnh Sơn La",
        "Uỷ ban nhân dân tỉnh Sơn La", "Hà Tĩnh", "Lâm Đồng", "Lâm Đồng tỉnh", "", "QĐ-UBND", "QD-UBND",
    ]

    @Test func nfcTextIsEqualAndOrderedExactlyAsStrings() {
        for a in Self.names {
            for b in Self.names {
                #expect((ExactText(a) == ExactText(b)) == (a == b), "\(a) | \(b)")
                #expect((ExactText(a) < ExactText(b)) == (a < b), "\(a) | \(b)")
            }
        }
    }

    @Test func equalTextHashesEqually() {
        let copies = Self.names.map { String(decoding: Array($0.utf8), as: UTF8.self) }
        for (name, copy) in zip(Self.names, copies) {
            #expect(ExactText(name).hashValue == ExactText(copy).hashValue)
        }
        #expect(Set(Self.names.map(ExactText.init)).count == Set(Self.names).count)
    }

    /// Bytes, not canonical equivalence: why it is only for text already NFC.
    @Test func decomposedTextIsAnotherKey() {
        let decomposed = "La\u{0302}m Đo\u{0302}\u{0300}ng"
        #expect(decomposed == "Lâm Đồng")
        #expect(ExactText(decomposed) != ExactText("Lâm Đồng"))
    }

    @Test func textsAreNumberedByFirstAppearance() {
        let numbering = TextNumbering(["Sơn La", "Hà Tĩnh", "Sơn La", "", "Hà Tĩnh", "Lâm Đồng", ""])
        #expect(numbering.numbers == [0, 1, 0, 2, 1, 3, 2])
        #expect(numbering.distinct == ["Sơn La", "Hà Tĩnh", "", "Lâm Đồng"])
        // By bytes: a decomposed spelling is another text.
        #expect(TextNumbering(["Lâm Đồng", "La\u{0302}m Đo\u{0302}\u{0300}ng"]).distinct.count == 2)
    }
}
