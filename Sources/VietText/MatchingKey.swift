/// A comparison key for short Vietnamese texts (titles, names, terms).
///
/// Two spellings that a reader takes for the same words get the same key: the key is NFC, case
/// folded, with new-style tone placement (`hoá` = `hóa`, `uỷ` = `ủy`, `toả` = `tỏa`, while `quý`
/// stays `quý`) and single spaces. The accent-free form also drops every diacritic, with `đ` → `d`.
///
/// Compute keys for short fields only: case mapping runs at tens of MB/s, not at byte-scan speed.
public struct MatchingKey: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The key text.
    public let value: String

    /// Makes the key of `text`.
    ///
    /// - Parameters:
    ///   - text: Any text; it is normalised to NFC first if it is not already.
    ///   - accentFree: Whether to drop diacritics too (`Đổi mới` → `doi moi`).
    public init(_ text: String, accentFree: Bool = false) {
        let nfc = TextNormalizer.isNFC(text) ? text : TextNormalizer.normalize(text)
        // Most titles and names need lower case only, which their bytes say.
        if !accentFree, Self.needsOnlyLowerCase(nfc), let lowered = LatinCase.lowercasedInPlace(nfc) {
            value = lowered
            return
        }
        value = Self.key(byScalars: nfc, accentFree: accentFree)
    }

    /// The key of NFC text, read scalar by scalar: what every key is.
    static func key(byScalars nfc: String, accentFree: Bool) -> String {
        // One pass: lower case, single spaces; then tone placement and accents on the scalars.
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(nfc.utf8.count)
        var pendingSpace = false
        for scalar in nfc.unicodeScalars {
            if LatinCase.isWhitespace(scalar) {
                pendingSpace = !scalars.isEmpty
                continue
            }
            if pendingSpace { scalars.append(" ") }
            pendingSpace = false
            LatinCase.appendLowercase(scalar, to: &scalars)
        }
        TonePlacement.modernize(&scalars)
        if accentFree {
            for index in scalars.indices { scalars[index] = VietnameseLetters.accentFree[scalars[index]] ?? scalars[index] }
        }
        return String(scalars: scalars)
    }

    /// Whether the key of NFC `text` is its lower case: its words are one space apart, with no space at
    /// either end and no other white space, and the tone placement leaves it as it is.
    static func needsOnlyLowerCase(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            let n = bytes.count
            for i in 0..<n {
                let byte = bytes[i]
                if byte <= 0x20 {
                    guard byte == 0x20, i > 0, i + 1 < n, bytes[i - 1] != 0x20 else { return false }
                    continue
                }
                guard byte >= 0xC0, i + 1 < n else { continue }
                let second = bytes[i + 1], third = i + 2 < n ? bytes[i + 2] : 0
                switch byte {
                case 0xC2 where second == 0x85 || second == 0xA0: return false  // U+0085, U+00A0
                case 0xE1 where second == 0x9A && third == 0x80: return false  // U+1680
                case 0xE2 where second == 0x80 && (third <= 0x8A || third == 0xA8 || third == 0xA9 || third == 0xAF): return false
                case 0xE2 where second == 0x81 && third == 0x9F: return false  // U+205F
                case 0xE3 where second == 0x80 && third == 0x80: return false  // U+3000
                default: continue
                }
            }
            return !TonePlacement.mayChange(utf8: bytes)
        }
    }

    public var description: String { value }

    public static func < (lhs: MatchingKey, rhs: MatchingKey) -> Bool { lhs.value < rhs.value }

    /// Removes every Vietnamese diacritic, with `đ` → `d`, keeping case.
    public static func stripAccents(_ text: String) -> String {
        String(scalars: text.unicodeScalars.map { VietnameseLetters.accentFree[$0] ?? $0 })
    }
}
