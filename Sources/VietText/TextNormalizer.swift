import Foundation

/// Normalises decoded text once, on input, so that every later stage sees one spelling of it.
///
/// - Line ends: CRLF and lone CR become LF, so the line count is that of the original file.
/// - Spaces: no-break and other fixed-width spaces and tabs become a plain space; zero-width
///   spaces, joiners, word joiners, soft hyphens and stray byte-order marks are removed.
///   None of these changes the number of lines.
/// - Unicode: composed to NFC, but only when the stdlib's quick check says the text is not already
///   NFC, and then by ``LatinComposition`` — Foundation's normaliser is slow, even on text that needs nothing.
public enum TextNormalizer {
    /// Returns `text` normalised.
    ///
    /// - Parameter text: Decoded text, in any normalisation form and with any line ends.
    /// - Returns: The same text in NFC with LF line ends and plain spaces.
    public static func normalize(_ text: String) -> String {
        var bytes = Array(text.utf8)
        if needsCleanup(bytes) { bytes = cleanedUp(bytes) }
        var result = String(decoding: bytes, as: UTF8.self)
        if !isNFC(result) { result = LatinComposition.compose(result) }
        return result
    }

    /// Whether `text` passes the stdlib's NFC quick check.
    public static func isNFC(_ text: String) -> Bool {
        var span = text.utf8Span
        return span.checkForNFC(quickCheck: true)
    }

    /// Whether any byte could start something that ``cleanedUp(_:)`` changes.
    private static func needsCleanup(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            for byte in buffer where byte == 0x0D || byte == 0x09 || byte == 0xC2 || byte == 0xE2 || byte == 0xE3
                || byte == 0xEF
            {
                return true
            }
            return false
        }
    }

    private static func cleanedUp(_ bytes: [UInt8]) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(bytes.count)
        let n = bytes.count
        var i = 0
        while i < n {
            let b = bytes[i]
            switch b {
            case 0x0D:
                out.append(0x0A)
                if i + 1 < n && bytes[i + 1] == 0x0A { i += 1 }
                i += 1
            case 0x09:
                out.append(0x20)
                i += 1
            case 0xC2 where i + 1 < n && (bytes[i + 1] == 0xA0 || bytes[i + 1] == 0xAD):
                if bytes[i + 1] == 0xA0 { out.append(0x20) }  // U+00A0 no-break space; U+00AD soft hyphen dropped
                i += 2
            case 0xE2 where i + 2 < n:
                let b1 = bytes[i + 1], b2 = bytes[i + 2]
                if b1 == 0x80 && (0x80...0x8A).contains(b2) || b1 == 0x80 && b2 == 0xAF || b1 == 0x80 && b2 == 0xA8
                    || b1 == 0x80 && b2 == 0xA9
                {
                    out.append(0x20)  // U+2000–U+200A, U+202F, U+2028, U+2029
                } else if b1 == 0x80 && (0x8B...0x8D).contains(b2) || b1 == 0x81 && b2 == 0xA0 {
                    // U+200B–U+200D zero-width space and joiners, U+2060 word joiner: dropped.
                } else {
                    out.append(contentsOf: bytes[i...(i + 2)])
                }
                i += 3
            case 0xE3 where i + 2 < n && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x80:
                out.append(0x20)  // U+3000 ideographic space
                i += 3
            case 0xEF where i + 2 < n && bytes[i + 1] == 0xBB && bytes[i + 2] == 0xBF:
                i += 3  // U+FEFF inside the text
            default:
                out.append(b)
                i += 1
            }
        }
        return out
    }
}
