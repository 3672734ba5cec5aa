import Foundation
import Testing
@testable import ThiDuaCheck
import ThiDuaKit

/// The shortcuts the word and reference rules take agree with the slow ways they stand in for.
@Suite struct WordScanTests {
    /// Every word of the corpus, and a few that are not Vietnamese.
    static func words() throws -> [Substring] {
        var words: [Substring] = ["İstanbul", "Straße", "ẞ", "ĸa", "ǅ", "Ωmega", "ﬁ", "Việt", "ĐỔI", "ʼn"]
        for id in Corpus.all {
            let source = try Corpus.source(id)
            for line in 1...source.lineCount { words += TextScan.words(source.line(line)).map(\.text) }
        }
        return words
    }

    /// Words are the runs of letters (with their marks, composed or not), each with where it starts.
    @Test func wordsAreRunsOfLettersWithTheirStarts() {
        let text = "đ) Sở Nội vụ, UBND-tỉnh “chuyển đổi số” 2025 Hòa\u{0300}"
        let words = TextScan.words(text)
        #expect(words.map(\.text) == ["đ", "Sở", "Nội", "vụ", "UBND", "tỉnh", "chuyển", "đổi", "số", "Hòa\u{0300}"])
        #expect(words.map { text.utf8.distance(from: text.startIndex, to: $0.start) } == [0, 4, 9, 15, 21, 26, 36, 45, 52, 65])
        #expect(words.allSatisfy { $0.text.startIndex == $0.start })
        #expect(TextScan.words("").isEmpty && TextScan.words("12, 3/4 - ").isEmpty)
    }

    @Test func looseKeysByTableAreTheSlowKeys() throws {
        var byTable = 0
        for word in try Self.words() {
            let slow = MatchingKey.stripAccents(word.lowercased())
            #expect(TypoRule.loose(word) == slow, "\(word)")
            if let key = TypoRule.looseByTable(word) {
                #expect(key == slow, "\(word)")
                byTable += 1
            }
        }
        // The Vietnamese words (all but the ten above) take the table.
        #expect(byTable > 10_000)
        #expect(TypoRule.looseByTable("Chuyển") == "chuyen")
        #expect(TypoRule.looseByTable("ĐỔI") == "doi")
        #expect(TypoRule.looseByTable("İstanbul") == nil)
    }

    @Test func termStartsAreToldAsByTheirLooseKeys() throws {
        // The corpus, the terms' words in both cases, and a word too long to pack.
        var words = try Self.words()
        for term in TypoRule.glossary {
            for word in term.split(separator: " ") { words += [word, Substring(word.uppercased())] }
        }
        words += ["Chuyểnđổisốxanh", "chuyên", "KHÓA", "tỏ", "ủy"]
        var starts = 0
        for word in words {
            let expected = TypoRule.firstWords.contains(TypoRule.loose(word))
            #expect(TypoRule.mayStartTerm(word) == expected, "\(word)")
            if expected { starts += 1 }
        }
        #expect(starts > 100 && starts < words.count / 2)
    }

    @Test func referenceTestPassesEveryTextThePatternMatches() throws {
        let pattern = try #require(TextScan.referencePattern)
        var texts = [
            "Số: 12/QĐ-UBND", "số 98/2023/NĐCP", "Số:\u{00A0}12/KH", "số１２/KH", "Căn cứ số  5-KH/TU", "chuyển đổi số.",
            "chuyển đổi số và", "sốt", "Số", "số:", "SỐ 12/QĐ",
        ]
        for id in Corpus.all { texts += TextScan.pieces(try Corpus.document(id)).map(\.text) }
        var skipped = 0
        for text in texts where !TextScan.mayHoldReference(text) {
            skipped += 1
            #expect(pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) == nil, "\(text)")
        }
        // Most paragraphs are passed over without the pattern; those with a number after `số` are not.
        #expect(skipped > texts.count / 2)
        #expect(TextScan.mayHoldReference("Căn cứ Nghị định số 98/2023/NĐ-CP"))
        #expect(TextScan.mayHoldReference("Số:\u{00A0}12/KH"))
        #expect(!TextScan.mayHoldReference("thúc đẩy chuyển đổi số, đổi mới sáng tạo"))
    }

    @Test func dateCuesPassEveryLineThePatternsMatch() throws {
        var lines = [
            "trước ngày 31/2/2026.", "ngày 08 tháng 6 tháng 2022", "ngày 5 ngày 6", "năm 2025 năm 2", "1/12/2025",
            "ngày\u{00A0}29 tháng 2 năm 2023", "ngày ١٢/٣/٢٠٢٥", "và/hoặc", "2020/2025", "ngày 15 tháng 6",
        ]
        for id in Corpus.all {
            let source = try Corpus.source(id)
            lines += (1...source.lineCount).map { source.line($0) }
        }
        let patterns = try [
            (\DateMalformedRule.Cues.numeric, #require(DateMalformedRule.numeric)),
            (\DateMalformedRule.Cues.spelled, #require(DateMalformedRule.spelled)),
            (\DateMalformedRule.Cues.garbled, #require(DateMalformedRule.garbled)),
        ]
        var matched = [0, 0, 0], skipped = 0
        for line in lines {
            let cues = DateMalformedRule.cues(line)
            for (index, (cue, pattern)) in patterns.enumerated() {
                let matches = pattern.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil
                if matches { matched[index] += 1 }
                if !cues[keyPath: cue] {
                    skipped += 1
                    #expect(!matches, "\(line)")
                }
            }
        }
        // Every pattern finds something in the lines, and most lines are passed over by most patterns.
        #expect(matched.allSatisfy { $0 > 0 } && matched.reduce(0, +) > 40, "\(matched)")
        #expect(skipped > lines.count * 2)
        #expect(DateMalformedRule.cues("ngày 08 tháng 6 tháng 2022") == DateMalformedRule.Cues(numeric: false, spelled: false, garbled: true))
        #expect(DateMalformedRule.cues("ngày 14/6/2025, năm 2025") == DateMalformedRule.Cues(numeric: true, spelled: false, garbled: false))
    }

    @Test func repeatedFunctionWordsInAnyCase() {
        // The pairs the shortcuts pass over (other lengths, other first letters) and those they keep.
        let pairs: [(String, String, Bool)] = [
            ("các", "các", true), ("Các", "các", true), ("CÁC", "các", true), ("Được", "ĐƯỢC", true), ("những", "Những", true),
            ("Và", "và", true), ("VÀ", "và", true), ("và", "vả", false), ("các", "cấc", false), ("quan", "quan", false), ("các", "cá", false),
            ("người", "người", false), ("đó", "Đó", true), ("do", "đo", false),
        ]
        for (previous, word, expected) in pairs {
            #expect(RepeatedWordRule.isRepeatedFunctionWord(previous[...], word[...]) == expected, "\(previous) \(word)")
            // The slow way: lower-cased by the standard library.
            let slow = previous.utf8.count == word.utf8.count && previous.lowercased() == word.lowercased()
                && RepeatedWordRule.functionWords.contains(word.lowercased())
            #expect(slow == expected, "\(previous) \(word)")
        }
    }

    /// The run's memo of verdicts gives what judging gives, in a second document as in the first.
    @Test func syllableVerdictsAreTheSameFromTheMemo() throws {
        let text = "KẾ HOẠCH\n\nI. MỤC ĐÍCH\n\nTrần Báú Hà, Báú và Nguyễn Văn Hòaá.\n"
        func findings() -> [String] {
            let source = SourceText(normalizedText: text, path: "draft.txt")
            let document = Segmenter().segment(source)
            let context = CheckContext(source: source, document: document, record: PlanExtractor().extract(from: document))
            return InvalidSyllableRule().check(context).map { "\($0.line):\($0.column) \($0.message.en)" }
        }
        let first = findings()
        #expect(first.count == 3)
        #expect(first.first == "5:6 ‘Báú’ is not a possible Vietnamese syllable: more than one tone mark")
        #expect(findings() == first)
        #expect(InvalidSyllableRule.judge("Báú") == .multipleToneMarks)
        #expect(InvalidSyllableRule.judge("HĐND") == nil)
    }
}
