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
        for (number, text) in context.lines where !text.allSatisfy(\.isASCII) {
            for (word, start) in TextScan.words(text) where !word.allSatisfy(\.isASCII) {
                // Single letters are labels (`đ)`); words with two capitals are abbreviations (`QĐ`, `HĐND`).
                guard word.count > 1, word.filter(\.isUppercase).count < 2 else { continue }
                guard case .invalid(let problem) = VietnameseSyllable.check(String(word)) else { continue }
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

    func check(_ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        for (number, text) in context.lines {
            let words = TextScan.words(text)
            let loose = words.map { MatchingKey(String($0.word), accentFree: true).value }
            for term in Self.terms {
                let count = term.loose.count
                guard words.count >= count else { continue }
                for start in 0...(words.count - count) where Array(loose[start..<start + count]) == term.loose {
                    let written = words[start..<start + count].map { String($0.word) }.joined(separator: " ")
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
        for (number, text) in context.lines {
            let words = TextScan.words(text)
            for (previous, word) in zip(words, words.dropFirst())
            where previous.word.lowercased() == word.word.lowercased() && Self.functionWords.contains(word.word.lowercased()) {
                // Only when nothing but spaces stands between them.
                guard text[previous.word.endIndex..<word.start].allSatisfy({ $0 == " " }) else { continue }
                findings.append(context.finding(Self.description, line: number, index: previous.start, in: text, Message(
                    en: "‘\(word.word)’ twice in a row", vi: "‘\(word.word)’ lặp hai lần liền nhau")))
            }
        }
        return findings
    }
}
