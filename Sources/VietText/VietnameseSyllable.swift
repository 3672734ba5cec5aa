/// A phonotactic check of one written Vietnamese syllable — not a dictionary.
///
/// A syllable is an initial consonant (possibly none), a vowel cluster, a final consonant (possibly
/// none) and at most one tone mark. The check knows which clusters exist, which need a final
/// consonant, which finals may follow, and that the stop finals `c ch p t` take only the rising or
/// heavy tone.
public enum VietnameseSyllable {
    /// What is wrong with a word that cannot be a Vietnamese syllable.
    public enum Problem: String, Sendable, Hashable, CaseIterable {
        /// More than one tone mark (`Báú`).
        case multipleToneMarks = "multiple-tone-marks"
        /// No vowel at all.
        case missingVowel = "missing-vowel"
        /// The consonants before the vowel are not a Vietnamese initial (`bl`, `tz`).
        case invalidInitial = "invalid-initial"
        /// The vowels do not form a Vietnamese cluster (`aă`, `ieo`), or the cluster needs a final consonant.
        case invalidVowelSequence = "invalid-vowel-sequence"
        /// The letters after the vowel are not a final that may follow it.
        case invalidFinal = "invalid-final"
        /// A stop final `c`, `ch`, `p`, `t` with a tone other than rising or heavy (`mầt`).
        case toneNotAllowedWithStopFinal = "tone-with-stop-final"
        /// A spelling the orthography rules out: `c` or `g`/`ng` before `e ê i`, `k`/`gh`/`ngh` before other vowels.
        case invalidSpelling = "invalid-spelling"

        /// A short English description.
        public var summary: String {
            switch self {
            case .multipleToneMarks: return "more than one tone mark"
            case .missingVowel: return "no vowel"
            case .invalidInitial: return "no Vietnamese initial consonant is spelled like this"
            case .invalidVowelSequence: return "impossible vowel sequence"
            case .invalidFinal: return "impossible final consonant"
            case .toneNotAllowedWithStopFinal: return "a final c, ch, p or t takes only the sắc or nặng tone"
            case .invalidSpelling: return "spelling the orthography rules out"
            }
        }
    }

    /// The verdict on one word.
    public enum Verdict: Sendable, Hashable {
        /// The word can be a Vietnamese syllable.
        case valid
        /// The word uses only Vietnamese letters but cannot be a syllable.
        case invalid(Problem)
        /// The word has letters outside the Vietnamese alphabet (`f j w z`), digits or symbols: not judged.
        case notVietnamese
    }

    /// Judges one word (a run of letters; case does not matter).
    ///
    /// - Parameter word: One syllable as written, NFC.
    public static func check(_ word: String) -> Verdict {
        var bases: [Unicode.Scalar] = []
        var tones = 0
        var tone = VietnameseTone.level
        for scalar in word.unicodeScalars {
            let letter = VietnameseLetters.split(scalar)
            let base = VietnameseLetters.lowerCase(letter.base)
            guard alphabet.contains(base) else { return .notVietnamese }
            if letter.tone != .level {
                tones += 1
                tone = letter.tone
            }
            bases.append(base)
        }
        guard !bases.isEmpty else { return .notVietnamese }
        if tones > 1 { return .invalid(.multipleToneMarks) }
        return judge(bases, tone: tone)
    }

    private static func judge(_ bases: [Unicode.Scalar], tone: VietnameseTone) -> Verdict {
        guard let firstVowel = bases.firstIndex(where: isVowel) else { return .invalid(.missingVowel) }
        var initial = String(String.UnicodeScalarView(bases[..<firstVowel]))
        var vowelStart = firstVowel
        // `qu` and `gi` take the following u / i into the consonant.
        if initial == "q" {
            guard bases.count > firstVowel + 1, bases[firstVowel] == "u" else { return .invalid(.invalidInitial) }
            initial = "qu"
            vowelStart += 1
        } else if initial == "g", bases[firstVowel] == "i", bases.count > firstVowel + 1, isVowel(bases[firstVowel + 1]) {
            initial = "gi"
            vowelStart += 1
        }
        guard initials.contains(initial) else { return .invalid(.invalidInitial) }
        var vowelEnd = vowelStart
        while vowelEnd < bases.count && isVowel(bases[vowelEnd]) { vowelEnd += 1 }
        let nucleus = String(String.UnicodeScalarView(bases[vowelStart..<vowelEnd]))
        let final = String(String.UnicodeScalarView(bases[vowelEnd...]))
        guard !nucleus.isEmpty || initial == "gi" else { return .invalid(.missingVowel) }
        if !nucleus.isEmpty {
            guard let kind = nuclei[nucleus] else { return .invalid(.invalidVowelSequence) }
            if final.isEmpty {
                if kind == .needsFinal { return .invalid(.invalidVowelSequence) }
            } else {
                guard finals.contains(final) else { return .invalid(.invalidFinal) }
                if kind == .closed { return .invalid(.invalidFinal) }
            }
        } else if !final.isEmpty, !finals.contains(final) {
            return .invalid(.invalidFinal)
        }
        if stopFinals.contains(final) && tone != .acute && tone != .dot {
            return .invalid(.toneNotAllowedWithStopFinal)
        }
        if let first = nucleus.unicodeScalars.first, !spellingAllows(initial: initial, before: first) {
            return .invalid(.invalidSpelling)
        }
        return .valid
    }

    private static func spellingAllows(initial: String, before vowel: Unicode.Scalar) -> Bool {
        let frontForK: Set<Unicode.Scalar> = ["e", "ê", "i", "y"]
        let frontForGh: Set<Unicode.Scalar> = ["e", "ê", "i"]
        switch initial {
        case "c": return !frontForK.contains(vowel)
        case "k": return frontForK.contains(vowel)
        case "g": return vowel != "e" && vowel != "ê"
        case "ng": return !frontForGh.contains(vowel)
        case "gh", "ngh": return frontForGh.contains(vowel)
        default: return true
        }
    }

    private static func isVowel(_ scalar: Unicode.Scalar) -> Bool {
        VietnameseLetters.vowelBases.contains(scalar)
    }

    private static let alphabet: Set<Unicode.Scalar> = Set(
        "aăâbcdđeêghiklmnoôơpqrstuưvxy".unicodeScalars)

    private static let initials: Set<String> = [
        "", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh", "p",
        "ph", "qu", "r", "s", "t", "th", "tr", "v", "x",
    ]

    private static let finals: Set<String> = ["c", "ch", "m", "n", "ng", "nh", "p", "t"]
    private static let stopFinals: Set<String> = ["c", "ch", "p", "t"]

    /// Whether a vowel cluster stands alone, needs a final consonant, or already ends in a glide.
    private enum NucleusKind { case open, needsFinal, closed, either }

    private static let nuclei: [String: NucleusKind] = {
        var table = [String: NucleusKind]()
        for v in ["a", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "oa", "oe", "uê", "uy", "uơ", "ưa", "ua"] {
            table[v] = .either
        }
        for v in ["ă", "â", "iê", "yê", "uô", "ươ", "oă", "uâ", "uyê", "oo", "ôô"] { table[v] = .needsFinal }
        for v in [
            "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu", "oi", "ôi", "ơi", "ui", "ưi", "ưu", "oai",
            "oay", "oao", "oeo", "uây", "uôi", "ươi", "ươu", "iêu", "yêu", "uya", "uyu", "uai", "uao",
        ] {
            table[v] = .closed
        }
        // Clusters that a glide after qu/gi leaves behind: `quai`, `quay`, `giai`.
        table["ua"] = .either
        return table
    }()
}
