import Foundation
import Testing
import VietText

@Suite struct VietnameseSyllableTests {
    @Test(arguments: [
        "Nguyễn", "Đình", "Việt", "quý", "quốc", "giường", "gì", "chuyển", "khoẻ", "khỏe", "thuỷ", "uỷ", "ủy",
        "người", "rượu", "khuya", "khuỷu", "xoăn", "ngoài", "nghiệp", "kỹ", "yêu", "huỳnh", "thuở", "gửi", "Hà",
    ])
    func realSyllablesPass(word: String) {
        #expect(VietnameseSyllable.check(word) == .valid)
    }

    @Test func twoToneMarksInOneSyllable() {
        // The Hà Tĩnh signer's name as printed: "Trần Báú Hà".
        #expect(VietnameseSyllable.check("Báú") == .invalid(.multipleToneMarks))
    }

    @Test(arguments: [
        ("mầt", VietnameseSyllable.Problem.toneNotAllowedWithStopFinal),
        ("aă", .invalidVowelSequence),
        ("ieo", .invalidVowelSequence),
        ("bla", .invalidInitial),
        ("ce", .invalidSpelling),
        ("ka", .invalidSpelling),
        ("ngha", .invalidSpelling),
        ("ăn", nil),
        ("ă", .invalidVowelSequence),
        ("aim", .invalidFinal),
        ("str", .missingVowel),
    ])
    func impossibleSyllables(word: String, problem: VietnameseSyllable.Problem?) {
        #expect(VietnameseSyllable.check(word) == (problem.map { .invalid($0) } ?? .valid))
    }

    @Test func wordsWithForeignLettersAreNotJudged() {
        #expect(VietnameseSyllable.check("wifi") == .notVietnamese)
        // A loan word made of Vietnamese letters is judged, and fails: the checker must know loan words.
        #expect(VietnameseSyllable.check("online") == .invalid(.invalidFinal))
        #expect(VietnameseSyllable.check("2025") == .notVietnamese)
        #expect(VietnameseSyllable.check("zalo") == .notVietnamese)
    }

    /// Every word of the five corpus documents is a possible syllable, but the signer's name and the
    /// one loan word (`Internet`), which a phonotactic check cannot know.
    @Test func everyWordOfTheCorpusButTheSignersNamePasses() throws {
        let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("corpus")
        var invalid: [String: VietnameseSyllable.Problem] = [:]
        var checked = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: corpus.path).sorted() {
            let text = try String(contentsOf: corpus.appendingPathComponent(name), encoding: .utf8)
            for word in text.split(whereSeparator: { !$0.isLetter }) {
                // Abbreviations (UBND, TTg, KH&CN) are not syllables: judge words in lower case after
                // their first letter only.
                // Single letters are labels (`b)`), words without a vowel abbreviations (`Hg`).
                guard word.count > 1, word.dropFirst().allSatisfy({ $0.isLowercase }),
                    word.lowercased().contains(where: { "aăâeêioôơuưyáàảãạéèẻẽẹíìỉĩịóòỏõọúùủũụýỳỷỹỵ".contains($0) })
                        || word.unicodeScalars.count != word.count
                else { continue }
                checked += 1
                if case .invalid(let problem) = VietnameseSyllable.check(String(word)) { invalid[String(word)] = problem }
            }
        }
        #expect(checked > 15_000)
        #expect(invalid == ["Báú": .multipleToneMarks, "Internet": .invalidFinal])
    }
}
