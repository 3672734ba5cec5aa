import Testing
import VietText

@Suite struct ByteVectorTests {
    @Test func anySeesEachLaneAndNoneWhenAllAreClear() {
        // A byte equal to `x` in one lane at a time, of sixteen loaded from each offset of a longer run.
        let bytes = Array("Kế hoạch thi đua số 12/KH-UBND".utf8)
        bytes.withUnsafeBufferPointer { buffer in
            for offset in 0...(buffer.count - 16) {
                let vector = ByteVector.load(buffer.baseAddress! + offset)
                #expect(Array(0..<16).map { vector[$0] } == Array(buffer[offset..<(offset + 16)]))
                for lane in 0..<16 {
                    #expect(ByteVector.any(vector .== SIMD16(repeating: buffer[offset + lane])), "lane \(lane)")
                }
                #expect(!ByteVector.any(vector .== SIMD16(repeating: UInt8(ascii: "x"))))
            }
        }
        for lane in 0..<16 {
            var lanes = SIMD16<UInt8>()
            lanes[lane] = 1
            #expect(ByteVector.any(lanes .== 1) && !ByteVector.any(lanes .== 2), "lane \(lane)")
        }
    }

    @Test func laneBitsSetTheBitOfEachSetLane() {
        // Every single lane, and masks of many lanes drawn from the bits of a counter.
        for lane in 0..<16 {
            var lanes = SIMD16<UInt8>()
            lanes[lane] = 1
            #expect(ByteVector.laneBits(lanes .== 1) == 1 << lane, "lane \(lane)")
        }
        for pattern in stride(from: UInt32(0), through: 0xFFFF, by: 97) {
            var lanes = SIMD16<UInt8>()
            for lane in 0..<16 where pattern >> lane & 1 != 0 { lanes[lane] = 7 }
            #expect(ByteVector.laneBits(lanes .== 7) == pattern, "\(pattern)")
        }
        #expect(ByteVector.laneBits(SIMD16<UInt8>() .== 1) == 0)
    }
}
