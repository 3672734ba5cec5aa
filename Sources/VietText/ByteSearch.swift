import Foundation

/// Exact substring search on UTF-8 bytes.
///
/// Text in the pipeline is NFC, so an exact byte search finds what a reader would, and on Linux it
/// runs far faster than Foundation's `contains` and `range(of:)`, which fold and normalise every
/// character they compare.
extension StringProtocol {
    /// Whether `needle`'s UTF-8 bytes occur in this text.
    public func containsBytes(_ needle: some StringProtocol) -> Bool {
        byteRange(of: needle) != nil
    }

    /// Whether this text begins with `prefix`'s UTF-8 bytes: `hasPrefix` without comparing by `Character`.
    public func startsWithBytes(_ prefix: some StringProtocol) -> Bool {
        utf8.starts(with: prefix.utf8)
    }

    /// Whether this text ends with `suffix`'s UTF-8 bytes.
    public func endsWithBytes(_ suffix: some StringProtocol) -> Bool {
        utf8.reversed().starts(with: suffix.utf8.reversed())
    }

    /// The range of the first occurrence of `needle`'s UTF-8 bytes at or after `start`, or `nil`.
    public func byteRange(of needle: some StringProtocol, from start: Index? = nil) -> Range<Index>? {
        let haystack = utf8
        let begin = start ?? haystack.startIndex
        let offset = haystack.distance(from: haystack.startIndex, to: begin)
        let length = needle.utf8.count
        guard length > 0 else { return nil }
        let found: Int? =
            haystack.withContiguousStorageIfAvailable { buffer -> Int? in
                needle.utf8.withContiguousStorageIfAvailable { ByteScan.firstIndex(of: $0, in: buffer, from: offset) }
                    ?? ByteScan.firstIndex(of: Array(needle.utf8), in: buffer, from: offset)
            }
            ?? Array(haystack).withUnsafeBufferPointer { ByteScan.firstIndex(of: Array(needle.utf8), in: $0, from: offset) }
        guard let found else { return nil }
        let lower = haystack.index(haystack.startIndex, offsetBy: found)
        return lower..<haystack.index(lower, offsetBy: length)
    }
}

/// Searching raw UTF-8 buffers with the C library's vectorised `memchr` and `memcmp`.
public enum ByteScan {
    /// The offset of the first occurrence of `pattern` in `buffer` at or after `offset`, or `nil`.
    public static func firstIndex(of pattern: [UInt8], in buffer: UnsafeBufferPointer<UInt8>, from offset: Int) -> Int? {
        pattern.withUnsafeBufferPointer { firstIndex(of: $0, in: buffer, from: offset) }
    }

    /// The offset of the first occurrence of `pattern` in `buffer` at or after `offset`, or `nil`.
    public static func firstIndex(of pattern: UnsafeBufferPointer<UInt8>, in buffer: UnsafeBufferPointer<UInt8>, from offset: Int) -> Int? {
        let count = buffer.count, length = pattern.count
        guard let base = buffer.baseAddress, let needle = pattern.baseAddress, let first = pattern.first, length <= count
        else { return nil }
        var start = Swift.max(0, offset)
        let last = count - length
        while start <= last {
            guard let hit = memchr(base + start, Int32(first), last - start + 1) else { return nil }
            let index = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if length == 1 || memcmp(base + index + 1, needle + 1, length - 1) == 0 { return index }
            start = index + 1
        }
        return nil
    }
}

/// Several byte patterns found in one pass over a text: for many patterns, one pass that looks up
/// each byte beats one `memchr` search per pattern, which stops at every common letter.
public struct BytePatternSet: Sendable {
    /// The patterns, in the order given.
    public let patterns: [[UInt8]]
    /// For each byte value, the range of ``byFirstByte`` that lists the patterns starting with it.
    private let starts: [Int]
    /// Pattern indices grouped by their first byte, each group in the order given.
    private let byFirstByte: [Int]

    /// Creates a set of patterns; empty patterns are never found.
    public init(_ patterns: [[UInt8]]) {
        self.patterns = patterns
        var groups = [[Int]](repeating: [], count: 256)
        for (index, pattern) in patterns.enumerated() {
            if let first = pattern.first { groups[Int(first)].append(index) }
        }
        var starts = [0]
        for group in groups { starts.append(starts[starts.count - 1] + group.count) }
        self.starts = starts
        self.byFirstByte = groups.flatMap { $0 }
    }

    /// Calls `found` with the offset and pattern index of every occurrence, by offset and, at one
    /// offset, in the patterns' order.
    ///
    /// - Parameter isCandidate: Whether an occurrence may start at an offset (`true` to try every one).
    public func forEachMatch(
        in buffer: UnsafeBufferPointer<UInt8>, where isCandidate: (Int) -> Bool = { _ in true }, _ found: (_ offset: Int, _ pattern: Int) -> Void
    ) {
        guard let base = buffer.baseAddress else { return }
        let count = buffer.count
        starts.withUnsafeBufferPointer { starts in
            byFirstByte.withUnsafeBufferPointer { byFirstByte in
                for offset in 0..<count {
                    let first = Int(base[offset])
                    let lower = starts[first], upper = starts[first + 1]
                    guard lower < upper, isCandidate(offset) else { continue }
                    for slot in lower..<upper {
                        let index = byFirstByte[slot]
                        let length = patterns[index].count
                        guard offset + length <= count else { continue }
                        let matches = patterns[index].withUnsafeBufferPointer { pattern in
                            length == 1 || (base[offset + 1] == pattern[1] && memcmp(base + offset + 1, pattern.baseAddress! + 1, length - 1) == 0)
                        }
                        if matches { found(offset, index) }
                    }
                }
            }
        }
    }
}
