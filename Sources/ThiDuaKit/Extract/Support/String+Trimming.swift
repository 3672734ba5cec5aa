import VietText

extension String {
    /// The string without the given characters at either end.
    ///
    /// ASCII characters are trimmed as bytes when the text kept begins and ends with a scalar that
    /// never joins a neighbour (ASCII, U+0080–U+02FF, Latin Extended Additional), where bytes and
    /// `Character`s agree; anything else is trimmed by `Character`.
    func trimming(_ characters: Set<Character>) -> String {
        var mask: (low: UInt64, high: UInt64) = (0, 0)
        for character in characters {
            guard let ascii = character.asciiValue else { return trimmingCharacters(characters) }
            if ascii < 64 { mask.low |= 1 << UInt64(ascii) } else { mask.high |= 1 << UInt64(ascii - 64) }
        }
        func isTrimmed(_ byte: UInt8) -> Bool {
            byte < 64 ? mask.low & (1 << UInt64(byte)) != 0 : byte < 128 && mask.high & (1 << UInt64(byte - 64)) != 0
        }
        let trimmed: Range<Int>? = utf8.withContiguousStorageIfAvailable { bytes in
            var start = 0, end = bytes.count
            while start < end && isTrimmed(bytes[start]) { start += 1 }
            while end > start && isTrimmed(bytes[end - 1]) { end -= 1 }
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

    private func trimmingCharacters(_ characters: Set<Character>) -> String {
        var slice = Substring(self)
        while let first = slice.first, characters.contains(first) { slice.removeFirst() }
        while let last = slice.last, characters.contains(last) { slice.removeLast() }
        return String(slice)
    }
}
