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
}
