import ThiDuaModel
import VietText

/// Words that cannot be Vietnamese syllables.
struct InvalidSyllableRule: CheckRule {
    static let description = CheckRuleDescription(
        id: "invalid-syllable", severity: .warning,
        summary: "A word that cannot be a Vietnamese syllable (two tone marks, impossible vowels or finals).",
        rationale: """
            A phonotactic check, not a dictionary: a syllable has one tone mark, a vowel cluster that exists and a
            final that may follow it. Only words with Vietnamese diacritics are judged, so abbreviations and loan
            words (UBND, Internet) are left alone.
            """,
        triggering: [CheckExample("KẾ HOẠCH\n\nI. MỤC ĐÍCH\n\nKT. CHỦ TỊCH\n\nTrần Báú Hà\n", lines: [7])],
        nonTriggering: [CheckExample("KẾ HOẠCH\n\nI. MỤC ĐÍCH\n\nỨng dụng Internet, HĐND tỉnh, Số: /QĐ-UBND, quý, khuỷu tay, Nguyễn; đ) Sở Nội vụ.\n")])

    func check(_ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        // One verdict per distinct word: nil for words that are not judged.
        var verdicts: [Substring: VietnameseSyllable.Problem?] = [:]
        func problem(_ word: Substring) -> VietnameseSyllable.Problem? {
            if let known = verdicts[word] { return known }
            var result: VietnameseSyllable.Problem?
            // Single letters are labels (`đ)`); words with two capitals are abbreviations (`QĐ`, `HĐND`).
            if word.count > 1, word.filter(\.isUppercase).count < 2, case .invalid(let found) = VietnameseSyllable.check(String(word)) {
                result = found
            }
            verdicts[word] = .some(result)
            return result
        }
        for line in context.sourceLines where !line.text.utf8.allSatisfy({ $0 < 0x80 }) {
            let (number, text) = (line.number, line.text)
            for word in line.words where !word.text.utf8.allSatisfy({ $0 < 0x80 }) {
                let (start, word) = (word.start, word.text)
                guard let problem = problem(word) else { continue }
                findings.append(context.finding(Self.description, line: number, index: start, in: text, Message(
                    en: "‘\(word)’ is not a possible Vietnamese syllable: \(problem.summary)",
                    vi: "‘\(word)’ không phải âm tiết tiếng Việt: \(Self.vietnamese(problem))")))
            }
        }
        return findings
    }

    static func vietnamese(_ problem: VietnameseSyllable.Problem) -> String {
        switch problem {
        case .multipleToneMarks: return "có hơn một dấu thanh"
        case .missingVowel: return "không có nguyên âm"
        case .invalidInitial: return "phụ âm đầu không hợp lệ"
        case .invalidVowelSequence: return "tổ hợp nguyên âm không có"
        case .invalidFinal: return "âm cuối không hợp lệ"
        case .toneNotAllowedWithStopFinal: return "âm cuối c, ch, p, t chỉ đi với dấu sắc hoặc nặng"
        case .invalidSpelling: return "sai quy tắc chính tả"
        }
    }
}

/// Near misses of the domain's terms.
struct TypoRule: CheckRule {
    static let description = CheckRuleDescription(
        id: "typo", severity: .warning,
        summary: "A near miss of a domain term (chuyên đổi số for chuyển đổi số).",
        rationale: "Words that match a glossary term letter for letter but carry other diacritics are almost always typing slips.",
        triggering: [CheckExample("KẾ HOẠCH\n\nI. MỤC ĐÍCH\n\nNâng cao nhận thức về chuyên đổi số.\n", lines: [5])],
        nonTriggering: [CheckExample("KẾ HOẠCH\n\nI. MỤC ĐÍCH\n\nNâng cao nhận thức về chuyển đổi số và chuyên môn; tình hình thực hiện.\n")])

    /// Terms of emulation-movement plans, as they are spelt.
    ///
    /// Two-word terms are kept only where no other phrase shares their letters: `hình thức` is not here,
    /// because `tình hình thực hiện` holds `hình thực`.
    static let glossary = [
        "chuyển đổi số", "chuyển đổi xanh", "đổi mới sáng tạo", "khoa học công nghệ", "khen thưởng", "sơ kết", "tổng kết",
        "Bằng khen", "Giấy khen", "Huân chương", "Cờ thi đua", "Thủ tướng Chính phủ", "Ủy ban nhân dân", "tổ chức thực hiện",
        "Phong trào thi đua",
    ]

    static let terms: [(loose: [String], exact: String, term: String)] = glossary.map {
        (MatchingKey($0, accentFree: true).value.split(separator: " ").map(String.init), MatchingKey($0).value, $0)
    }

    /// The accent-free first words of the terms: a word that is none of them starts no near miss.
    static let firstWords = Set(terms.compactMap(\.loose.first))

    /// Lower case without diacritics: cheap, for one word.
    static func loose(_ word: Substring) -> String {
        MatchingKey.stripAccents(word.lowercased())
    }

    func check(_ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        var keys: [Substring: String] = [:]
        for line in context.sourceLines {
            let (number, text, words) = (line.number, line.text, line.words)
            func key(_ index: Int) -> String {
                let word = words[index].text
                if let cached = keys[word] { return cached }
                let value = Self.loose(word)
                keys[word] = value
                return value
            }
            for start in words.indices where Self.firstWords.contains(key(start)) {
                for term in Self.terms where start + term.loose.count <= words.count && term.loose[0] == key(start) {
                    guard (1..<term.loose.count).allSatisfy({ key(start + $0) == term.loose[$0] }) else { continue }
                    let written = words[start..<start + term.loose.count].map { String($0.text) }.joined(separator: " ")
                    guard MatchingKey(written).value != term.exact else { continue }
                    findings.append(context.finding(Self.description, line: number, index: words[start].start, in: text, Message(
                        en: "‘\(written)’: did you mean ‘\(term.term)’?", vi: "‘\(written)’: có phải là ‘\(term.term)’?")))
                }
            }
        }
        return findings
    }
}

/// The same word twice in a row.
struct RepeatedWordRule: CheckRule {
    static let description = CheckRuleDescription(
        id: "repeated-word", severity: .warning,
        summary: "A function word twice in a row (các các).",
        rationale: """
            A doubled function word (các, và, của, những …) is a typing slip. Other words may meet themselves across
            a compound (`liên quan quan tâm`, `thiết thực thực hiện`) or double on purpose (`người người`), so they
            are left alone.
            """,
        triggering: [CheckExample("KẾ HOẠCH\n\nI. MỤC ĐÍCH\n\nTuyên truyền đến các các tầng lớp nhân dân.\n", lines: [5])],
        nonTriggering: [CheckExample("KẾ HOẠCH\n\nI. MỤC ĐÍCH\n\nCác cơ quan liên quan quan tâm, người người thi đua, hoạt động thiết thực thực hiện.\n")])

    static let functionWords: Set<String> = [
        "các", "những", "và", "của", "cho", "trong", "với", "để", "được", "là", "đã", "sẽ", "đang", "mọi", "theo", "tại",
        "về", "từ", "có", "không", "này", "đó", "thì", "mà", "hoặc", "nhằm", "bị", "do", "trên", "dưới",
    ]

    func check(_ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        for line in context.sourceLines {
            let (number, text, words) = (line.number, line.text, line.words)
            for (previous, word) in zip(words, words.dropFirst())
            where previous.text.utf8.count == word.text.utf8.count && previous.text.lowercased() == word.text.lowercased()
                && Self.functionWords.contains(word.text.lowercased())
            {
                // Only when nothing but spaces stands between them.
                guard text[previous.text.endIndex..<word.start].allSatisfy({ $0 == " " }) else { continue }
                findings.append(context.finding(Self.description, line: number, index: previous.start, in: text, Message(
                    en: "‘\(word.text)’ twice in a row", vi: "‘\(word.text)’ lặp hai lần liền nhau")))
            }
        }
        return findings
    }
}
