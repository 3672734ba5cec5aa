import Testing
import VietText

@Suite struct ByteSearchTests {
    static let text = Array(
        "Trước ngày 15/11 hằng năm, các cơ quan, đơn vị gửi hồ sơ đề nghị khen thưởng về Sở Nội vụ; trong tháng 12 tổ chức sơ kết, tổng kết. Khen thưởng thường xuyên: Bằng khen của Chủ tịch UBND tỉnh (khi sơ kết).".utf8)

    /// Every occurrence of `pattern` in `text`, by plain comparison.
    static func occurrences(of pattern: [UInt8], in text: [UInt8]) -> [Int] {
        guard !pattern.isEmpty, pattern.count <= text.count else { return [] }
        return (0...(text.count - pattern.count)).filter { Array(text[$0..<($0 + pattern.count)]) == pattern }
    }

    /// Patterns cut from the text itself (so most are found, some several times) and some that are not in it.
    static var patterns: [[UInt8]] {
        var patterns: [[UInt8]] = ["trong ", "khen thưởng", "Khen", "zz", "ậ", ",", "kết.", "UBND tỉnh (khi"].map { Array($0.utf8) }
        for start in stride(from: 0, to: text.count - 12, by: 5) {
            for length in [1, 2, 3, 5, 8, 12] { patterns.append(Array(text[start..<(start + length)])) }
        }
        return patterns
    }

    @Test func firstIndexFindsWhatAPlainSearchFinds() {
        var mismatches: [String] = []
        for pattern in Self.patterns {
            let all = Self.occurrences(of: pattern, in: Self.text)
            for offset in stride(from: 0, through: Self.text.count, by: 9) {
                let found = Self.text.withUnsafeBufferPointer { ByteScan.firstIndex(of: pattern, in: $0, from: offset) }
                if found != all.first(where: { $0 >= offset }) { mismatches.append("\(String(decoding: pattern, as: UTF8.self)) from \(offset)") }
                // A pattern cut inside a scalar is not a string; the others are searched as a `BytePattern` too.
                if let text = String(validating: pattern, as: UTF8.self),
                    Self.text.withUnsafeBufferPointer({ ByteScan.firstIndex(of: BytePattern(text), in: $0, from: offset) }) != found
                {
                    mismatches.append("pattern \(text) from \(offset)")
                }
            }
        }
        #expect(mismatches == [])
        #expect(Self.text.withUnsafeBufferPointer { ByteScan.firstIndex(of: [], in: $0, from: 0) } == nil)
    }

    /// The string helpers answer as a plain search of the bytes does, on strings and substrings.
    @Test func stringHelpersAgreeWithAPlainSearch() {
        let text = String(decoding: Self.text, as: UTF8.self)
        let slice = text.dropFirst(7).dropLast(5)
        let sliceBytes = Array(slice.utf8)
        for pattern in Self.patterns {
            guard let needle = String(validating: pattern, as: UTF8.self) else { continue }
            for (haystack, bytes) in [(Substring(text), Self.text), (slice, sliceBytes)] {
                let first = Self.occurrences(of: pattern, in: bytes).first
                #expect(haystack.containsBytes(needle) == (first != nil), "\(needle)")
                #expect(String(haystack).containsBytes(Substring(needle)) == (first != nil), "\(needle)")
                #expect(haystack.startsWithBytes(needle) == bytes.starts(with: pattern), "\(needle)")
                #expect(haystack.endsWithBytes(needle) == bytes.reversed().starts(with: pattern.reversed()), "\(needle)")
                let range = haystack.byteRange(of: needle)
                #expect(range.map { haystack.utf8.distance(from: haystack.startIndex, to: $0.lowerBound) } == first, "\(needle)")
            }
        }
    }

    @Test func patternSetFindsEveryOccurrenceInOrder() {
        let patterns = Self.patterns
        var expected: [[Int]] = []
        for (index, pattern) in patterns.enumerated() {
            for offset in Self.occurrences(of: pattern, in: Self.text) { expected.append([offset, index]) }
        }
        expected.sort { ($0[0], $0[1]) < ($1[0], $1[1]) }
        var found: [[Int]] = []
        Self.text.withUnsafeBufferPointer { buffer in
            BytePatternSet(patterns).forEachMatch(in: buffer) { offset, index in found.append([offset, index]) }
        }
        #expect(found == expected)
        #expect(found.count > patterns.count)
    }

    /// A set with few first bytes is searched sixteen bytes at a time: it finds what a plain search
    /// finds, from every alignment of the text, across the boundaries of its blocks and in the bytes
    /// after the last whole block.
    @Test func patternSetWithFewFirstBytesFindsEveryOccurrenceInOrder() {
        let patterns = ["trước ", "Trước ", "trong ", "tháng", "khen", "kết", "sơ", "hồ sơ", "ị", "Sở Nội vụ;"].map { Array($0.utf8) }
        #expect(Set(patterns.map { $0[0] }).count <= BytePatternSet.maxVectorFirstBytes)
        let set = BytePatternSet(patterns)
        for start in 0..<17 {
            let text = Array(Self.text[start...])
            var expected: [[Int]] = []
            for (index, pattern) in patterns.enumerated() {
                for offset in Self.occurrences(of: pattern, in: text) { expected.append([offset, index]) }
            }
            expected.sort { ($0[0], $0[1]) < ($1[0], $1[1]) }
            var found: [[Int]] = []
            text.withUnsafeBufferPointer { buffer in set.forEachMatch(in: buffer) { offset, index in found.append([offset, index]) } }
            #expect(found == expected, "from \(start)")
            #expect(found.count >= 12, "from \(start)")
        }
    }

    @Test func patternSetOffersOnlyCandidateOffsets() {
        let set = BytePatternSet(["kết", "khen"].map { Array($0.utf8) })
        var found: [Int] = []
        Self.text.withUnsafeBufferPointer { buffer in
            set.forEachMatch(in: buffer, where: { $0 == 0 || buffer[$0 - 1] == 0x20 }) { offset, _ in found.append(offset) }
        }
        let words = Self.occurrences(of: Array(" kết".utf8), in: Self.text) + Self.occurrences(of: Array(" khen".utf8), in: Self.text)
        #expect(found == words.map { $0 + 1 }.sorted())
        #expect(found.count == 5)  // sơ kết, tổng kết, sơ kết; đề nghị khen, Bằng khen
    }
}

extension ByteSearchTests {
    @Test func scalarCountIsTheNumberOfScalars() {
        // The long texts take more than one round of the per-lane counters (254 blocks of sixteen
        // bytes); in the first, every other byte of every block is a continuation byte.
        let long = [String(repeating: "ư", count: 3_000), String(repeating: "Trước ngày 15/11 hằng năm ", count: 200)]
        for text in ["", "a", "Kế hoạch", "Trước ngày 15/11 hằng năm 𝕏 👩‍💻 – “Đổi mới”", String(repeating: "ệ", count: 33)] + long {
            let bytes = Array(text.utf8)
            for start in 0...min(bytes.count, 9) {
                // Cut on scalar boundaries only.
                guard start == bytes.count || bytes[start] & 0xC0 != 0x80 else { continue }
                let expected = String(decoding: bytes[start...], as: UTF8.self).unicodeScalars.count
                #expect(bytes.withUnsafeBufferPointer { ByteScan.scalarCount(in: UnsafeBufferPointer(rebasing: $0[start...])) } == expected)
            }
        }
    }
}

extension ByteSearchTests {
    @Test func firstIndexOfAByteIsTheFirstAtOrAfterTheOffset() {
        // `Kế hoạch` is 12 bytes (ế and ạ take three each), `số 12` 7.
        let bytes = Array("Kế hoạch\nsố 12\n".utf8)
        bytes.withUnsafeBufferPointer { buffer in
            #expect(ByteScan.firstIndex(of: UInt8(0x0A), in: buffer, from: 0) == 12)
            #expect(ByteScan.firstIndex(of: UInt8(0x0A), in: buffer, from: 12) == 12)
            #expect(ByteScan.firstIndex(of: UInt8(0x0A), in: buffer, from: 13) == 20)
            #expect(ByteScan.firstIndex(of: UInt8(0x0A), in: buffer, from: bytes.count) == nil)
            #expect(ByteScan.firstIndex(of: UInt8(0x0A), in: buffer, from: -3) == 12)
            #expect(ByteScan.firstIndex(of: UInt8(0), in: buffer, from: 0) == nil)
        }
    }

    @Test func lastASCIIDigitIsTheLastOne() {
        func last(_ text: String) -> Int? { Array(text.utf8).withUnsafeBufferPointer(ByteScan.lastASCIIDigit) }
        #expect(last("Trước ngày 15/11 hằng năm") == Array("Trước ngày 15/1".utf8).count)
        #expect(last("năm 2026") == Array("năm 202".utf8).count)
        #expect(last("không có số ٣") == nil)
        #expect(last("") == nil)
        // Every byte value at every offset of texts around sixteen-byte steps, against a plain search.
        for length in 1...35 {
            for offset in 0..<length {
                for value in UInt8(0)...255 where value % 7 == 0 || (0x2E...0x3B).contains(value) {
                    var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: length)
                    bytes[offset] = value
                    let expected = bytes.lastIndex { $0 >= 0x30 && $0 <= 0x39 }
                    #expect(bytes.withUnsafeBufferPointer(ByteScan.lastASCIIDigit) == expected, "\(length) \(offset) \(value)")
                }
            }
        }
        for length in 0...Self.text.count {
            let prefix = Array(Self.text.prefix(length))
            #expect(prefix.withUnsafeBufferPointer(ByteScan.lastASCIIDigit) == prefix.lastIndex { $0 >= 0x30 && $0 <= 0x39 })
        }
    }

    /// Slicing by UTF-8 offsets gives the text of those bytes, in a string and in a substring that
    /// does not start at its string's start, as indices and as a string of its own.
    @Test func indicesOfUTF8OffsetsSliceThoseBytes() {
        let text = String(decoding: Self.text, as: UTF8.self)
        let substring = text[text.index(text.startIndex, offsetBy: 6)...]
        for (whole, bytes) in [(Substring(text), Self.text), (substring, Array(substring.utf8))] {
            // Every range between two scalar boundaries, in steps that cross letters with marks.
            let boundaries = bytes.indices.filter { bytes[$0] & 0xC0 != 0x80 } + [bytes.count]
            for lower in boundaries where lower % 3 == 0 {
                for upper in boundaries where upper >= lower && upper % 5 == 0 {
                    #expect(Array(whole[whole.indices(utf8: lower..<upper)].utf8) == Array(bytes[lower..<upper]))
                    // And a string of its own, copied unchecked.
                    #expect(Array(String(whole).slice(utf8: lower..<upper).utf8) == Array(bytes[lower..<upper]))
                }
            }
        }
    }
}
