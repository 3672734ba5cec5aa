/// The encodings a text file may arrive in.
public enum TextEncoding: String, Sendable, Hashable, Codable {
    /// UTF-8 without a byte-order mark.
    case utf8
    /// UTF-8 that starts with the byte-order mark `EF BB BF`.
    case utf8WithBOM = "utf8-bom"
    /// UTF-16 little-endian, announced by the byte-order mark `FF FE`.
    case utf16LittleEndian = "utf16le"
    /// UTF-16 big-endian, announced by the byte-order mark `FE FF`.
    case utf16BigEndian = "utf16be"
}

/// Why a sequence of bytes is not acceptable text.
public enum TextDecodingError: Error, Hashable, Sendable {
    /// There are no bytes (or only a byte-order mark).
    case empty
    /// A NUL byte (or NUL code unit) at this byte offset: a binary file, or UTF-16 without a byte-order mark.
    case nulByte(offset: Int)
    /// The bytes are not valid UTF-8 from this byte offset on.
    case invalidUTF8(offset: Int)
    /// The UTF-16 code units are malformed (an odd length or an unpaired surrogate) at this byte offset.
    case invalidUTF16(offset: Int)

    /// A short, specific description, suitable after a file name.
    public var message: String {
        switch self {
        case .empty:
            return "file is empty"
        case .nulByte(let offset):
            return "NUL byte at byte offset \(offset): a binary file, or UTF-16 without a byte-order mark"
        case .invalidUTF8(let offset):
            return "not valid UTF-8 at byte offset \(offset)"
        case .invalidUTF16(let offset):
            return "not valid UTF-16 at byte offset \(offset)"
        }
    }
}

/// Text decoded from bytes, with the encoding it arrived in.
public struct DecodedText: Sendable, Hashable {
    /// The decoded text, exactly as the bytes said: not yet normalised.
    public var text: String
    /// The encoding the bytes were in.
    public var encoding: TextEncoding

    /// Creates decoded text.
    public init(text: String, encoding: TextEncoding) {
        self.text = text
        self.encoding = encoding
    }
}

/// Decodes bytes into text: UTF-8 with or without a byte-order mark, or UTF-16 with one.
///
/// Anything else — invalid UTF-8, NUL bytes, UTF-16 without a byte-order mark — is rejected
/// with the byte offset of the first problem, so that a user can look at the file.
public enum TextDecoder {
    /// Decodes `bytes`.
    ///
    /// - Parameter bytes: The raw content of a file.
    /// - Returns: The text and the encoding it was found in.
    /// - Throws: ``TextDecodingError`` naming the first offending byte offset.
    public static func decode(_ bytes: [UInt8]) throws(TextDecodingError) -> DecodedText {
        if bytes.starts(with: TextEncoding.utf8WithBOM.byteOrderMark) {
            return DecodedText(text: try decodeUTF8(bytes, from: 3), encoding: .utf8WithBOM)
        }
        if let utf16 = TextEncoding.utf16(announcedBy: bytes) {
            return DecodedText(text: String(validUTF8: try transcodeUTF16(bytes, bigEndian: utf16 == .utf16BigEndian)[...]), encoding: utf16)
        }
        return DecodedText(text: try decodeUTF8(bytes, from: 0), encoding: .utf8)
    }

    private static func decodeUTF8(_ bytes: [UInt8], from start: Int) throws(TextDecodingError) -> String {
        guard start < bytes.count else { throw .empty }
        return try bytes.withUnsafeBufferPointer { bytes throws(TextDecodingError) in
            if let nul = ByteScan.firstIndex(of: UInt8(0), in: bytes, from: start) { throw .nulByte(offset: nul) }
            if let invalid = UTF8Validation.firstInvalidOffset(in: bytes, from: start) { throw .invalidUTF8(offset: invalid) }
            return String(validUTF8: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
    }

    /// The UTF-8 of UTF-16 `bytes` (after their byte-order mark), validated as it is transcoded: the
    /// stdlib's UTF-16 decoding runs at ~20 MB/s, and it would substitute U+FFFD for a lone surrogate
    /// silently. A unit takes at most three bytes of UTF-8 (a surrogate pair four for its two).
    private static func transcodeUTF16(_ bytes: [UInt8], bigEndian: Bool) throws(TextDecodingError) -> [UInt8] {
        let unitCount = (bytes.count - 2) / 2
        guard unitCount > 0 else { throw .empty }
        if bytes.count % 2 != 0 { throw .invalidUTF16(offset: bytes.count - 1) }
        var failure: TextDecodingError?
        let utf8 = [UInt8](unsafeUninitializedCapacity: unitCount * 3) { out, written in
            (written, failure) = bytes.withUnsafeBytes { UTF16Transcoding.transcode($0, from: 2, into: out.baseAddress!, bigEndian: bigEndian) }
        }
        if let failure { throw failure }
        return utf8
    }
}

/// UTF-16 to UTF-8, checked as it goes.
enum UTF16Transcoding {
    /// Writes the UTF-8 of the code units of `source` from byte offset `start` (an even length of
    /// bytes) at `target`, which has room for three bytes a unit.
    ///
    /// Four units are read at once, and written at once while they are ASCII (but NUL).
    ///
    /// - Returns: The number of bytes written, and the first NUL unit or unpaired surrogate, if any
    ///   (the bytes written before it are then of no use).
    static func transcode(
        _ source: UnsafeRawBufferPointer, from start: Int, into target: UnsafeMutablePointer<UInt8>, bigEndian: Bool
    ) -> (written: Int, failure: TextDecodingError?) {
        let end = source.count
        var count = 0
        var index = start
        while index < end {
            if index + 8 <= end {
                // Four units in a word, each as two bytes in little-endian order: the leading ones that are
                // ASCII (but NUL) are written at once, the rest one by one.
                var word = UInt64(littleEndian: source.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                if bigEndian { word = (word & 0x00FF_00FF_00FF_00FF) << 8 | (word >> 8) & 0x00FF_00FF_00FF_00FF }
                let ascii = asciiUnits(word)
                if ascii > 0 {
                    // Bytes 0, 2, 4 and 6 of the word, side by side; those past the ASCII units are
                    // written over next.
                    let paired = word | word >> 8
                    let four = UInt32(truncatingIfNeeded: paired & 0xFFFF | (paired >> 16) & 0xFFFF_0000)
                    UnsafeMutableRawPointer(target + count).storeBytes(of: four.littleEndian, as: UInt32.self)
                    count += ascii
                    index += 2 * ascii
                    if ascii == 4 { continue }
                }
            }
            var value = unit(source, at: index, bigEndian: bigEndian)
            switch value {
            case 0:
                return (count, .nulByte(offset: index))
            case ..<0x80:
                target[count] = UInt8(truncatingIfNeeded: value)
                count += 1
            case 0xD800...0xDBFF:
                let second = index + 4 <= end ? unit(source, at: index + 2, bigEndian: bigEndian) : 0
                guard second & 0xFC00 == 0xDC00 else { return (count, .invalidUTF16(offset: index)) }
                value = 0x10000 + ((value - 0xD800) << 10 | (second - 0xDC00))
                count += ValidUTF8.encode(value, into: target + count)
                index += 2
            case 0xDC00...0xDFFF:
                return (count, .invalidUTF16(offset: index))
            default:
                count += ValidUTF8.encode(value, into: target + count)
            }
            index += 2
        }
        return (count, nil)
    }

    /// How many of the four units of `word` (the first in its low bits), from the first, are ASCII but NUL.
    @inline(__always)
    static func asciiUnits(_ word: UInt64) -> Int {
        let lanes: UInt64 = 0x7FFF_7FFF_7FFF_7FFF, high: UInt64 = 0x8000_8000_8000_8000
        /// Bit 15 of each unit of `x` set where the unit is not 0.
        func nonZero(_ x: UInt64) -> UInt64 { ((x & lanes) &+ lanes | x) & high }
        let stops = nonZero(word & 0xFF80_FF80_FF80_FF80) | ~nonZero(word) & high
        return stops.trailingZeroBitCount / 16
    }

    /// The code unit at byte offset `index`.
    @inline(__always)
    private static func unit(_ source: UnsafeRawBufferPointer, at index: Int, bigEndian: Bool) -> UInt32 {
        let value = source.loadUnaligned(fromByteOffset: index, as: UInt16.self)
        return UInt32(bigEndian ? UInt16(bigEndian: value) : UInt16(littleEndian: value))
    }
}

/// Normalised text as its UTF-8 bytes, with the encoding they arrived in: what
/// ``TextDecoder/decodeNormalized(_:)`` gives.
package struct NormalizedBytes: Hashable, Sendable {
    /// The normalised text's UTF-8.
    package var utf8: [UInt8]
    /// The encoding the bytes were in.
    package var encoding: TextEncoding
}

extension TextDecoder {
    /// Decodes `bytes` (as ``decode(_:)``) and normalises the text (``TextNormalizer/normalize(_:)``):
    /// what the pipeline reads, as UTF-8.
    ///
    /// Plain UTF-8 (``UTF8Validation/isPlain(_:)``), most files, is read once for both: it is valid,
    /// and normalisation leaves it as it is. Without a byte-order mark it comes back as the very array
    /// it came in, neither copied nor made a string. UTF-16 is plain or not once transcoded, and text
    /// plain but for CRLF line ends once they are LF: neither is made a string either.
    package static func decodeNormalized(_ bytes: [UInt8]) throws(TextDecodingError) -> NormalizedBytes {
        let encoding: TextEncoding
        let utf8: [UInt8]
        // UTF-16 is transcoded to UTF-8 bytes, which are then read as UTF-8 is.
        if let utf16 = TextEncoding.utf16(announcedBy: bytes) {
            (encoding, utf8) = (utf16, try transcodeUTF16(bytes, bigEndian: utf16 == .utf16BigEndian))
        } else if bytes.starts(with: TextEncoding.utf8WithBOM.byteOrderMark) {
            (encoding, utf8) = (.utf8WithBOM, Array(bytes[3...]))
        } else {
            (encoding, utf8) = (.utf8, bytes)
        }
        // A UTF-16 byte-order mark is not plain UTF-8: `FE` and `FF` never are.
        if !utf8.isEmpty && utf8.withUnsafeBufferPointer(UTF8Validation.isPlain) { return NormalizedBytes(utf8: utf8, encoding: encoding) }
        // Text written on Windows is plain but for its line ends (CRLF): they are made LF on the bytes.
        if let lineFeeds = Self.withLineFeeds(utf8), lineFeeds.withUnsafeBufferPointer(UTF8Validation.isPlain) {
            return NormalizedBytes(utf8: lineFeeds, encoding: encoding)
        }
        let text = encoding == .utf16LittleEndian || encoding == .utf16BigEndian ? String(validUTF8: utf8[...]) : try decode(bytes).text
        return NormalizedBytes(utf8: Array(TextNormalizer.normalize(text).utf8), encoding: encoding)
    }

    /// `bytes` with each CRLF made LF and each lone CR made LF, as ``TextNormalizer/normalize(_:)`` makes
    /// them; `nil` when they hold no CR.
    ///
    /// Not the normaliser's clean-up, on purpose: these bytes are not validated yet, and the clean-up
    /// drops bytes (zero-width spaces, a stray byte-order mark), which could join a broken sequence into
    /// a valid one and hide the error. Making a CR an LF, or dropping a CR before an LF, never joins
    /// bytes that were apart.
    static func withLineFeeds(_ bytes: [UInt8]) -> [UInt8]? {
        bytes.withUnsafeBufferPointer { bytes -> [UInt8]? in
            guard var carriageReturn = ByteScan.firstIndex(of: 0x0D, in: bytes, from: 0), let source = bytes.baseAddress else { return nil }
            return [UInt8](unsafeUninitializedCapacity: bytes.count) { out, count in
                count = 0
                var start = 0
                while true {
                    // The bytes before the CR, then an LF in its place unless one follows it.
                    (out.baseAddress! + count).initialize(from: source + start, count: carriageReturn - start)
                    count += carriageReturn - start
                    start = carriageReturn + 1
                    if start == bytes.count || bytes[start] != 0x0A {
                        out[count] = 0x0A
                        count += 1
                    }
                    guard let next = ByteScan.firstIndex(of: 0x0D, in: bytes, from: start) else { break }
                    carriageReturn = next
                }
                (out.baseAddress! + count).initialize(from: source + start, count: bytes.count - start)
                count += bytes.count - start
            }
        }
    }
}

/// A UTF-8 validator that reports where the bytes go wrong: the only validation a file's bytes get
/// (strings are made from them unchecked after it, ``Swift/String/init(validUTF8:)-(UnsafeBufferPointer<UInt8>)``).
///
/// Well-formed is as in the Unicode Standard (table 3-7): no overlong form, no surrogate, nothing
/// above U+10FFFF, no sequence cut short.
enum UTF8Validation {
    /// The offset of the first byte that does not start or continue a well-formed UTF-8 sequence.
    ///
    /// - Returns: `nil` when all bytes from `start` on are well-formed.
    static func firstInvalidOffset(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        isWellFormed(UnsafeBufferPointer(rebasing: bytes[start...])) ? nil : firstInvalidOffset(slowlyIn: bytes, from: start)
    }

    /// Whether `bytes` are well-formed UTF-8.
    static func isWellFormed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        wellFormed.accepts(bytes)
    }

    /// Whether `bytes` are plain text: well-formed UTF-8 that ``TextNormalizer/normalize(_:)`` leaves as
    /// it is, and no NUL byte (which the decoder reports). The normaliser has its own test of the same
    /// for text known to be valid, quicker on the short strings it is mostly given; a test holds the
    /// two together.
    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        plain.accepts(bytes)
    }

    /// The states of ``wellFormed``: between sequences, or after a lead byte, with how many continuation
    /// bytes are to come and in what range the first must be.
    private enum WellFormedState: Int, ByteAutomatonState {
        case between, rejected
        /// One continuation byte to come.
        case one
        /// Two to come.
        case two
        /// Two to come, after `E0`: the next is `A0`–`BF` (no overlong form).
        case twoAfterE0
        /// Two to come, after `ED`: the next is `80`–`9F` (no surrogate).
        case twoAfterED
        /// Three to come, after `F0`: the next is `90`–`BF` (no overlong form).
        case threeAfterF0
        /// Three to come.
        case three
        /// Three to come, after `F4`: the next is `80`–`8F` (nothing above U+10FFFF).
        case threeAfterF4
    }

    /// Reads well-formed UTF-8.
    private static let wellFormed = ByteAutomaton(WellFormedState.self) { state, byte in
        switch state {
        case .between:
            switch byte {
            case 0x00...0x7F: return .between
            case 0xC2...0xDF: return .one
            case 0xE0: return .twoAfterE0
            case 0xE1...0xEC, 0xEE...0xEF: return .two
            case 0xED: return .twoAfterED
            case 0xF0: return .threeAfterF0
            case 0xF1...0xF3: return .three
            case 0xF4: return .threeAfterF4
            default: return .rejected
            }
        case .one: return .to(.between, if: byte, in: 0x80...0xBF)
        case .two: return .to(.one, if: byte, in: 0x80...0xBF)
        case .twoAfterE0: return .to(.one, if: byte, in: 0xA0...0xBF)
        case .twoAfterED: return .to(.one, if: byte, in: 0x80...0x9F)
        case .three: return .to(.two, if: byte, in: 0x80...0xBF)
        case .threeAfterF0: return .to(.two, if: byte, in: 0x90...0xBF)
        case .threeAfterF4: return .to(.two, if: byte, in: 0x80...0x8F)
        case .rejected: return .rejected
        }
    }

    /// The states of ``plain``: between characters, or after a lead byte, with what may follow it.
    private enum PlainState: Int, ByteAutomatonState {
        case between, rejected
        /// The last byte of a letter of U+00C0–U+02FF or U+1E00–U+1EFF to come.
        case one
        /// After `C2`: U+0080–U+00BF but `A0` and `AD`.
        case afterC2
        /// After `E1`: Latin Extended Additional (U+1E00–U+1EFF) only.
        case afterE1
        /// After `E2`: U+2000–U+207F only.
        case afterE2
        /// After `E2 80`: U+2000–U+203F but U+2000 and U+2001 (which decompose), the spaces and
        /// zero-width characters to U+200D, the line and paragraph separators and U+202F.
        case afterE280
        /// After `E2 81`: U+2040–U+207F but the word joiner (U+2060).
        case afterE281
    }

    /// Reads plain text. It lets through ASCII but NUL, tab and CR; U+0080–U+00BF but the no-break
    /// space and the soft hyphen; the Latin letters U+00C0–U+02FF and U+1E00–U+1EFF; and U+2000–U+207F
    /// but what is cleaned up or decomposes.
    private static let plain = ByteAutomaton(PlainState.self) { state, byte in
        switch state {
        case .between:
            switch byte {
            case 0x00, 0x09, 0x0D: return .rejected
            case 0x01...0x7F: return .between
            case 0xC2: return .afterC2
            case 0xC3...0xCB: return .one
            case 0xE1: return .afterE1
            case 0xE2: return .afterE2
            default: return .rejected
            }
        case .one: return .to(.between, if: byte, in: 0x80...0xBF)
        case .afterC2: return .to(.between, if: byte, in: 0x80...0xBF, unless: [0xA0, 0xAD])
        case .afterE1: return .to(.one, if: byte, in: 0xB8...0xBB)
        case .afterE2: return byte == 0x80 ? .afterE280 : .to(.afterE281, if: byte, in: 0x81...0x81)
        case .afterE280: return .to(.between, if: byte, in: 0x8E...0xBF, unless: [0xA8, 0xA9, 0xAF])
        case .afterE281: return .to(.between, if: byte, in: 0x80...0xBF, unless: [0xA0])
        case .rejected: return .rejected
        }
    }

    /// The offset of the first ill-formed sequence, read one sequence at a time: for bytes known to
    /// hold one, to say where.
    private static func firstInvalidOffset(slowlyIn bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var i = start
        let n = bytes.count
        while i < n {
            let b0 = bytes[i]
            if b0 < 0x80 {
                i += 1
                continue
            }
            let length: Int
            var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
            switch b0 {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: return i
            }
            guard i + length <= n else { return i }
            let b1 = bytes[i + 1]
            guard b1 >= lower && b1 <= upper else { return i }
            for k in 2..<length where bytes[i + k] & 0xC0 != 0x80 { return i }
            i += length
        }
        return nil
    }
}

extension TextEncoding {
    /// The byte-order mark the encoding begins with: none for UTF-8 without one.
    var byteOrderMark: [UInt8] {
        switch self {
        case .utf8: return []
        case .utf8WithBOM: return [0xEF, 0xBB, 0xBF]
        case .utf16LittleEndian: return [0xFF, 0xFE]
        case .utf16BigEndian: return [0xFE, 0xFF]
        }
    }

    /// The UTF-16 encoding whose byte-order mark `bytes` start with, if they start with one.
    static func utf16(announcedBy bytes: [UInt8]) -> TextEncoding? {
        guard bytes.count >= 2 else { return nil }
        switch (bytes[0], bytes[1]) {
        case (0xFF, 0xFE): return .utf16LittleEndian
        case (0xFE, 0xFF): return .utf16BigEndian
        default: return nil
        }
    }

    /// Encodes `text` in this encoding, with the byte-order mark where the encoding has one.
    ///
    /// The inverse of ``TextDecoder/decode(_:)``: used to write copies of a document in every
    /// encoding the decoder accepts.
    public func encode(_ text: String) -> [UInt8] {
        switch self {
        case .utf8: return Array(text.utf8)
        case .utf8WithBOM: return byteOrderMark + Array(text.utf8)
        case .utf16LittleEndian:
            var bytes = byteOrderMark
            for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
            return bytes
        case .utf16BigEndian:
            var bytes = byteOrderMark
            for unit in text.utf16 { bytes += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
            return bytes
        }
    }
}
