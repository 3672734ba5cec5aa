import Foundation
import VietText
import Testing

@testable import ThiDuaSegment

/// The page-break repair joins a block to the one before when it starts in lower case: read from
/// the block's bytes, past the quotes and brackets before its first letter.
@Suite struct TextShapeTests {
    private func startsLowercase(_ text: String) -> Bool {
        Array(text.utf8).withUnsafeBufferPointer(TextShape.startsLowercase)
    }

    @Test func theFirstLetterDecidesPastQuotesAndBrackets() {
        #expect(startsLowercase("nhau thực hiện."))
        #expect(startsLowercase("đơn vị, địa phương"))
        #expect(startsLowercase("“ủy ban” và (các) sở"))
        #expect(startsLowercase("(ưu tiên) cấp xã"))
        #expect(!startsLowercase("Đơn vị"))
        #expect(!startsLowercase("“Ủy ban”"))
        #expect(!startsLowercase("2026 và các năm sau"))
        #expect(!startsLowercase("– ."))
        #expect(!startsLowercase(""))
    }
}

/// A person's name and a place-and-date line are read by scalar; they are what the character-level
/// definitions say, on every line of the corpus and on lines made to sit on each condition's edge.
@Suite struct NameAndPlaceShapeTests {
    /// Two to six words between spaces, each capitalised and all letters, not all in capitals.
    static func isPersonName(_ text: String) -> Bool {
        guard text.utf8.count <= 60 else { return false }
        let words = text.split(separator: " ")
        guard (2...6).contains(words.count) else { return false }
        for word in words {
            guard let first = word.unicodeScalars.first, LatinCase.isUppercase(first) else { return false }
            for scalar in word.unicodeScalars where !LatinCase.isLetter(scalar) { return false }
        }
        return !TextShape.isAllCaps(text)
    }

    /// A place of at most five words and no number, `, ngày`, then `năm`.
    static func isPlaceAndDate(_ text: String) -> Bool {
        guard text.utf8.count < 120, let comma = text.range(of: ", ngày") else { return false }
        let place = text[..<comma.lowerBound]
        guard !place.isEmpty, place.split(separator: " ").count <= 5 else { return false }
        return !place.contains(where: \.isNumber) && text[comma.upperBound...].contains("năm")
    }

    static let madeLines = [
        "Nguyễn Văn A", "Nguyễn Văn", "Nguyễn", "Hoàng Thị Thu Hà Lan Anh", "Hoàng Thị Thu Hà Lan Anh Chi", "NGUYỄN VĂN A",
        "Nguyễn văn A", "Nguyễn  Văn A", " Nguyễn Văn A ", "Nguyễn Văn A.", "Lê Văn 2", "Đặng Ư",
        "Sơn La, ngày 10 tháng 11 năm 2025", "Sơn La, ngày 10 tháng 11", "Hà Nội, ngày 5/12/2025 năm", "Tỉnh Sơn La Một Hai, ngày 1 năm",
        "Tỉnh Sơn La Một Hai Ba, ngày 1 năm", "Số 12, ngày 1 tháng 1 năm 2025", "Phường Ⅳ, ngày 1 năm", " , ngày năm", ", ngày 1 năm",
        "Lâm  Đồng,  ngày 3 năm", "Lâm Đồng, ngày 3 tháng 3 năm 2025 " + String(repeating: "x", count: 90),
    ]

    @Test func byScalarIsAsByCharacter() throws {
        var lines = Self.madeLines
        for id in Corpus.all {
            lines += try String(contentsOfFile: Corpus.path(id), encoding: .utf8).split(separator: "\n").map(String.init)
        }
        #expect(lines.count > 500)
        #expect(lines.filter(Self.isPersonName).count >= 8)
        #expect(lines.filter(Self.isPlaceAndDate).count >= 8)
        for line in lines {
            #expect(TextShape.isPersonName(line) == Self.isPersonName(line), "\(line)")
            #expect(BlockShape.isPlaceAndDate(line) == Self.isPlaceAndDate(line), "\(line)")
        }
    }
}
