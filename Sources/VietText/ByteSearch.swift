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
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return nil }
        let begin = start ?? haystack.startIndex
        let found: Int? = haystack.withContiguousStorageIfAvailable { buffer -> Int? in
            let offset = haystack.distance(from: haystack.startIndex, to: begin)
            return Self.search(buffer, pattern, first, from: offset)
        } ?? {
            let bytes = Array(haystack)
            return bytes.withUnsafeBufferPointer {
                Self.search($0, pattern, first, from: haystack.distance(from: haystack.startIndex, to: begin))
            }
        }()
        guard let found else { return nil }
        let lower = haystack.index(haystack.startIndex, offsetBy: found)
        return lower..<haystack.index(lower, offsetBy: pattern.count)
    }

    private static func search(_ buffer: UnsafeBufferPointer<UInt8>, _ pattern: [UInt8], _ first: UInt8, from offset: Int) -> Int? {
        ByteScan.firstIndex(of: pattern, in: buffer, from: offset)
    }
}

/// Searching raw UTF-8 buffers with the C library's vectorised `memchr` and `memcmp`.
public enum ByteScan {
    /// The offset of the first occurrence of `pattern` in `buffer` at or after `offset`, or `nil`.
    public static func firstIndex(of pattern: [UInt8], in buffer: UnsafeBufferPointer<UInt8>, from offset: Int) -> Int? {
        let count = buffer.count, length = pattern.count
        guard let base = buffer.baseAddress, let first = pattern.first, length <= count else { return nil }
        return pattern.withUnsafeBufferPointer { needle -> Int? in
            guard let needleBase = needle.baseAddress else { return nil }
            var start = Swift.max(0, offset)
            let last = count - length
            while start <= last {
                guard let hit = memchr(base + start, Int32(first), last - start + 1) else { return nil }
                let index = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if length == 1 || memcmp(base + index + 1, needleBase + 1, length - 1) == 0 { return index }
                start = index + 1
            }
            return nil
        }
    }
}
