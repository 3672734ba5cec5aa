/// Decoding of UTF-8 known to be valid (a string's), without the checks a decoder of untrusted bytes
/// needs, and encoding of scalars known to be valid.
public enum ValidUTF8 {
    /// Writes the UTF-8 of the scalar with value `value` (a Unicode scalar value: not a surrogate, at
    /// most U+10FFFF) at `target`, and returns its length in bytes, 1 to 4.
    @inlinable @inline(__always)
    public static func encode(_ value: UInt32, into target: UnsafeMutablePointer<UInt8>) -> Int {
        switch value {
        case ..<0x80:
            target[0] = UInt8(truncatingIfNeeded: value)
            return 1
        case ..<0x800:
            target[0] = UInt8(truncatingIfNeeded: 0xC0 | value >> 6)
            target[1] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
            return 2
        case ..<0x10000:
            target[0] = UInt8(truncatingIfNeeded: 0xE0 | value >> 12)
            target[1] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
            target[2] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
            return 3
        default:
            target[0] = UInt8(truncatingIfNeeded: 0xF0 | value >> 18)
            target[1] = UInt8(truncatingIfNeeded: 0x80 | value >> 12 & 0x3F)
            target[2] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
            target[3] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
            return 4
        }
    }

    /// The scalar whose UTF-8 starts at `index`, and its length in bytes.
    @inlinable @inline(__always)
    public static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = UInt32(bytes[index])
        let value: UInt32, length: Int
        switch lead {
        case ..<0x80: (value, length) = (lead, 1)
        case ..<0xE0: (value, length) = ((lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2)
        case ..<0xF0:
            value = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            length = 3
        default:
            value = (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
                | UInt32(bytes[index + 3] & 0x3F)
            length = 4
        }
        // Valid UTF-8 always decodes; the fallback is never taken.
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}

extension String {
    /// A string of `bytes`, which the caller knows to be valid UTF-8: a slice, on scalar boundaries,
    /// of text already validated (ASCII bytes left out or put in keep it so), or bytes this package
    /// encoded from scalars.
    ///
    /// The bytes are copied without the validation that `String(decoding:as:)` and `String(Substring)`
    /// repeat, about ten instructions a byte: the pipeline validates a file's bytes once, when it
    /// decodes them, and every string it makes after is cut from them. Debug builds (and so the tests)
    /// check the promise.
    @inlinable
    package init(validUTF8 bytes: UnsafeBufferPointer<UInt8>) {
        assert(String(validating: bytes, as: UTF8.self) != nil, "bytes promised as valid UTF-8 are not")
        self = String(copying: UTF8Span(unchecked: bytes.span))
    }

    /// A string of `bytes`, which the caller knows to be valid UTF-8 (see ``init(validUTF8:)-(UnsafeBufferPointer<UInt8>)``).
    @inlinable
    package init(validUTF8 bytes: ArraySlice<UInt8>) {
        self = bytes.withUnsafeBufferPointer { String(validUTF8: $0) }
    }

    /// The text between two UTF-8 offsets (on scalar boundaries) as a string of its own, copied
    /// without validating it again (``init(validUTF8:)-(UnsafeBufferPointer<UInt8>)``).
    @inlinable
    package func slice(utf8 range: Range<Int>) -> String {
        var text = self
        return text.withUTF8 { String(validUTF8: UnsafeBufferPointer(rebasing: $0[range])) }
    }
}
