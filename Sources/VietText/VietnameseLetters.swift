import Foundation

/// The six tones of Vietnamese, each written with one mark on the main vowel.
public enum VietnameseTone: Int, Sendable, Hashable, CaseIterable {
    /// Level tone (*thanh ngang*), no mark.
    case level
    /// Falling tone (*thanh huyền*), grave accent: `à`.
    case grave
    /// Rising tone (*thanh sắc*), acute accent: `á`.
    case acute
    /// Dipping tone (*thanh hỏi*), hook above: `ả`.
    case hook
    /// Broken tone (*thanh ngã*), tilde: `ã`.
    case tilde
    /// Heavy tone (*thanh nặng*), dot below: `ạ`.
    case dot

    /// The combining mark that writes this tone, or `nil` for the level tone.
    var combiningMark: Unicode.Scalar? {
        switch self {
        case .level: return nil
        case .grave: return "\u{0300}"
        case .acute: return "\u{0301}"
        case .hook: return "\u{0309}"
        case .tilde: return "\u{0303}"
        case .dot: return "\u{0323}"
        }
    }
}

/// A letter of Vietnamese split into its base (with any vowel-shape mark: `ă â ê ô ơ ư đ`) and its tone.
struct VietnameseLetter: Hashable, Sendable {
    /// The letter without its tone mark, in the case it was written: `Ấ` → `Â`.
    var base: Unicode.Scalar
    /// The tone mark the letter carries.
    var tone: VietnameseTone
}

/// Tables of the Vietnamese alphabet, built once from Unicode composition.
enum VietnameseLetters {
    /// The twelve vowel bases, lower case.
    static let vowelBases: [Unicode.Scalar] = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"]

    /// Every toned vowel (upper and lower case) mapped to its base and tone.
    static let decomposition: [Unicode.Scalar: VietnameseLetter] = {
        var table = [Unicode.Scalar: VietnameseLetter]()
        for lower in vowelBases {
            for base in [lower, upperCase(lower)] {
                for tone in VietnameseTone.allCases {
                    guard let mark = tone.combiningMark else { continue }
                    if let composed = compose(base, mark) {
                        table[composed] = VietnameseLetter(base: base, tone: tone)
                    }
                }
            }
        }
        return table
    }()

    /// Base and tone mapped back to the precomposed letter.
    static let composition: [VietnameseLetter: Unicode.Scalar] = {
        var table = [VietnameseLetter: Unicode.Scalar]()
        for (scalar, letter) in decomposition { table[letter] = scalar }
        return table
    }()

    /// Every letter with a Vietnamese diacritic mapped to its plain Latin letter (`ệ` → `e`, `Đ` → `D`).
    static let accentFree: [Unicode.Scalar: Unicode.Scalar] = {
        var table: [Unicode.Scalar: Unicode.Scalar] = [
            "ă": "a", "â": "a", "ê": "e", "ô": "o", "ơ": "o", "ư": "u", "đ": "d",
            "Ă": "A", "Â": "A", "Ê": "E", "Ô": "O", "Ơ": "O", "Ư": "U", "Đ": "D",
        ]
        for (scalar, letter) in decomposition {
            table[scalar] = table[letter.base] ?? letter.base
        }
        return table
    }()

    /// Splits `scalar` into base and tone; any other scalar is its own base with the level tone.
    static func split(_ scalar: Unicode.Scalar) -> VietnameseLetter {
        decomposition[scalar] ?? VietnameseLetter(base: scalar, tone: .level)
    }

    /// Writes `base` with `tone`, or returns `base` when the pair does not exist.
    static func join(_ base: Unicode.Scalar, _ tone: VietnameseTone) -> Unicode.Scalar {
        tone == .level ? base : composition[VietnameseLetter(base: base, tone: tone)] ?? base
    }

    /// Whether the (toneless) base is a vowel, in either case.
    static func isVowelBase(_ base: Unicode.Scalar) -> Bool {
        vowelBases.contains(lowerCase(base))
    }

    static func lowerCase(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar
    }

    static func upperCase(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let mapped = scalar.properties.uppercaseMapping.unicodeScalars
        return mapped.count == 1 ? mapped.first ?? scalar : scalar
    }

    private static func compose(_ base: Unicode.Scalar, _ mark: Unicode.Scalar) -> Unicode.Scalar? {
        var pair = String.UnicodeScalarView()
        pair.append(base)
        pair.append(mark)
        let composed = String(pair).precomposedStringWithCanonicalMapping.unicodeScalars
        return composed.count == 1 ? composed.first : nil
    }
}
