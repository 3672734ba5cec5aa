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
        var copy = text
        // Text that needs nothing (most) is returned as it came, neither copied nor validated again.
        if copy.withUTF8(needsNothing) { return text }
        let cleaned = copy.withUTF8(cleanedUp) ?? text
        return isNFC(cleaned) ? cleaned : LatinComposition.compose(cleaned)
    }

    /// Whether `text` is NFC: at once when every scalar is one that is always NFC in Vietnamese text
    /// (below U+0300, Latin Extended Additional, general punctuation), else by the stdlib's quick check.
    public static func isNFC(_ text: String) -> Bool {
        var copy = text
        // Text that needs nothing is plain NFC, and its test (a table of byte pairs) is the quicker.
        if copy.withUTF8({ needsNothing($0) || isPlainNFC($0) }) { return true }
        var span = text.utf8Span
        return span.checkForNFC(quickCheck: true)
    }

    /// Whether every scalar of valid UTF-8 `bytes` is one that is NFC whatever surrounds it in
    /// Vietnamese text: below U+0300, U+1E00–U+1EFF, U+2002–U+207F. `false` says only "ask further".
    private static func isPlainNFC(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        plainNFCSteps.withUnsafeBufferPointer { steps in
            var i = 0
            let n = bytes.count
            while i < n {
                let lead = bytes[i]
                let step = Int(steps[Int(lead)])
                if step == 3 {
                    // U+1E00–U+1EFF, or U+2002–U+207F (U+2000 and U+2001 decompose).
                    guard i + 2 < n else { return false }
                    let second = bytes[i + 1]
                    guard lead == 0xE1 ? second & 0xFC == 0xB8 : second == 0x81 || second == 0x80 && bytes[i + 2] >= 0x82 else { return false }
                } else if step == 0 {
                    return false
                }
                i += step
            }
            return true
        }
    }

    /// Whether `bytes` hold nothing to clean up and only scalars that are always NFC (see
    /// ``isPlainNFC(_:)``): both questions in one pass, for the text that needs nothing.
    ///
    /// The pass tests sixteen pairs of bytes at a time (eight in its last steps) for one that may start
    /// something to clean up or something not always NFC (``isMarked(_:_:)``); only a marked pair is
    /// looked at closely.
    private static func needsNothing(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return true }
        let n = bytes.count
        let raw = UnsafeRawPointer(base)
        var i = 0
        // Sixteen pairs at a time in vector registers, as ``marks(_:_:)`` tests eight.
        let tabOrCRMask = SIMD16<UInt8>(repeating: 0xFB), tab = SIMD16<UInt8>(repeating: 0x09)
        let c0 = SIMD16<UInt8>(repeating: 0xC0), c3 = SIMD16<UInt8>(repeating: 0xC3), cc = SIMD16<UInt8>(repeating: 0xCC)
        let e1 = SIMD16<UInt8>(repeating: 0xE1), secondMask = SIMD16<UInt8>(repeating: 0xFC), b8 = SIMD16<UInt8>(repeating: 0xB8)
        while i + 17 <= n {
            let a = ByteVector.load(base + i)
            let b = ByteVector.load(base + i + 1)
            let tabOrCR = a & tabOrCRMask .== tab
            let latin = a .>= c3 .& a .< cc
            let latinExtended = a .== e1 .& b & secondMask .== b8
            if ByteVector.any(tabOrCR .| a .>= c0 .& .!latin .& .!latinExtended) {
                for j in i..<(i + 16) where isMarked(base[j], base[j + 1]) && !passes(base, j, n) { return false }
            }
            i += 16
        }
        while i + 9 <= n {
            let first = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            let second = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i + 1, as: UInt64.self))
            if marks(first, second) != 0 {
                for j in i..<(i + 8) where isMarked(base[j], base[j + 1]) && !passes(base, j, n) { return false }
            }
            i += 8
        }
        while i < n - 1 {
            if isMarked(base[i], base[i + 1]) && !passes(base, i, n) { return false }
            i += 1
        }
        let last = base[n - 1]
        return last != 0x09 && last != 0x0D && last < 0xC0
    }

    /// Whether the pair `a b` may start something to clean up or something not always NFC: tab, CR,
    /// U+00A0, U+00AD, the leads of combining marks and of other scripts (U+0300–U+0FFF, U+3000 and
    /// above), U+1000–U+1DFF, U+1F00–U+1FFF, and U+2000–U+2FFF (looked at closely).
    @inline(__always)
    private static func isMarked(_ a: UInt8, _ b: UInt8) -> Bool {
        a == 0x09 || a == 0x0D || a == 0xC0 || a == 0xC1 || (a >= 0xCC && a != 0xE1)
            || (a == 0xC2 && (b == 0xA0 || b == 0xAD)) || (a == 0xE1 && (b < 0xB8 || b >= 0xBC))
    }

    /// A superset of ``isMarked(_:_:)`` for eight pairs at once: the first bytes in `a`, the second in
    /// `b`, one pair per byte; the high bit of a byte is set where its pair may be marked. Tab and CR,
    /// and every lead byte but those of the Latin letters (U+00C0–U+02FF, and U+1E00–U+1EFF).
    @inline(__always)
    private static func marks(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let tabOrCR = SWAR.equal(a & SWAR.repeating(0xFB), 0x09)
        let leads = SWAR.atLeast(a, 0xC0)
        let latin = SWAR.atLeast(a, 0xC3) & ~SWAR.atLeast(a, 0xCC)
        let latinExtended = SWAR.equal(a, 0xE1) & SWAR.equal(b & SWAR.repeating(0xFC), 0xB8)
        return tabOrCR | leads & ~latin & ~latinExtended
    }

    /// Whether the marked pair at `i` passes: `E2 80` and `E2 81` (U+2000–U+207F) do unless the third
    /// byte makes a space, joiner or separator to replace, or U+2000/U+2001, which decompose.
    @inline(__always)
    private static func passes(_ base: UnsafePointer<UInt8>, _ i: Int, _ n: Int) -> Bool {
        guard base[i] == 0xE2, i + 2 < n, base[i + 1] == 0x80 || base[i + 1] == 0x81 else { return false }
        let third = base[i + 2]
        return base[i + 1] == 0x80 ? !(third <= 0x8D || third == 0xA8 || third == 0xA9 || third == 0xAF) : third != 0xA0
    }

    /// For each lead byte, the length of the scalar it starts if ``isPlainNFC(_:)`` may pass it: 1 for
    /// ASCII, 2 for U+0080–U+02FF, 3 for U+1000–U+2FFF (whose second byte decides), 0 to fail.
    private static let plainNFCSteps: [UInt8] = (0..<256).map { byte in
        switch byte {
        case ..<0x80: return 1
        case 0xC2...0xCB: return 2
        case 0xE1, 0xE2: return 3
        default: return 0
        }
    }

    /// The bytes that may start something ``cleanedUp(_:)`` changes: CR, tab, and the lead bytes of
    /// U+0080–U+00BF, U+2000–U+2FFF, U+3000–U+3FFF and U+F000–U+FFFF.
    private static let cleanupLeads: [Bool] = (0..<256).map { [0x0D, 0x09, 0xC2, 0xE2, 0xE3, 0xEF].contains($0) }

    /// The offset of the first byte at or after `start` that may start something to clean up, or the end.
    private static func nextCleanupLead(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        cleanupLeads.withUnsafeBufferPointer { leads in
            var i = start
            // Sixteen bytes at a time in a vector register, until a block holds one of the leads.
            if let base = bytes.baseAddress {
                let cr = SIMD16<UInt8>(repeating: 0x0D), tab = SIMD16<UInt8>(repeating: 0x09), c2 = SIMD16<UInt8>(repeating: 0xC2)
                let e2 = SIMD16<UInt8>(repeating: 0xE2), e3 = SIMD16<UInt8>(repeating: 0xE3), ef = SIMD16<UInt8>(repeating: 0xEF)
                while i + 16 <= bytes.count {
                    let block = ByteVector.load(base + i)
                    if ByteVector.any(block .== cr .| block .== tab .| block .== c2 .| block .== e2 .| block .== e3 .| block .== ef) { break }
                    i += 16
                }
            }
            while i < bytes.count && !leads[Int(bytes[i])] { i += 1 }
            return i
        }
    }

    /// The text with line ends, spaces and invisible characters cleaned up (see ``normalize(_:)``), or
    /// `nil` when there is nothing to clean up.
    private static func cleanedUp(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let n = bytes.count
        var out = ByteWriter(capacity: n)
        var replaced = false
        var runStart = 0
        var i = 0
        /// Replaces the `length` bytes at `i` with `replacement`, after copying the run before them.
        func replace(_ length: Int, with replacement: UInt8?) {
            replaced = true
            out.append(UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
            if let replacement { out.append(replacement) }
            i += length
            runStart = i
        }
        while true {
            i = nextCleanupLead(in: bytes, from: i)
            guard i < n else { break }
            let b = bytes[i]
            switch b {
            case 0x0D:
                replace(i + 1 < n && bytes[i + 1] == 0x0A ? 2 : 1, with: 0x0A)
            case 0x09:
                replace(1, with: 0x20)
            case 0xC2 where i + 1 < n && (bytes[i + 1] == 0xA0 || bytes[i + 1] == 0xAD):
                // U+00A0 no-break space; U+00AD soft hyphen dropped
                replace(2, with: bytes[i + 1] == 0xA0 ? 0x20 : nil)
            case 0xE2 where i + 2 < n:
                let b1 = bytes[i + 1], b2 = bytes[i + 2]
                if b1 == 0x80 && (0x80...0x8A).contains(b2) || b1 == 0x80 && b2 == 0xAF || b1 == 0x80 && b2 == 0xA8
                    || b1 == 0x80 && b2 == 0xA9
                {
                    replace(3, with: 0x20)  // U+2000–U+200A, U+202F, U+2028, U+2029
                } else if b1 == 0x80 && (0x8B...0x8D).contains(b2) || b1 == 0x81 && b2 == 0xA0 {
                    replace(3, with: nil)  // U+200B–U+200D zero-width space and joiners, U+2060 word joiner
                } else {
                    i += 3
                }
            case 0xE3 where i + 2 < n && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x80:
                replace(3, with: 0x20)  // U+3000 ideographic space
            case 0xEF where i + 2 < n && bytes[i + 1] == 0xBB && bytes[i + 2] == 0xBF:
                replace(3, with: nil)  // U+FEFF inside the text
            default:
                i += 1
            }
        }
        guard replaced else { return nil }
        out.append(UnsafeBufferPointer(rebasing: bytes[runStart..<min(i, n)]))
        // Whole characters of valid UTF-8 replaced by ASCII or dropped leave it valid.
        return out.withBytes { String(validUTF8: $0) }
    }
}
