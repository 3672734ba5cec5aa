import VietText

/// The normalised text of one source file, with its line map.
///
/// The text is NFC UTF-8 with LF line ends; line `n` of it is line `n` of the original file,
/// because normalisation never adds or removes a line end.
public struct SourceText: Sendable {
    /// The document's id: the file name without its extension.
    public let id: String
    /// The path as the user gave it (`-` for standard input).
    public let path: String
    /// The encoding the file arrived in.
    public let encoding: TextEncoding
    /// The normalised text as UTF-8 bytes, for reading byte by byte.
    public let utf8: [UInt8]
    /// The byte offset in ``utf8`` at which each line starts; line `n` starts at `lineStarts[n - 1]`.
    public let lineStarts: [Int]

    /// Creates source text from normalised text.
    ///
    /// - Parameters:
    ///   - normalizedText: Text already passed through ``TextNormalizer/normalize(_:)``.
    ///   - path: The path as given.
    ///   - encoding: The encoding the bytes were in.
    public init(normalizedText: String, path: String, encoding: TextEncoding = .utf8) {
        self.path = path
        self.id = SourceText.id(forPath: path)
        self.encoding = encoding
        self.utf8 = Array(normalizedText.utf8)
        self.lineStarts = SourceText.lineStarts(of: utf8)
    }

    /// Creates source text from the UTF-8 of normalised text (``TextDecoder/decodeNormalized(_:)``),
    /// which it keeps as it is: a file's bytes are not copied again.
    package init(normalizedUTF8 utf8: [UInt8], path: String, encoding: TextEncoding) {
        self.path = path
        self.id = SourceText.id(forPath: path)
        self.encoding = encoding
        self.utf8 = utf8
        self.lineStarts = SourceText.lineStarts(of: utf8)
    }

    /// Creates source text from any text, normalising it first.
    public init(text: String, path: String) {
        self.init(normalizedText: TextNormalizer.normalize(text), path: path)
    }

    /// The number of lines (a final line end does not start another line).
    public var lineCount: Int { lineStarts.count }

    /// The byte range of line `number` (1-based), without its line end.
    public func byteRange(ofLine number: Int) -> Range<Int> {
        let start = lineStarts[number - 1]
        var end = number < lineStarts.count ? lineStarts[number] - 1 : utf8.count
        // The last line may end with the file's final line end.
        if end > start && utf8[end - 1] == 0x0A { end -= 1 }
        return start..<max(start, end)
    }

    /// The text of line `number` (1-based), without its line end.
    public func line(_ number: Int) -> String {
        guard number >= 1 && number <= lineCount else { return "" }
        return String(decoding: utf8[byteRange(ofLine: number)], as: UTF8.self)
    }

    /// The whole normalised text, as a string: made from ``utf8`` when asked for (the pipeline reads
    /// the bytes), without validating them again, as they are valid UTF-8.
    public var text: String { String(validUTF8: utf8[...]) }

    /// The file name without directories and without its extension.
    public static func id(forPath path: String) -> String {
        if path == "-" { return "stdin" }
        // Read on the bytes: splitting the path into `Character`s cost some thirty thousand instructions.
        var path = path
        return path.withUTF8 { bytes in
            var end = bytes.count
            while end > 0 && bytes[end - 1] == UInt8(ascii: "/") { end -= 1 }
            guard end > 0 else { return String(decoding: bytes, as: UTF8.self) }
            var start = end
            while start > 0 && bytes[start - 1] != UInt8(ascii: "/") { start -= 1 }
            var stem = end
            if let dot = bytes[start..<end].lastIndex(of: UInt8(ascii: ".")), dot != start { stem = dot }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<stem]), as: UTF8.self)
        }
    }

    private static func lineStarts(of bytes: [UInt8]) -> [Int] {
        var starts = [0]
        bytes.withUnsafeBufferPointer { buffer in
            var from = 0
            while let end = ByteScan.firstIndex(of: UInt8(0x0A), in: buffer, from: from) {
                starts.append(end + 1)
                from = end + 1
            }
        }
        // A final line end does not begin another line.
        if starts.count > 1 && starts.last == bytes.count { starts.removeLast() }
        return starts
    }
}
