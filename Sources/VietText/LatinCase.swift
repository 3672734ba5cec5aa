/// Case mapping and character classes for Latin scalars without the stdlib's property lookups.
///
/// Vietnamese uses ASCII, Latin-1, Latin Extended-A/B (`Đ`, `Ơ`, `Ư`, `Ă`, `Ĩ`, `Ũ`) and Latin Extended
/// Additional (`Ạ` … `Ỹ`). In these blocks lower case is a fixed offset from upper case, so it is a few
/// comparisons here instead of a table search per scalar. Any other scalar goes to the stdlib, so the
/// results are those of `Unicode.Scalar.Properties` for every scalar.
public enum LatinCase {
    /// The simple lower-case mapping of `scalar`: itself when it has none or when its full mapping is
    /// more than one scalar (`İ`).
    @inlinable
    public static func lowercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        if value < 0x80 {
            return value &- 0x41 < 26 ? Unicode.Scalar(UInt8(value + 0x20)) : scalar
        }
        if value < 0xC0 { return scalar }
        if value <= 0xDE { return value == 0xD7 ? scalar : Unicode.Scalar(value + 0x20) ?? scalar }
        if value < 0x100 { return scalar }
        if (0x1E00...0x1E95).contains(value) || (0x1EA0...0x1EFF).contains(value) {
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
        let value = scalar.value
        if value < 0x130 || (0x131...0x17F).contains(value) || (0x1E00...0x1E95).contains(value)
            || (0x1EA0...0x1EFF).contains(value) || (0x1A0...0x1B0).contains(value)
        {
            scalars.append(lowercase(scalar))
        } else {
            scalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
        }
    }

    /// `text` in lower case, as `String.lowercased()` gives it, several times faster on Vietnamese.
    public static func lowercased(_ text: String) -> String {
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

    /// Whether `scalar` is alphabetic (`Unicode.Scalar.Properties.isAlphabetic`).
    @inlinable
    public static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (value | 0x20) &- 0x61 < 26 }
        if value < 0xC0 { return value == 0xAA || value == 0xB5 || value == 0xBA }
        if value <= 0x24F { return value != 0xD7 && value != 0xF7 }
        if (0x1E00...0x1EFF).contains(value) { return true }
        return scalar.properties.isAlphabetic
    }

    /// Whether `scalar` is white space (`Unicode.Scalar.Properties.isWhitespace`).
    @inlinable
    public static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
        if value < 0x1000 { return value == 0x85 || value == 0xA0 }
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
    /// The string of `scalars`, encoded in one pass (appending to a `String.UnicodeScalarView` grows
    /// the string scalar by scalar).
    public init(scalars: some Collection<Unicode.Scalar>) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count * 3)
        for scalar in scalars {
            let value = scalar.value
            if value < 0x80 {
                bytes.append(UInt8(value))
            } else {
                UTF8.encode(scalar) { bytes.append($0) }
            }
        }
        self.init(decoding: bytes, as: UTF8.self)
    }
}
