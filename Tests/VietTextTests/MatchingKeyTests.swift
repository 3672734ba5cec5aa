import Foundation
import Testing
@testable import VietText

@Suite struct MatchingKeyTests {
    @Test(arguments: [
        ("hoá", "hóa"), ("hoà", "hòa"), ("toả", "tỏa"), ("uỷ", "ủy"), ("thuỷ", "thủy"), ("khoẻ", "khỏe"),
        ("Uỷ ban nhân dân", "Ủy ban nhân dân"), ("Cờ Thi đua", "cờ thi đua"), ("chuyển  đổi\nsố", "chuyển đổi số"),
        ("VĂN HOÁ", "văn hóa"),
    ])
    func spellingsAReaderTakesForTheSameWordsShareAKey(old: String, new: String) {
        #expect(MatchingKey(old) == MatchingKey(new))
    }

    @Test func quyKeepsItsToneOnY() {
        #expect(MatchingKey("quý").value == "quý")
        #expect(MatchingKey("Quỳ").value == "quỳ")
        #expect(MatchingKey("quý") != MatchingKey("qúy"))
    }

    @Test func syllablesWithAFinalConsonantAreNotMoved() {
        #expect(MatchingKey("hoàng").value == "hoàng")
        #expect(MatchingKey("khuyến").value == "khuyến")
        #expect(MatchingKey("ngoài").value == "ngoài")
    }

    @Test func keysUseTheNewStyle() {
        #expect(MatchingKey("Hoá").value == "hóa")
        #expect(TonePlacement.modernized("Văn hoá, Thể thao") == "Văn hóa, Thể thao")
        #expect(TonePlacement.modernized("UỶ BAN") == "ỦY BAN")
    }

    @Test func accentFreeFormDropsEveryDiacritic() {
        #expect(MatchingKey("Đổi mới sáng tạo", accentFree: true).value == "doi moi sang tao")
        #expect(MatchingKey("Sở Khoa học và Công nghệ", accentFree: true).value == "so khoa hoc va cong nghe")
        #expect(MatchingKey.stripAccents("Lâm Đồng") == "Lam Dong")
    }

    @Test func differentWordsStayDifferent() {
        #expect(MatchingKey("Đổi mới sáng tạo") != MatchingKey("Đổi mới, sáng tạo"))
        #expect(MatchingKey("chuyên đổi số") != MatchingKey("chuyển đổi số"))
    }

    /// When the bytes say the tone placement leaves a text alone, it does; and it does move the marks
    /// the bytes point at.
    @Test func toneBytesTestNeverMissesAMove() {
        var moved = 0
        for value in UInt32(0xC0)...0x1EFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for text in ["ho\(scalar)", "Thu\(scalar) lợi", "QU\(scalar)", "ho\(scalar)n", "tho\(scalar)."] {
                let changes = TonePlacement.modernized(text) != text
                var bytes = text
                if changes { moved += 1 }
                #expect(!changes || bytes.withUTF8(TonePlacement.mayChange), "\(text)")
            }
        }
        #expect(moved >= 40)
        #expect(TonePlacement.modernized("Thuỷ lợi") == "Thủy lợi")
        // The words it cannot move are passed by the bytes alone: `của` and `hoạch` are read quickly.
        for text in ["Bằng khen của Chủ tịch", "Kế hoạch thi đua", "khỏe", "quốc"] {
            var bytes = text
            let mayChange = bytes.withUTF8(TonePlacement.mayChange)
            #expect(!mayChange, "\(text)")
        }
        var old = "hoà thuỷ"
        let mayChange = old.withUTF8(TonePlacement.mayChange)
        #expect(mayChange)
    }

    /// Text whose key is its lower case takes a shorter way; it gives the key every text gets scalar by
    /// scalar, made NFC first: on every scalar to U+2FFF in a title, on texts that are not NFC, and on
    /// every line of the bundled corpus.
    @Test func theLowerCaseShortcutGivesTheKeyOfEveryText() throws {
        var titles: [String] = []
        for value in UInt32(0)...0x2FFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            titles += ["Sở \(scalar)a Hòa", "HO\(scalar)", "\(scalar)uỶ", "Thủy \(scalar) Bằng khen"]
        }
        // Texts the shortcut must not take for NFC: compatibility ideographs (each NFC of another),
        // marks out of canonical order, conjoining jamo that compose.
        for value in UInt32(0xF900)...0xFAFF { titles.append("Sở \(Unicode.Scalar(value)!) Hòa") }
        titles += ["x\u{20D0}\u{20E5}", "Ký \u{20D1}\u{20E6}\u{20D0}", "\u{1100}\u{1161}\u{11A8}", "hoà \u{1100}\u{1161}"]
        var lines: [String] = []
        let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../corpus").standardized
        for file in try FileManager.default.contentsOfDirectory(at: corpus, includingPropertiesForKeys: nil) where file.pathExtension == "txt" {
            lines += try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map(String.init)
        }
        #expect(lines.count > 500)
        var shortcuts = 0
        var mismatches: [String] = []
        for text in titles + lines {
            let nfc = TextNormalizer.isNFC(text) ? text : TextNormalizer.normalize(text)
            if MatchingKey.lowercaseKey(of: nfc) != nil && lines.contains(text) { shortcuts += 1 }
            // By bytes: strings compare equal when they are canonically equivalent, NFC or not.
            if !MatchingKey(text).value.utf8.elementsEqual(MatchingKey.key(byScalars: nfc, accentFree: false).utf8) { mismatches.append(text) }
        }
        #expect(mismatches == [])
        // The shortcut is the common way, or it would not be worth having.
        #expect(shortcuts > lines.count / 2)
    }
}
