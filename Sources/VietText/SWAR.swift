/// Tests on the eight bytes of a `UInt64` at once (SIMD within a register), each byte on its own:
/// no carry or borrow crosses from one byte to the next, so every answer is exact.
///
/// An answer is a word with the high bit of each byte set where the test holds, and no other bit.
public enum SWAR {
    /// The low seven bits of each byte.
    public static let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    /// The high bit of each byte.
    public static let high: UInt64 = 0x8080_8080_8080_8080

    /// `byte` in each of the eight bytes.
    @inline(__always)
    public static func repeating(_ byte: UInt8) -> UInt64 {
        UInt64(byte) &* 0x0101_0101_0101_0101
    }

    /// The bytes of `word` that are zero.
    @inline(__always)
    public static func zeroBytes(_ word: UInt64) -> UInt64 {
        // (b & 0x7F) + 0x7F has its high bit set unless the low seven bits are 0; `| word` adds b's own.
        ~(((word & low7) &+ low7) | word | low7)
    }

    /// The bytes of `word` equal to `byte`.
    @inline(__always)
    public static func equal(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        zeroBytes(word ^ repeating(byte))
    }

    /// The bytes of `word` at or above `byte` (0x80 or more).
    @inline(__always)
    public static func atLeast(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        precondition(byte >= 0x80)
        // With the high bit set, b ≥ byte when its low seven bits reach byte's: adding 0x80 minus those
        // carries into the high bit exactly then, and never past it.
        return ((word & low7) &+ repeating(0x80 &- (byte & 0x7F))) & word & high
    }

    /// `word` with its bytes `A`–`Z` made `a`–`z` and every other byte, 0x80 or more included, as it was.
    @inline(__always)
    public static func asciiLowercased(_ word: UInt64) -> UInt64 {
        // On the low seven bits, which cannot carry out of their byte, b + 0x3F reaches the high bit
        // from `A` on, and b + 0x25 from the byte after `Z`; bytes from 0x80 are left out.
        let low = word & low7
        let upper = (low &+ repeating(0x3F)) & ~(low &+ repeating(0x25)) & ~word & high
        return word | upper >> 2
    }
}
