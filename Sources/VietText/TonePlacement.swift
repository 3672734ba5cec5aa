/// Unifies the two conventions for where the tone mark sits in `oa`, `oe` and `uy`.
///
/// In an open syllable (no final consonant) the old style writes the mark on the second vowel
/// (`hoá`, `hoà`, `toả`, `khoẻ`, `uỷ`, `thuỷ`) and the new style on the first (`hóa`, `hòa`, `tỏa`,
/// `khỏe`, `ủy`, `thủy`). With a final consonant both put it on the second (`hoàng`, `khuyến`).
/// After `q` the `u` belongs to the consonant `qu`, so `quý` and `quỳ` are left alone.
public enum TonePlacement {
    /// Rewrites every word of `text` with the new-style tone placement, keeping case.
    ///
    /// - Parameter text: NFC text.
    /// - Returns: The text with `oá/oà/…`, `oé/…` and `uý/…` in open syllables moved to `óa`, `óe`, `úy`.
    public static func modernized(_ text: String) -> String {
        var scalars = text.scalarArray
        guard modernize(&scalars) else { return text }
        return String(scalars: scalars)
    }

    /// Rewrites every word of `scalars` with the new-style tone placement, in place.
    ///
    /// - Returns: Whether anything changed.
    @discardableResult
    public static func modernize(_ scalars: inout [Unicode.Scalar]) -> Bool {
        var changed = false
        var start = 0
        while start < scalars.count {
            guard LatinCase.isLetter(scalars[start]) else { start += 1; continue }
            var end = start
            while end < scalars.count && LatinCase.isLetter(scalars[end]) { end += 1 }
            if modernizeWord(&scalars, start..<end) { changed = true }
            start = end
        }
        return changed
    }

    /// Whether ``modernize(_:)`` may change the NFC text of UTF-8 `bytes`; `false` says it will not.
    ///
    /// A mark moves only in a word that ends in a plain `o` and a toned `a` or `e`, or in a plain `u`
    /// and a toned `y`: read on the bytes, such a pair that no ASCII letter follows. (`của`, with its
    /// toned `a` after a `u`, is not one: it is read that quickly.)
    public static func mayChange(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = bytes.count
        for i in bytes.indices.dropFirst() where bytes[i] >= 0xC0 {
            let before = bytes[i - 1] | 0x20
            guard before == UInt8(ascii: "o") || before == UInt8(ascii: "u") else { continue }
            let (vowel, length) = ValidUTF8.scalar(in: bytes, at: i)
            guard (before == UInt8(ascii: "o") ? tonedAOrE : tonedY).contains(vowel.value) else { continue }
            let next = i + length
            guard next < n, (bytes[next] | 0x20) &- UInt8(ascii: "a") < 26 else { return true }
        }
        return false
    }

    /// The vowels whose tone moves back onto an `o` before them, in both cases.
    private static let tonedAOrE = "áàảãạéèẻẽẹÁÀẢÃẠÉÈẺẼẸ".unicodeScalars.map(\.value)
    /// The vowels whose tone moves back onto a `u` before them, in both cases.
    private static let tonedY = "ýỳỷỹỵÝỲỶỸỴ".unicodeScalars.map(\.value)

    /// Moves the tone in the word at `range` if it is one of the three old-style open syllables.
    private static func modernizeWord(_ scalars: inout [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        guard range.count >= 2 else { return false }
        let last = range.upperBound - 1
        // Only a plain `o` or `u` before a marked vowel can be one: most words stop here, unlooked-up.
        let before = scalars[last - 1]
        guard scalars[last].value >= 0x80, before == "o" || before == "O" || before == "u" || before == "U" else { return false }
        let second = VietnameseLetters.split(scalars[last])
        let first = VietnameseLetters.split(scalars[last - 1])
        guard second.tone != .level, first.tone == .level else { return false }
        let firstBase = VietnameseLetters.lowerCase(first.base)
        let secondBase = VietnameseLetters.lowerCase(second.base)
        let isOldStyle: Bool
        switch (firstBase, secondBase) {
        case ("o", "a"), ("o", "e"):
            isOldStyle = true
        case ("u", "y"):
            // `quý`: the u is part of the consonant qu.
            let before = last - 2
            isOldStyle = !(before >= range.lowerBound && VietnameseLetters.lowerCase(scalars[before]) == "q")
        default:
            isOldStyle = false
        }
        guard isOldStyle else { return false }
        // A vowel before the pair (`ngoài`-like clusters such as `uoa`) means it is not this pattern.
        if last - 2 >= range.lowerBound, VietnameseLetters.isVowelBase(VietnameseLetters.split(scalars[last - 2]).base) {
            return false
        }
        scalars[last - 1] = VietnameseLetters.join(first.base, second.tone)
        scalars[last] = second.base
        return true
    }
}
