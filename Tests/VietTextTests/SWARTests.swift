import Testing
import VietText

@Suite struct SWARTests {
    /// Words whose bytes take every value in every position, with every value beside each.
    private static let words: [UInt64] = {
        var words: [UInt64] = []
        for byte in 0...255 {
            for position in 0..<8 {
                var word: UInt64 = 0
                for other in 0..<8 {
                    let value: Int = other == position ? byte : (byte * 37 + other * 91) & 0xFF
                    word |= UInt64(value) << UInt64(8 * other)
                }
                words.append(word)
            }
        }
        return words
    }()

    private static func bytes(of word: UInt64) -> [UInt8] {
        (0..<8).map { UInt8(truncatingIfNeeded: word >> (8 * $0)) }
    }

    /// The answer a byte-by-byte test gives.
    private static func expected(_ word: UInt64, _ test: (UInt8) -> Bool) -> UInt64 {
        bytes(of: word).enumerated().reduce(0) { $0 | (test($1.element) ? 0x80 << (8 * UInt64($1.offset)) : 0) }
    }

    @Test func equalMarksExactlyTheEqualBytes() {
        for word in Self.words {
            for byte: UInt8 in [0x00, 0x09, 0x7F, 0x80, 0xC0, 0xE1, 0xFF] {
                #expect(SWAR.equal(word, byte) == Self.expected(word) { $0 == byte }, "\(String(word, radix: 16)) \(byte)")
            }
            #expect(SWAR.zeroBytes(word) == Self.expected(word) { $0 == 0 })
        }
    }

    @Test func atLeastMarksExactlyTheBytesAtOrAbove() {
        for word in Self.words {
            for byte: UInt8 in [0x80, 0x81, 0xC0, 0xC3, 0xCC, 0xFF] {
                #expect(SWAR.atLeast(word, byte) == Self.expected(word) { $0 >= byte }, "\(String(word, radix: 16)) \(byte)")
            }
        }
    }

    @Test func asciiLowercasedLowersExactlyTheCapitals() {
        // The words of every byte value in every position, beside ASCII and beside bytes from 0x80, and
        // the same with the high bits cleared: every ASCII byte in every position.
        let words = Set(Self.words + Self.words.map { $0 & SWAR.low7 })
        #expect(words.count >= 256 * 8)
        for word in words {
            let expected = Self.bytes(of: word).enumerated().reduce(UInt64(0)) {
                $0 | UInt64($1.element >= 0x41 && $1.element <= 0x5A ? $1.element + 0x20 : $1.element) << (8 * UInt64($1.offset))
            }
            #expect(SWAR.asciiLowercased(word) == expected, "\(String(word, radix: 16))")
        }
    }
}
