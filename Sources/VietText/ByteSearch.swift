import Foundation

/// Exact substring search on UTF-8 bytes.
///
/// Text in the pipeline is NFC, so an exact byte search finds what a reader would, and on Linux it
/// runs far faster than Foundation's `contains` and `range(of:)`, which fold and normalise every
/// character they compare.
extension StringProtocol {
    /// Whether `needle`'s UTF-8 bytes occur in this text.
    ///
    /// Inlinable, like the searches below: a generic call across modules would run unspecialised, and
    /// cost more than the search of a title.
    @inlinable
    public func containsBytes(_ needle: some StringProtocol) -> Bool {
        withUTF8Bytes(alongside: needle) { text, needle in ByteScan.firstIndex(of: needle, in: text, from: 0) != nil }
            ?? (byteRange(of: needle) != nil)
    }

    /// Whether this text begins with `prefix`'s UTF-8 bytes: `hasPrefix` without comparing by `Character`.
    ///
    /// Inlinable, so that callers get it specialised for `String` and `Substring` and compare with `memcmp`.
    @inlinable
    public func startsWithBytes(_ prefix: some StringProtocol) -> Bool {
        withUTF8Bytes(alongside: prefix) { text, prefix in
            prefix.count <= text.count && (prefix.isEmpty || memcmp(text.baseAddress!, prefix.baseAddress!, prefix.count) == 0)
        } ?? utf8.starts(with: prefix.utf8)
    }

    /// Whether this text ends with `suffix`'s UTF-8 bytes.
    @inlinable
    public func endsWithBytes(_ suffix: some StringProtocol) -> Bool {
        withUTF8Bytes(alongside: suffix) { text, suffix in
            suffix.count <= text.count
                && (suffix.isEmpty || memcmp(text.baseAddress! + (text.count - suffix.count), suffix.baseAddress!, suffix.count) == 0)
        } ?? utf8.reversed().starts(with: suffix.utf8.reversed())
    }

    /// `body` given this text's UTF-8 and `other`'s, both in place; `nil` when either is not contiguous
    /// (a bridged string), for the caller to answer another way.
    @inlinable
    func withUTF8Bytes<Result>(
        alongside other: some StringProtocol, _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result? {
        let result = utf8.withContiguousStorageIfAvailable { text in other.utf8.withContiguousStorageIfAvailable { body(text, $0) } }
        return result ?? nil
    }

    /// The range of the first occurrence of `needle`'s UTF-8 bytes at or after `start`, or `nil`.
    @inlinable
    public func byteRange(of needle: some StringProtocol, from start: Index? = nil) -> Range<Index>? {
        let haystack = utf8
        let begin = start ?? haystack.startIndex
        let offset = haystack.distance(from: haystack.startIndex, to: begin)
        let length = needle.utf8.count
        guard length > 0 else { return nil }
        let found: Int? =
            withUTF8Bytes(alongside: needle) { text, needle in ByteScan.firstIndex(of: needle, in: text, from: offset) }
            ?? Array(haystack).withUnsafeBufferPointer { ByteScan.firstIndex(of: Array(needle.utf8), in: $0, from: offset) }
        guard let found else { return nil }
        return indices(utf8: found..<found + length)
    }

    /// The indices of the text between two UTF-8 offsets from its start (on scalar boundaries): for
    /// slicing a string by offsets found in its bytes. (A slice made a `String` is validated again;
    /// ``Swift/String/slice(utf8:)`` copies it unchecked.)
    @inlinable
    public func indices(utf8 range: Range<Int>) -> Range<Index> {
        let lower = utf8.index(startIndex, offsetBy: range.lowerBound)
        return lower..<utf8.index(lower, offsetBy: range.count)
    }
}

/// Searching raw UTF-8 buffers with the C library's vectorised `memchr` and `memcmp`.
public enum ByteScan {
    /// The offset of the first `byte` in `buffer` at or after `offset`, or `nil`: one `memchr`, with no
    /// pattern to build.
    public static func firstIndex(of byte: UInt8, in buffer: UnsafeBufferPointer<UInt8>, from offset: Int) -> Int? {
        let start = Swift.max(0, offset)
        guard let base = buffer.baseAddress, start < buffer.count,
            let found = memchr(base + start, Int32(byte), buffer.count - start)
        else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// The offset of the first occurrence of `pattern` in `buffer` at or after `offset`, or `nil`.
    public static func firstIndex(of pattern: [UInt8], in buffer: UnsafeBufferPointer<UInt8>, from offset: Int) -> Int? {
        pattern.withUnsafeBufferPointer { firstIndex(of: $0, in: buffer, from: offset) }
    }

    /// The offset of the first occurrence of `pattern` in `buffer` at or after `offset`, or `nil`.
    ///
    /// `memchr` looks for the pattern's rarest byte, not its first: the first is most often a common
    /// letter (`t`, `c`, `h`), where `memchr` would stop every few bytes.
    public static func firstIndex(of pattern: UnsafeBufferPointer<UInt8>, in buffer: UnsafeBufferPointer<UInt8>, from offset: Int) -> Int? {
        firstIndex(of: pattern, rare: rarestByteIndex(of: pattern), in: buffer, from: offset)
    }

    /// The offset of the first occurrence of `pattern` in `buffer` at or after `offset`, or `nil`.
    public static func firstIndex(of pattern: BytePattern, in buffer: UnsafeBufferPointer<UInt8>, from offset: Int) -> Int? {
        pattern.bytes.withUnsafeBufferPointer { firstIndex(of: $0, rare: pattern.rare, in: buffer, from: offset) }
    }

    /// The search, with the offset in `pattern` of the byte `memchr` looks for.
    private static func firstIndex(
        of pattern: UnsafeBufferPointer<UInt8>, rare: Int, in buffer: UnsafeBufferPointer<UInt8>, from offset: Int
    ) -> Int? {
        let count = buffer.count, length = pattern.count
        guard let base = buffer.baseAddress, let needle = pattern.baseAddress, length > 0, length <= count else { return nil }
        let rareByte = Int32(pattern[rare])
        var start = Swift.max(0, offset)
        let last = count - length
        while start <= last {
            guard let hit = memchr(base + start + rare, rareByte, last - start + 1) else { return nil }
            let index = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) - rare
            if memcmp(base + index, needle, length) == 0 { return index }
            start = index + 1
        }
        return nil
    }

    /// The offset of the last ASCII digit in `bytes`, or `nil`: whatever must be followed by a number
    /// cannot start after it.
    public static func lastASCIIDigit(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        // Sixteen bytes at a time in a vector register, from the end, until a block holds a digit: its
        // highest digit lane is the last digit. The bytes before the last block read, fewer than
        // sixteen, are read as the first sixteen of the text (the others among them were read and
        // hold none); a text shorter than sixteen bytes, one byte at a time.
        let zero = SIMD16<UInt8>(repeating: 0x30), ten = SIMD16<UInt8>(repeating: 10)
        /// The offset of the last digit of the sixteen bytes from `start`, if any.
        func lastDigit(from start: Int) -> Int? {
            // Bytes below `0` wrap around to 0xC6 and above.
            let digits = ByteVector.load(base + start) &- zero .< ten
            return ByteVector.any(digits) ? start + 31 - ByteVector.laneBits(digits).leadingZeroBitCount : nil
        }
        var end = bytes.count
        while end >= 16 {
            if let last = lastDigit(from: end - 16) { return last }
            end -= 16
        }
        guard end > 0 else { return nil }
        if bytes.count >= 16 { return lastDigit(from: 0) }
        while end > 0 {
            end -= 1
            if base[end] &- 0x30 < 10 { return end }
        }
        return nil
    }

    /// The number of scalars in `bytes` of valid UTF-8: the bytes that are not continuation bytes
    /// (`10xxxxxx`), counted sixteen at a time in a vector register.
    public static func scalarCount(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let count = bytes.count
        var continuations = 0
        var index = 0
        let high2 = SIMD16<UInt8>(repeating: 0xC0), continuation = SIMD16<UInt8>(repeating: 0x80)
        // Each lane of `lanes` counts the continuation bytes seen at its position, for up to 255 blocks
        // so that none overflows; the lanes are added up once per round.
        while index + 16 <= count {
            var lanes = SIMD16<UInt8>()
            let lastLoad = min(count - 16, index + 16 * 254)
            repeat {
                let block = ByteVector.load(base + index)
                lanes &+= SIMD16<UInt8>().replacing(with: 1, where: block & high2 .== continuation)
                index += 16
            } while index <= lastLoad
            continuations += Int(SIMD16<UInt16>(truncatingIfNeeded: lanes).wrappedSum())
        }
        while index < count {
            if base[index] & 0xC0 == 0x80 { continuations += 1 }
            index += 1
        }
        return count - continuations
    }

    /// The offset in `pattern` of its least frequent byte in Vietnamese text, the first of equals.
    static func rarestByteIndex(of pattern: UnsafeBufferPointer<UInt8>) -> Int {
        frequencyClasses.withUnsafeBufferPointer { classes in
            var rare = 0
            for index in pattern.indices.dropFirst() where classes[Int(pattern[index])] < classes[Int(pattern[rare])] { rare = index }
            return rare
        }
    }

    /// How common each byte value is in UTF-8 Vietnamese plan text: 6 × log2 of its count per million
    /// bytes of the bundled corpus, 0 for a byte the corpus never has. Space is the most common (99).
    static let frequencyClasses: [UInt8] = [
         0,  0,  0,  0,  0,  0,  0,  0,  0,  0, 78,  0,  0,  0,  0,  0,  // 0_
         0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  // 1_
        99,  0, 39, 54,  0, 30,  0,  0, 54, 61, 65, 39, 84, 69, 72, 63,  // 2_
        67, 63, 69, 58, 53, 59, 51, 50, 49, 46, 56, 68,  0,  0,  0,  0,  // 3_
         0, 46, 63, 68, 59, 32,  0, 53, 65, 59,  0, 62, 57, 50, 69, 42,  // 4_
        64, 55, 36, 58, 71, 60, 56, 42, 47, 45,  0,  0,  0,  0,  0,  0,  // 5_
         0, 84, 71, 91, 72, 67,  0, 88, 95, 89,  0, 76, 71, 77, 96, 82,  // 6_
        79, 73, 79, 76, 91, 84, 79,  0, 68, 77,  0,  0,  0,  0,  0,  0,  // 7_
        59, 69, 39, 77,  0, 44, 41, 77, 30, 68, 45, 73, 32, 64,  0, 38,  // 8_
        64, 85, 28, 57, 30, 72,  0, 43, 37, 72,  0, 71, 52, 66, 32, 67,  // 9_
        79, 85, 71, 76, 32, 73, 54, 74, 46, 72, 70, 58, 65, 73,  0, 62,  // A_
        76, 72, 53, 66, 71, 43,  0, 55,  0, 50, 86, 96,  0, 56, 40, 72,  // B_
         0,  0,  0, 92, 85, 41, 80,  0,  0,  0,  0,  0,  0,  0,  0,  0,  // C_
         0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  // D_
         0, 98, 58,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  // E_
         0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  // F_
    ]
}

/// A pattern searched for often, with its rarest byte found once rather than on every search.
public struct BytePattern: Sendable {
    /// The pattern's UTF-8.
    public let bytes: [UInt8]
    /// The offset of its least frequent byte.
    let rare: Int

    /// The pattern of `text`'s UTF-8.
    public init(_ text: String) {
        bytes = Array(text.utf8)
        rare = bytes.withUnsafeBufferPointer(ByteScan.rarestByteIndex)
    }
}

/// Several byte patterns found in one pass over a text: for many patterns, one pass that looks up
/// each byte beats one `memchr` search per pattern, which stops at every common letter.
public struct BytePatternSet: Sendable {
    /// The patterns' bytes, one after another.
    private let bytes: [UInt8]
    /// Where each pattern starts in ``bytes``, and where the last ends.
    private let bounds: [Int]
    /// For each byte value, the range of ``byFirstByte`` that lists the patterns starting with it.
    private let starts: [Int]
    /// Pattern indices grouped by their first byte, each group in the order given.
    private let byFirstByte: [Int]
    /// A bit for each pair of bytes that begins a pattern (any second byte for a one-byte pattern):
    /// most offsets are passed over on one test.
    private let openingPairs: [UInt64]
    /// The distinct first bytes of the patterns, each in every lane of a vector, when they are few
    /// enough (``maxVectorFirstBytes``) to be sought sixteen bytes at a time; else empty.
    private let firstByteVectors: [SIMD16<UInt8>]

    /// The most first bytes sought in vector registers: each costs two instructions for every sixteen
    /// bytes, against some seven a byte for the scan one byte at a time. (Seeking the pairs of bytes
    /// that begin the patterns, not their first bytes, cost more than the bytes it passed over.)
    public static let maxVectorFirstBytes = 12

    /// Creates a set of patterns; empty patterns are never found.
    public init(_ patterns: [[UInt8]]) {
        let firstBytes = Set(patterns.compactMap(\.first)).sorted()
        firstByteVectors = firstBytes.count <= Self.maxVectorFirstBytes ? firstBytes.map { SIMD16(repeating: $0) } : []
        bytes = patterns.flatMap { $0 }
        var bounds = [0]
        for pattern in patterns { bounds.append(bounds[bounds.count - 1] + pattern.count) }
        self.bounds = bounds
        var groups = [[Int]](repeating: [], count: 256)
        for (index, pattern) in patterns.enumerated() {
            if let first = pattern.first { groups[Int(first)].append(index) }
        }
        var starts = [0]
        for group in groups { starts.append(starts[starts.count - 1] + group.count) }
        self.starts = starts
        byFirstByte = groups.flatMap { $0 }
        var pairs = [UInt64](repeating: 0, count: 65536 / 64)
        for pattern in patterns where !pattern.isEmpty {
            let seconds = pattern.count > 1 ? [Int(pattern[1])] : Array(0..<256)
            for second in seconds {
                let pair = Int(pattern[0]) << 8 | second
                pairs[pair >> 6] |= 1 << UInt64(pair & 63)
            }
        }
        openingPairs = pairs
    }

    /// Calls `found` with the offset and pattern index of every occurrence, by offset and, at one
    /// offset, in the patterns' order.
    ///
    /// - Parameter isCandidate: Whether an occurrence may start at an offset; asked only of offsets
    ///   where a pattern occurs.
    public func forEachMatch(
        in buffer: UnsafeBufferPointer<UInt8>, where isCandidate: (Int) -> Bool = { _ in true }, _ found: (_ offset: Int, _ pattern: Int) -> Void
    ) {
        starts.withUnsafeBufferPointer { starts in
            byFirstByte.withUnsafeBufferPointer { byFirstByte in
                bounds.withUnsafeBufferPointer { bounds in
                    bytes.withUnsafeBufferPointer { bytes in
                        openingPairs.withUnsafeBufferPointer { openingPairs in
                            firstByteVectors.withUnsafeBufferPointer { firstByteVectors in
                                let tables = Tables(
                                    starts: starts, byFirstByte: byFirstByte, bounds: bounds, bytes: bytes, openingPairs: openingPairs,
                                    firstByteVectors: firstByteVectors)
                                Self.scan(buffer, tables, isCandidate, found)
                            }
                        }
                    }
                }
            }
        }
    }

    /// The set's arrays, borrowed for one scan.
    private struct Tables {
        var starts, byFirstByte, bounds: UnsafeBufferPointer<Int>
        var bytes: UnsafeBufferPointer<UInt8>
        var openingPairs: UnsafeBufferPointer<UInt64>
        var firstByteVectors: UnsafeBufferPointer<SIMD16<UInt8>>
    }

    private static func scan(
        _ text: UnsafeBufferPointer<UInt8>, _ tables: Tables, _ isCandidate: (Int) -> Bool, _ found: (Int, Int) -> Void
    ) {
        guard let bytes = text.baseAddress, let pairs = tables.openingPairs.baseAddress else { return }
        let count = text.count
        /// Tries every pattern that starts with the byte at `offset`.
        func tryPatterns(at offset: Int) {
            let first = Int(bytes[offset])
            for slot in tables.starts[first]..<tables.starts[first + 1] {
                let index = tables.byFirstByte[slot]
                let patternStart = tables.bounds[index], length = tables.bounds[index + 1] - patternStart
                guard offset + length <= count else { continue }
                var matched = 1
                while matched < length && bytes[offset + matched] == tables.bytes[patternStart + matched] { matched += 1 }
                if matched == length && isCandidate(offset) { found(offset, index) }
            }
        }
        /// Tries the patterns at `offset`, whose byte begins one, unless the next byte rules them out:
        /// of the bytes that begin a pattern, most are not followed by a second byte of one.
        func tryOpening(at offset: Int) {
            if offset + 1 < count {
                let pair = Int(bytes[offset]) &<< 8 | Int(bytes[offset + 1])
                guard pairs[pair &>> 6] & (1 &<< UInt64(pair & 63)) != 0 else { return }
            }
            tryPatterns(at: offset)
        }
        var offset = 0
        // With few first bytes, sixteen bytes at a time: a lane for each byte that begins a pattern.
        if let firstBytes = tables.firstByteVectors.baseAddress, !tables.firstByteVectors.isEmpty {
            let firstByteCount = tables.firstByteVectors.count
            while offset + 16 <= count {
                let block = ByteVector.load(bytes + offset)
                var opens = block .== firstBytes[0]
                for index in 1..<firstByteCount { opens = opens .| block .== firstBytes[index] }
                var lanes = ByteVector.laneBits(opens)
                while lanes != 0 {
                    tryOpening(at: offset + lanes.trailingZeroBitCount)
                    lanes &= lanes &- 1
                }
                offset += 16
            }
        }
        while offset < count {
            // Most bytes start no pattern.
            let first = Int(bytes[offset])
            if tables.starts[first] != tables.starts[first + 1] { tryOpening(at: offset) }
            offset += 1
        }
    }
}
