import VietText

/// ASCII characters to trim from the ends of a text, as a mask of their bytes, made from the literal
/// at the call (`[" ", ","]`). A `Set<Character>` was hashed as it was made and walked for its mask
/// at every call: more than a thousand instructions to trim a name.
struct TrimmedCharacters: ExpressibleByArrayLiteral {
    /// A bit for each byte below 64, and for each from 64 to 127.
    private var low: UInt64 = 0, high: UInt64 = 0

    init(arrayLiteral characters: Unicode.Scalar...) {
        self.init(characters)
    }

    init(_ characters: [Unicode.Scalar]) {
        for character in characters {
            precondition(character.isASCII, "only ASCII characters are trimmed")
            let value = UInt64(character.value)
            if value < 64 { low |= 1 << value } else { high |= 1 << (value - 64) }
        }
    }

    func contains(_ byte: UInt8) -> Bool {
        byte < 64 ? low & (1 << UInt64(byte)) != 0 : byte < 128 && high & (1 << UInt64(byte - 64)) != 0
    }

    func contains(_ character: Character) -> Bool {
        character.asciiValue.map(contains) ?? false
    }
}

extension String {
    /// The string without the given characters at either end.
    ///
    /// They are trimmed as bytes when the text kept begins and ends with a scalar that never joins a
    /// neighbour (ASCII, U+0080–U+02FF, Latin Extended Additional), where bytes and `Character`s agree;
    /// anything else is trimmed by `Character`.
    func trimming(_ characters: TrimmedCharacters) -> String {
        let trimmed: Range<Int>? = utf8.withContiguousStorageIfAvailable { bytes in
            var start = 0, end = bytes.count
            while start < end && characters.contains(bytes[start]) { start += 1 }
            while end > start && characters.contains(bytes[end - 1]) { end -= 1 }
            guard start < end else { return start..<end }
            var last = end - 1
            while last > start && bytes[last] & 0xC0 == 0x80 { last -= 1 }
            func isSelfContained(_ index: Int) -> Bool {
                let lead = bytes[index]
                return lead < 0x80 || (0xC2...0xCB).contains(lead) || lead == 0xE1 && index + 1 < bytes.count && bytes[index + 1] & 0xFC == 0xB8
            }
            return isSelfContained(start) && isSelfContained(last) ? start..<end : nil
        } ?? nil
        guard let trimmed else { return trimmingCharacters(characters) }
        if trimmed.count == utf8.count { return self }
        return slice(utf8: trimmed)
    }

    private func trimmingCharacters(_ characters: TrimmedCharacters) -> String {
        var slice = Substring(self)
        while let first = slice.first, characters.contains(first) { slice.removeFirst() }
        while let last = slice.last, characters.contains(last) { slice.removeLast() }
        return String(slice)
    }
}
