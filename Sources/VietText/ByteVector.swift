/// Sixteen bytes in a vector register (`SIMD16<UInt8>`), for scans that test sixteen bytes at a time.
public enum ByteVector {
    /// The sixteen bytes from `pointer`, which need not be aligned.
    @inline(__always)
    public static func load(_ pointer: UnsafePointer<UInt8>) -> SIMD16<UInt8> {
        UnsafeRawPointer(pointer).loadUnaligned(as: SIMD16<UInt8>.self)
    }

    /// Whether any lane of `mask` is set, read as two 64-bit halves. The standard library's
    /// `any(_:)` takes the lanes' minimum one lane at a time wherever the compiler does not inline
    /// it: some thirty instructions for each sixteen bytes of the normaliser's pre-test.
    @inline(__always)
    public static func any(_ mask: SIMDMask<SIMD16<Int8>>) -> Bool {
        let halves = unsafeBitCast(mask, to: SIMD2<UInt64>.self)
        return halves[0] | halves[1] != 0
    }

    /// The lanes of `mask` that are set, as the bits of an integer (lane 0 the lowest): a loop over its
    /// set bits visits them in order, without a test of each lane.
    @inline(__always)
    public static func laneBits(_ mask: SIMDMask<SIMD16<Int8>>) -> UInt32 {
        let halves = unsafeBitCast(mask, to: SIMD2<UInt64>.self)
        // A set lane is 0xFF: its lowest bit, one a byte, is gathered into the top byte by one
        // multiplication, byte i's bit landing on bit 56 + i.
        let gather: UInt64 = 0x0102_0408_1020_4080, lowBits: UInt64 = 0x0101_0101_0101_0101
        let low = ((halves[0] & lowBits) &* gather) >> 56, high = ((halves[1] & lowBits) &* gather) >> 56
        return UInt32(truncatingIfNeeded: low | high << 8)
    }
}
