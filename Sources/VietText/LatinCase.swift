/// Case mapping and character classes for Latin scalars without the stdlib's property lookups.
///
/// Vietnamese uses ASCII, Latin-1, Latin Extended-A/B (`Đ`, `Ơ`, `Ư`, `Ă`, `Ĩ`, `Ũ`) and Latin Extended
/// Additional (`Ạ` … `Ỹ`). In these blocks lower case is a fixed offset from upper case, so it is a few
/// comparisons here instead of a table search per scalar. Any other scalar goes to the stdlib, so the
/// results are those of `Unicode.Scalar.Properties` for every scalar.
public enum LatinCase {
    /// The simple lower-case mapping of `scalar`: itself when it has none or when its full mapping is
    /// more than one scalar (`İ`).
    @inlinable @inline(__always)
    public static func lowercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        // ASCII, most of any Vietnamese text, Latin-1 (`â`, `ê`, `ô`, `à`, `á` …) and the letters with
        // two marks or a dot below (`Ạ` … `ỹ`, U+1EA0–U+1EFF, upper case even, lower case odd), most
        // of the rest, inline at the caller; the others in one call.
        let value = scalar.value
        if value < 0x80 {
            return value &- 0x41 < 26 ? Unicode.Scalar(UInt8(value + 0x20)) : scalar
        }
        if value < 0x100 {
            // `À` … `Þ` lower by 0x20, but for `×`.
            return value &- 0xC0 < 0x1F && value != 0xD7 ? Unicode.Scalar(UInt8(value + 0x20)) : scalar
        }
        if value &- 0x1EA0 < 0x60 { return Unicode.Scalar(value | 1).unsafelyUnwrapped }
        return lowercaseBeyondASCII(scalar)
    }

    /// ``lowercase(_:)`` of a scalar from U+0100 outside U+1EA0–U+1EFF, which it handles inline.
    @usableFromInline
    static func lowercaseBeyondASCII(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        if (0x1E00...0x1E95).contains(value) {
            return value & 1 == 0 ? Unicode.Scalar(value + 1) ?? scalar : scalar
        }
        switch value {
        case 0x100...0x12F, 0x132...0x137, 0x14A...0x177:
            return value & 1 == 0 ? Unicode.Scalar(value + 1) ?? scalar : scalar
        case 0x139...0x148, 0x179...0x17E:
            return value & 1 == 1 ? Unicode.Scalar(value + 1) ?? scalar : scalar
        case 0x1A0, 0x1AF:
            return Unicode.Scalar(value + 1) ?? scalar
        case 0x1A1, 0x1B0, 0x131, 0x138, 0x149, 0x17F:
            return scalar
        default:
            let mapped = scalar.properties.lowercaseMapping.unicodeScalars
            return mapped.count == 1 ? mapped.first ?? scalar : scalar
        }
    }

    /// Appends the full lower-case mapping of `scalar` (`String.lowercased()`, one scalar at a time).
    @inlinable
    public static func appendLowercase(_ scalar: Unicode.Scalar, to scalars: inout [Unicode.Scalar]) {
        if lowersOneForOne(scalar.value) {
            scalars.append(lowercase(scalar))
        } else {
            scalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
        }
    }

    /// Whether the scalar `value` is in the ranges whose full lower case is its simple one, in a scalar
    /// of the same UTF-8 length: ASCII, Latin-1, Latin Extended-A (but `İ`), O and U with horn, and Latin
    /// Extended Additional (but U+1E96–U+1E9F).
    @inlinable @inline(__always)
    static func lowersOneForOne(_ value: UInt32) -> Bool {
        value < 0x130 || (0x131...0x17F).contains(value) || (0x1A0...0x1B0).contains(value) || (0x1E00...0x1E95).contains(value)
            || (0x1EA0...0x1EFF).contains(value)
    }

    /// `text` in lower case, as `String.lowercased()` gives it, several times faster on Vietnamese.
    public static func lowercased(_ text: String) -> String {
        if let lowered = lowercasedInPlace(text) { return lowered }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var mapped: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                out.append(UInt8(value &- 0x41 < 26 ? value + 0x20 : value))
                continue
            }
            mapped.removeAll(keepingCapacity: true)
            appendLowercase(scalar, to: &mapped)
            for lower in mapped { UTF8.encode(lower) { out.append($0) } }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The UTF-8 of `text` in lower case, as ``lowercased(_:)`` gives it, without making a string of it:
    /// for rules that go on searching bytes.
    public static func lowercasedUTF8(_ text: String) -> [UInt8] {
        var text = text
        var lower: [UInt8] = []
        text.withUTF8 { appendLowercaseUTF8($0, to: &lower) }
        return lower
    }

    /// Appends UTF-8 `source` in lower case, as ``lowercased(_:)`` gives it, to `target`: for reading
    /// many short texts as one, without making a string of each.
    public static func appendLowercaseUTF8(_ source: UnsafeBufferPointer<UInt8>, to target: inout [UInt8]) {
        let start = target.count
        // Copied first (one `memcpy`), then lowered where it stands: each byte is read before it is
        // written, and the lowering of a byte already lowered leaves it as it is.
        target.append(contentsOf: source)
        let mapped = target.withUnsafeMutableBufferPointer { target in
            let copied = UnsafeMutableBufferPointer(rebasing: target[start...])
            return lowercaseLatin(UnsafeBufferPointer(copied), into: copied)
        }
        if !mapped {
            target.removeSubrange(start...)
            target += lowercased(String(decoding: source, as: UTF8.self)).utf8
        }
    }

    /// `text` in lower case when every scalar keeps its UTF-8 length in lower case, as every scalar of
    /// the Latin blocks Vietnamese uses does (`Ạ` → `ạ`); `nil` at the first scalar outside them.
    static func lowercasedInPlace(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { source -> String? in
            // Lower case of valid UTF-8, scalar for scalar, is valid UTF-8: made a string unchecked.
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: source.count) { target in
                lowercaseLatin(source, into: target) ? String(validUTF8: UnsafeBufferPointer(target)) : nil
            }
        }
    }

    /// For each scalar value below U+0800, the UTF-8 of its lower case (``lowercase(_:)``) as two bytes,
    /// high byte first, when the scalar takes two bytes and lowers one for one into two bytes
    /// (``lowersOneForOne(_:)``); 0 for the others, which ``lowercaseLatin(_:into:)`` leaves to
    /// ``lowercased(_:)``.
    private static let twoByteLowercase: [UInt16] = (0..<0x800).map { value in
        guard value >= 0x80, lowersOneForOne(UInt32(value)), let scalar = Unicode.Scalar(UInt32(value)) else { return 0 }
        let lower = lowercase(scalar).value
        guard (0x80..<0x800).contains(lower) else { return 0 }
        return UInt16(0xC0 | lower >> 6) << 8 | UInt16(0x80 | lower & 0x3F)
    }

    /// Writes the lower case of UTF-8 `source` into `target` (as long as `source`, or `source` itself)
    /// byte for byte; returns `false` at the first scalar whose lower case is not the same length or
    /// not in the Latin blocks.
    private static func lowercaseLatin(_ source: UnsafeBufferPointer<UInt8>, into target: UnsafeMutableBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = source.count
        while index < count {
            // Eight bytes at a time: the ASCII ones lowered, the others copied; the ASCII run at the
            // start is done, and a letter with marks after it is rewritten below. In Vietnamese such
            // a letter comes every few bytes, so the run, not the whole word, is what is usually won.
            if index + 8 <= count, let base = source.baseAddress {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                UnsafeMutableRawPointer(target.baseAddress! + index).storeBytes(of: SWAR.asciiLowercased(word), as: UInt64.self)
                let run = (word & SWAR.high).trailingZeroBitCount / 8
                index += run
                if run == 8 { continue }
            }
            let byte = source[index]
            if byte < 0x80 {
                target[index] = byte &- 0x41 < 26 ? byte + 0x20 : byte
                index += 1
                continue
            }
            guard let length = lowercaseScalarUTF8(source, at: index, into: target) else { return false }
            index += length
        }
        return true
    }

    /// Writes the lower case of the scalar at `index` of UTF-8 `source`, which is not ASCII, into
    /// `target` at the same offset; returns its length in bytes, or `nil` when its lower case is not
    /// as long or not in the Latin blocks (``lowercaseLatin(_:into:)``, one scalar).
    @inline(__always)
    static func lowercaseScalarUTF8(
        _ source: UnsafeBufferPointer<UInt8>, at index: Int, into target: UnsafeMutableBufferPointer<UInt8>
    ) -> Int? {
        let byte = source[index], count = source.count
        if byte & 0xE0 == 0xC0, index + 1 < count {
            // Two bytes (U+0080–U+07FF): Latin-1 (`â`, `ê`, `ô`, `à` …), `Đ`, `Ă`, `Ơ`, `Ư`, `Ĩ`, `Ũ`,
            // the commonest letters with marks after those of Latin Extended Additional. Their lower
            // case is looked up, with no test of which block they are in.
            let lowered = twoByteLowercase[Int(byte & 0x1F) << 6 | Int(source[index + 1] & 0x3F)]
            guard lowered != 0 else { return nil }
            target[index] = UInt8(truncatingIfNeeded: lowered >> 8)
            target[index + 1] = UInt8(truncatingIfNeeded: lowered)
            return 2
        }
        if byte == 0xE1, index + 2 < count, source[index + 1] & 0xFC == 0xB8 {
            // Latin Extended Additional (`Ạ` … `ỹ`): upper case even, lower case the odd one after
            // it, except U+1E96–U+1E9F.
            let value = 0x1E00 | UInt32(source[index + 1] & 0x03) << 6 | UInt32(source[index + 2] & 0x3F)
            if (0x1E96...0x1E9F).contains(value) { return nil }
            target[index] = 0xE1
            target[index + 1] = source[index + 1]
            target[index + 2] = source[index + 2] | 1
            return 3
        }
        if byte == 0xE2, index + 2 < count, source[index + 1] & 0xFE == 0x80 {
            // U+2000–U+207F (spaces, dashes, quotes, the ellipsis): no case, lower case itself.
            target[index] = byte
            target[index + 1] = source[index + 1]
            target[index + 2] = source[index + 2]
            return 3
        }
        // The other three-byte letters (two-byte ones are all in the table above): four bytes, and
        // the rest, are left to ``lowercased(_:)``.
        guard byte & 0xF0 == 0xE0, index + 2 < count else { return nil }
        let value = UInt32(byte & 0x0F) << 12 | UInt32(source[index + 1] & 0x3F) << 6 | UInt32(source[index + 2] & 0x3F)
        guard lowersOneForOne(value), let scalar = Unicode.Scalar(value) else { return nil }
        // The lower case is as long in UTF-8 as the letter (``lowersOneForOne(_:)``).
        return ValidUTF8.encode(lowercase(scalar).value, into: target.baseAddress! + index)
    }

    /// Whether `scalar` is alphabetic (`Unicode.Scalar.Properties.isAlphabetic`).
    @inlinable @inline(__always)
    public static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (value | 0x20) &- 0x61 < 26 }
        // Latin-1 to Latin Extended-B, and Latin Extended Additional, all letters from U+00C0 but
        // for `×` and `÷`: inline, as in ``lowercase(_:)``.
        if value &- 0xC0 < 0x190 { return value != 0xD7 && value != 0xF7 }
        if value &- 0x1E00 < 0x100 { return true }
        return isLetterBeyondASCII(scalar)
    }

    /// ``isLetter(_:)`` of a scalar from U+0080 outside U+00C0–U+024F and U+1E00–U+1EFF, which it
    /// handles inline.
    @usableFromInline
    static func isLetterBeyondASCII(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0xC0 { return value == 0xAA || value == 0xB5 || value == 0xBA }
        return scalar.properties.isAlphabetic
    }

    /// Whether `scalar` is upper case (`Unicode.Scalar.Properties.isUppercase`).
    @inlinable
    public static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        has(.upper, scalar, orElse: \.isUppercase)
    }

    /// Whether `scalar` is lower case (`Unicode.Scalar.Properties.isLowercase`).
    @inlinable
    public static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
        has(.lower, scalar, orElse: \.isLowercase)
    }

    /// Whether `scalar` has `letterCase`, or, outside the ranges ``letterCase(_:)`` answers, `property`.
    @inlinable
    static func has(_ wanted: LetterCase, _ scalar: Unicode.Scalar, orElse property: (Unicode.Scalar.Properties) -> Bool) -> Bool {
        let found = letterCase(scalar)
        return found == .unknown ? property(scalar.properties) : found == wanted
    }

    /// The case of a scalar, as far as a few comparisons tell it.
    @usableFromInline
    enum LetterCase {
        case upper, lower, uncased
        /// Outside the ranges answered here: ask the stdlib.
        case unknown
    }

    /// The case of ASCII, Latin-1, the first half of Latin Extended-A, O and U with horn and Latin
    /// Extended Additional, where upper and lower case alternate or sit 0x20 apart.
    @inlinable
    static func letterCase(_ scalar: Unicode.Scalar) -> LetterCase {
        let value = scalar.value
        if value < 0x80 { return value &- 0x41 < 26 ? .upper : value &- 0x61 < 26 ? .lower : .uncased }
        if value >= 0xC0 && value <= 0xFF { return value == 0xD7 || value == 0xF7 ? .uncased : value <= 0xDE ? .upper : .lower }
        if (0x100...0x137).contains(value) || (0x1E00...0x1E95).contains(value) || (0x1EA0...0x1EFF).contains(value) {
            return value & 1 == 0 ? .upper : .lower
        }
        if value == 0x1A0 || value == 0x1AF { return .upper }
        if value == 0x1A1 || value == 0x1B0 { return .lower }
        return .unknown
    }

    /// Whether `scalar` is white space (`Unicode.Scalar.Properties.isWhitespace`).
    @inlinable
    public static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
        if value < 0x2000 { return value == 0x85 || value == 0xA0 || value == 0x1680 }
        return scalar.properties.isWhitespace
    }

    /// Whether each scalar of `text` is a character of its own (no combining marks, joiners or CR LF),
    /// so that the scalars can stand for the `Character`s without grapheme breaking.
    public static func isOneCharacterPerScalar(_ text: String) -> Bool {
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x300 {
                if value == 0x0D { return false }
                continue
            }
            if (0x1E00...0x1EFF).contains(value) || (0x2010...0x2027).contains(value) || (0x2030...0x205E).contains(value) {
                continue
            }
            return false
        }
        return true
    }
}

extension String {
    /// The scalars of the string, decoded from its UTF-8 in one pass (`Array(unicodeScalars)` counts
    /// them first and decodes them again).
    public var scalarArray: [Unicode.Scalar] {
        var text = self
        return text.withUTF8 { bytes in
            [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { scalars, count in
                var index = 0
                count = 0
                while index < bytes.count {
                    let (scalar, length) = ValidUTF8.scalar(in: bytes, at: index)
                    index += length
                    scalars[count] = scalar
                    count += 1
                }
            }
        }
    }

    /// The string of `scalars`, encoded in one pass (appending to a `String.UnicodeScalarView` grows the
    /// string scalar by scalar) and made a string unchecked, since scalars encode to valid UTF-8.
    ///
    /// Inlinable so that callers in other modules get a version specialised for their collection.
    @inlinable
    public init<Scalars: Collection>(scalars: Scalars) where Scalars.Element == Unicode.Scalar {
        self = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: scalars.count * 4) { buffer in
            guard let base = buffer.baseAddress else { return "" }
            var count = 0
            for scalar in scalars { count += ValidUTF8.encode(scalar.value, into: base + count) }
            return String(validUTF8: UnsafeBufferPointer(start: base, count: count))
        }
    }
}
