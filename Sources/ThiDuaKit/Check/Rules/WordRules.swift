import Synchronization
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

    /// Verdicts reached so far, shared by the documents of a run: plans are written in mostly the same
    /// words, and judging a word costs far more than looking it up. Keyed by bytes (text is NFC), and
    /// bounded so that a text of random words cannot grow it without end.
    private static let memo = Mutex<[ExactText: VietnameseSyllable.Problem?]>([:])
    private static let memoLimit = 100_000

    /// The problem of `word`, or nil when it is fine or not judged: single letters are labels (`đ)`),
    /// words with two capitals abbreviations (`QĐ`, `HĐND`).
    static func judge(_ word: Substring) -> VietnameseSyllable.Problem? {
        guard word.count > 1, word.filter(\.isUppercase).count < 2, case .invalid(let found) = VietnameseSyllable.check(String(word))
        else { return nil }
        return found
    }

    func check(_ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        // One verdict per distinct word of the document (nil for words that are not judged), from the
        // run's memo when it has it: the memo's lock is taken once per distinct word, not per word.
        var verdicts: [ExactText: VietnameseSyllable.Problem?] = [:]
        func problem(_ word: Substring) -> VietnameseSyllable.Problem? {
            let key = ExactText(String(word))
            if let known = verdicts[key] { return known }
            let result: VietnameseSyllable.Problem?
            if let remembered = Self.memo.withLock({ $0[key] }) {
                result = remembered
            } else {
                result = Self.judge(word)
                Self.memo.withLock { memo in if memo.count < Self.memoLimit { memo[key] = .some(result) } }
            }
            verdicts[key] = .some(result)
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
        looseByTable(word) ?? MatchingKey.stripAccents(word.lowercased())
    }

    /// ``loose(_:)`` of each scalar from U+0000 to U+01BF and from U+1E00 to U+1EFF whose loose form is
    /// one ASCII letter, else 0; the Vietnamese letters are all here. Index: the scalar's value, the
    /// second range from 0x1C0.
    private static let looseLetters: [UInt8] = (Array(0..<0x1C0) + Array(0x1E00..<0x1F00)).map { value -> UInt8 in
        guard let scalar = Unicode.Scalar(UInt32(value)) else { return 0 }
        let loose = MatchingKey.stripAccents(String(scalar).lowercased()).utf8
        guard loose.count == 1, let byte = loose.first, (0x61...0x7A).contains(byte) else { return 0 }
        return byte
    }

    /// Calls `body` with the loose letter of each scalar of `word`, in order, from ``looseLetters``;
    /// returns `false`, having stopped, at a scalar that is not there.
    private static func forEachLooseLetter(of word: Substring, _ body: (UInt8) -> Void) -> Bool {
        let complete = word.utf8.withContiguousStorageIfAvailable { bytes in
            looseLetters.withUnsafeBufferPointer { letters in
                var index = 0
                while index < bytes.count {
                    let (scalar, length) = ValidUTF8.scalar(in: bytes, at: index)
                    index += length
                    let value = Int(scalar.value)
                    let slot = value < 0x1C0 ? value : (0x1E00..<0x1F00).contains(value) ? value - 0x1E00 + 0x1C0 : -1
                    guard slot >= 0, letters[slot] != 0 else { return false }
                    body(letters[slot])
                }
                return true
            }
        }
        return complete ?? false
    }

    /// ``loose(_:)`` read from ``looseLetters``, when every scalar of `word` is there: lower case and
    /// accent stripping map these scalars one by one, so the word's key is theirs side by side.
    static func looseByTable(_ word: Substring) -> String? {
        var complete = true
        // One ASCII byte per scalar, so the key is never longer than the word.
        let key = String(unsafeUninitializedCapacity: word.utf8.count) { key in
            var count = 0
            complete = forEachLooseLetter(of: word) { letter in
                key[count] = letter
                count += 1
            }
            return complete ? count : 0
        }
        return complete ? key : nil
    }

    /// The loose forms of ``firstWords``, each packed in a word (``packedLoose(_:)``).
    private static let packedFirstWords: [UInt64] = firstWords.compactMap { packedLoose($0[...]) }

    /// ``loose(_:)`` of `word` packed in a word, its first letter in the low byte, when every scalar is
    /// in ``looseLetters`` (each one letter of the loose form); `UInt64.max`, which no loose form of at
    /// most eight letters packs to, when there are more than eight; nil when a scalar is not there.
    private static func packedLoose(_ word: Substring) -> UInt64? {
        var packed: UInt64 = 0, shift: UInt64 = 0
        let complete = forEachLooseLetter(of: word) { letter in
            if shift < 64 { packed |= UInt64(letter) << shift } else { packed = .max }
            shift += 8
        }
        return complete ? packed : nil
    }

    /// Whether `word` may be the first word of a term, told without making its loose form a string when
    /// it packs (``packedLoose(_:)``); a word with a scalar outside the table is left to its loose string.
    static func mayStartTerm(_ word: Substring) -> Bool {
        if let packed = packedLoose(word) { return packedFirstWords.contains(packed) }
        return firstWords.contains(loose(word))
    }

    func check(_ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        for line in context.sourceLines {
            let (number, text, words) = (line.number, line.text, line.words)
            // Loose forms are made only for the words a term may start at, and the words after them.
            var keys = [String?](repeating: nil, count: words.count)
            func key(_ index: Int) -> String {
                if let known = keys[index] { return known }
                let made = Self.loose(words[index].text)
                keys[index] = made
                return made
            }
            for start in words.indices where Self.mayStartTerm(words[start].text) {
                let first = key(start)
                for term in Self.terms where start + term.loose.count <= words.count && term.loose[0] == first {
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

    /// The length in bytes of the longest function word (`được`), in either case.
    private static let longestFunctionWord = functionWords.map { max($0.utf8.count, $0.uppercased().utf8.count) }.max() ?? 0

    /// Whether `word` repeats `previous` in any case and is a function word.
    ///
    /// Most pairs of neighbours are ruled out before either is lower-cased: by their lengths, or by
    /// first letters (ASCII) that differ in more than case.
    static func isRepeatedFunctionWord(_ previous: Substring, _ word: Substring) -> Bool {
        let length = word.utf8.count
        guard previous.utf8.count == length, length <= longestFunctionWord, let first = previous.utf8.first,
            let other = word.utf8.first, first >= 0x80 || other >= 0x80 || first | 0x20 == other | 0x20
        else { return false }
        let lower = LatinCase.lowercased(String(word))
        return LatinCase.lowercased(String(previous)) == lower && functionWords.contains(lower)
    }

    func check(_ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        for line in context.sourceLines {
            let (number, text, words) = (line.number, line.text, line.words)
            for (previous, word) in zip(words, words.dropFirst()) where Self.isRepeatedFunctionWord(previous.text, word.text) {
                // Only when nothing but spaces stands between them.
                guard text[previous.text.endIndex..<word.start].allSatisfy({ $0 == " " }) else { continue }
                findings.append(context.finding(Self.description, line: number, index: previous.start, in: text, Message(
                    en: "‘\(word.text)’ twice in a row", vi: "‘\(word.text)’ lặp hai lần liền nhau")))
            }
        }
        return findings
    }
}
