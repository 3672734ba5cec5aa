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
        // Most titles and names need lower case only, which their bytes say (and are NFC, which the
        // same pass tells).
        if !accentFree, let lowered = Self.lowercaseKey(of: text) {
            value = lowered
            return
        }
        let nfc = TextNormalizer.isNFC(text) ? text : TextNormalizer.normalize(text)
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

    /// The key of `text` when it is its lower case, made in one pass over its bytes; `nil` when the key
    /// needs more: its words are not one space apart (a space at either end, two together, other white
    /// space), a scalar lowers outside the Latin blocks or to another length, or the tone placement may
    /// change it. The scalars it takes (``LatinCase/lowercaseScalarUTF8(_:at:into:)``: the Latin
    /// letters below U+0300 and of Latin Extended Additional, U+2002–U+207F) are NFC whatever surrounds
    /// them, so a text it takes is NFC and needs no test of its own.
    static func lowercaseKey(of text: String) -> String? {
        var text = text
        return text.withUTF8 { source -> String? in
            let count = source.count
            guard count > 0 else { return "" }
            // A space at either end; a control character or another space is found below.
            guard source[0] != 0x20, source[count - 1] != 0x20 else { return nil }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count) { target -> String? in
                // Whether a letter with marks follows an `o` or a `u`: only then may the tone move.
                // (Byte by byte: in Vietnamese, a letter with marks comes every few bytes, and passing
                // eight ASCII bytes at a time cost more than it saved.)
                var mayMoveTone = false
                var index = 0
                while index < count {
                    let byte = source[index]
                    if byte < 0x80 {
                        if byte <= 0x20 {
                            guard byte == 0x20, source[index - 1] != 0x20 else { return nil }
                        }
                        target[index] = byte &- 0x41 < 26 ? byte + 0x20 : byte
                        index += 1
                        continue
                    }
                    // White space the lowering below would take: U+0085 and U+00A0 (lead C2), U+2000–U+200A,
                    // U+2028, U+2029, U+202F, U+205F (lead E2). It turns down the rest (U+1680, U+3000), so
                    // only those two leads are decoded for the test.
                    if byte == 0xC2 || byte == 0xE2, LatinCase.isWhitespace(ValidUTF8.scalar(in: source, at: index).scalar) {
                        return nil
                    }
                    if index > 0, case let before = source[index - 1] | 0x20, before == UInt8(ascii: "o") || before == UInt8(ascii: "u") {
                        mayMoveTone = true
                    }
                    guard let length = LatinCase.lowercaseScalarUTF8(source, at: index, into: target) else { return nil }
                    index += length
                }
                if mayMoveTone && TonePlacement.mayChange(utf8: source) { return nil }
                // Lower case of valid UTF-8, scalar for scalar, is valid UTF-8: made a string unchecked.
                return String(validUTF8: UnsafeBufferPointer(target))
            }
        }
    }

    public var description: String { value }

    public static func < (lhs: MatchingKey, rhs: MatchingKey) -> Bool { lhs.value < rhs.value }

    /// Removes every Vietnamese diacritic, with `đ` → `d`, keeping case.
    public static func stripAccents(_ text: String) -> String {
        String(scalars: text.unicodeScalars.map { VietnameseLetters.accentFree[$0] ?? $0 })
    }
}
