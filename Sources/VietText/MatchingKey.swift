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
        value = String(scalars: scalars)
    }

    public var description: String { value }

    public static func < (lhs: MatchingKey, rhs: MatchingKey) -> Bool { lhs.value < rhs.value }

    /// Removes every Vietnamese diacritic, with `đ` → `d`, keeping case.
    public static func stripAccents(_ text: String) -> String {
        String(scalars: text.unicodeScalars.map { VietnameseLetters.accentFree[$0] ?? $0 })
    }
}
