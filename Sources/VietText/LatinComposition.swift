import Foundation

/// Canonical composition (NFC) for Latin text, fast where Foundation is slow.
///
/// Vietnamese in NFD is a base letter followed by up to two combining marks (`ệ` = `e` + dot below +
/// circumflex). Foundation's normaliser composes in place, moving the rest of the string on every
/// composition, so a decomposed plan of 30 KB costs milliseconds. This composer rebuilds the text once,
/// composing each base letter with its marks from a table of the Latin precomposed letters
/// (U+00C0–U+024F and U+1E00–U+1EFF). The table is taken from Foundation's own decompositions, so the
/// two agree by construction.
///
/// The result is always canonically equivalent to the input; a line that this composer cannot bring to
/// NFC (a script other than Latin, say) is passed to Foundation, one line at a time.
enum LatinComposition {
    /// The NFC form of `text`.
    ///
    /// Runs of scalars without marks are copied as they stand; a run of combining marks is written
    /// composed with the starter before it, which is held back from the copy until its marks are seen.
    static func compose(_ text: String) -> String {
        let table = Table.shared
        var text = text
        let composed = text.withUTF8 { source -> String in
            var out = ByteWriter(capacity: source.count)
            var marks: [(scalar: Unicode.Scalar, combiningClass: UInt8)] = []
            /// Where the last scalar without a mark class starts in `source`, or `nil` before the first.
            var starter: Int?
            /// The bytes of `source` before this offset are written to `out`.
            var copied = 0
            var index = 0
            while index < source.count {
                if source[index] < 0x80 {
                    // A run of ASCII, eight bytes at a time: its last byte is the starter before what follows.
                    var end = index + 1
                    while end + 8 <= source.count {
                        let word = UnsafeRawPointer(source.baseAddress! + end).loadUnaligned(as: UInt64.self)
                        let high = word & SWAR.high
                        if high != 0 {
                            end += high.trailingZeroBitCount / 8
                            break
                        }
                        end += 8
                    }
                    while end < source.count && source[end] < 0x80 { end += 1 }
                    starter = end - 1
                    index = end
                    continue
                }
                // Most marks of Vietnamese in NFD follow an ASCII letter and compose with it.
                if starter == index - 1, let (composed, end) = table.asciiComposite(source, at: index) {
                    out.append(source, from: copied, to: index - 1, then: composed)
                    copied = end
                    index = end
                    continue
                }
                let (scalar, length) = ValidUTF8.scalar(in: source, at: index)
                let combining = combiningClass(of: scalar)
                guard combining > 0 else {
                    starter = index
                    index += length
                    continue
                }
                // The whole run of marks.
                marks.removeAll(keepingCapacity: true)
                marks.append((scalar, combining))
                var end = index + length
                while end < source.count, source[end] >= 0x80 {
                    let (next, nextLength) = ValidUTF8.scalar(in: source, at: end)
                    let nextClass = combiningClass(of: next)
                    guard nextClass > 0 else { break }
                    marks.append((next, nextClass))
                    end += nextLength
                }
                // Marks with no starter before them stay as they are.
                if let starter {
                    out.append(UnsafeBufferPointer(rebasing: source[copied..<starter]))
                    compose(ValidUTF8.scalar(in: source, at: starter).scalar, with: &marks, table: table, into: &out)
                    copied = end
                }
                index = end
            }
            out.append(UnsafeBufferPointer(rebasing: source[copied...]))
            // Valid UTF-8 with marks joined to their letters is valid UTF-8.
            return out.withBytes { String(validUTF8: $0) }
        }
        return TextNormalizer.isNFC(composed) ? composed : composeLineByLine(composed)
    }

    /// Writes `base` composed with `marks` (canonically ordered first), then the marks that do not compose.
    private static func compose(
        _ base: Unicode.Scalar, with marks: inout [(scalar: Unicode.Scalar, combiningClass: UInt8)], table: Table, into out: inout ByteWriter
    ) {
        var composed = base
        if base.value >= 0xC0, let decomposition = table.decompositions[base.value] {
            composed = decomposition.base
            marks.insert(contentsOf: decomposition.marks.map { ($0, combiningClass(of: $0)) }, at: 0)
        }
        sortByCombiningClass(&marks)
        var lastUncomposed: UInt8 = 0
        var uncomposed: [Unicode.Scalar] = []
        for mark in marks {
            let blocked = !uncomposed.isEmpty && lastUncomposed >= mark.combiningClass
            if !blocked, let pair = table.composite(composed, mark.scalar) {
                composed = pair
            } else {
                uncomposed.append(mark.scalar)
                lastUncomposed = mark.combiningClass
            }
        }
        out.append(composed)
        for mark in uncomposed { out.append(mark) }
    }

    /// Foundation's composition, a line at a time so that its cost stays proportional to the text.
    private static func composeLineByLine(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let line = String(line)
            return TextNormalizer.isNFC(line) ? line : line.precomposedStringWithCanonicalMapping
        }.joined(separator: "\n")
    }

    /// The canonical combining class: from a table for the combining diacritics (U+0300–U+036F), 0 for
    /// the blocks below them and for Latin Extended Additional to the currency signs, else the stdlib's.
    private static func combiningClass(of scalar: Unicode.Scalar) -> UInt8 {
        let value = scalar.value
        if value < 0x300 || (0x1E00..<0x20D0).contains(value) { return 0 }
        if value < 0x370 { return diacriticClasses[Int(value - 0x300)] }
        return UInt8(truncatingIfNeeded: scalar.properties.canonicalCombiningClass.rawValue)
    }

    private static let diacriticClasses: [UInt8] = (UInt32(0x300)..<0x370).map {
        UInt8(truncatingIfNeeded: Unicode.Scalar($0)!.properties.canonicalCombiningClass.rawValue)
    }

    /// A stable insertion sort: the canonical ordering of a handful of marks.
    private static func sortByCombiningClass(_ marks: inout [(scalar: Unicode.Scalar, combiningClass: UInt8)]) {
        guard marks.count > 1 else { return }
        for i in 1..<marks.count {
            var j = i
            while j > 0 && marks[j - 1].combiningClass > marks[j].combiningClass {
                marks.swapAt(j - 1, j)
                j -= 1
            }
        }
    }

    /// The decompositions of the Latin precomposed letters, and the pairs that compose.
    struct Table: Sendable {
        static let shared = Table()

        /// ``LatinComposition/diacriticClasses``, held here too: the table is in hand where marks are
        /// read, and a static is checked for its first use on every access.
        let diacriticClasses = LatinComposition.diacriticClasses
        /// Full canonical decomposition of a precomposed letter: its base letter and marks in canonical order.
        var decompositions: [UInt32: (base: Unicode.Scalar, marks: [Unicode.Scalar])] = [:]
        /// Primary composites of a letter below U+0250 or in U+1E00–U+1EFF and a mark in U+0300–U+036F,
        /// row by letter and column by mark (0 where the pair does not compose): looked up without hashing.
        private var grid = [UInt32](repeating: 0, count: Self.rows * Self.columns)
        /// Primary composites of any other pair, keyed by ``key(_:_:)``.
        private var otherPairs: [UInt64: Unicode.Scalar] = [:]

        private static let rows = 0x350, columns = 0x70

        private static func key(_ letter: Unicode.Scalar, _ mark: Unicode.Scalar) -> UInt64 {
            UInt64(letter.value) << 32 | UInt64(mark.value)
        }

        /// The row of ``grid`` of the letter with scalar value `value`, when it has one.
        @inline(__always)
        private static func row(_ value: UInt32) -> Int? {
            if value < 0x250 { return Int(value) }
            if (0x1E00..<0x1F00).contains(value) { return Int(0x250 + value - 0x1E00) }
            return nil
        }

        /// The slot of a pair in ``grid``, when it has one.
        @inline(__always)
        private static func slot(_ letter: Unicode.Scalar, _ mark: Unicode.Scalar) -> Int? {
            guard let row = row(letter.value), (0x300..<0x370).contains(mark.value) else { return nil }
            return row * columns + Int(mark.value - 0x300)
        }

        /// The composite of the ASCII letter before `index` and the one or two marks of U+0300–U+036F
        /// from `index` on (and no mark after them), with the offset just past the marks; `nil` unless
        /// every mark composes. It gives what ``LatinComposition/compose(_:with:table:into:)`` writes for
        /// such a run, without gathering the marks: the shape of Vietnamese in NFD.
        @inline(__always)
        func asciiComposite(_ source: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, end: Int)? {
            let letter = source[index - 1]
            guard letter < 0x80, let first = markColumn(source, at: index) else { return nil }
            var composed = grid[Int(letter) * Self.columns + first]
            guard composed != 0 else { return nil }
            var end = index + 2
            if let second = markColumn(source, at: end) {
                // Marks out of canonical order are sorted by the general way.
                guard diacriticClasses[first] <= diacriticClasses[second], let row = Self.row(composed) else { return nil }
                composed = grid[row * Self.columns + second]
                guard composed != 0 else { return nil }
                end += 2
            }
            // ASCII to U+02FF: no mark follows.
            guard end >= source.count || source[end] < 0xCC else { return nil }
            return (composed, end)
        }

        /// The offset from U+0300 of the mark of U+0300–U+036F with a non-zero combining class whose
        /// UTF-8 starts at `index`, if one does.
        @inline(__always)
        private func markColumn(_ source: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
            guard index + 1 < source.count, source[index] & 0xFE == 0xCC else { return nil }
            let column = (Int(source[index] & 0x1F) << 6 | Int(source[index + 1] & 0x3F)) - 0x300
            guard column < Self.columns, diacriticClasses[column] > 0 else { return nil }
            return column
        }

        /// The primary composite of `letter` and `mark`, if they compose.
        @inline(__always)
        func composite(_ letter: Unicode.Scalar, _ mark: Unicode.Scalar) -> Unicode.Scalar? {
            guard let slot = Self.slot(letter, mark) else { return otherPairs[Self.key(letter, mark)] }
            return grid[slot] == 0 ? nil : Unicode.Scalar(grid[slot])
        }

        private init() {
            let ranges: [ClosedRange<UInt32>] = [0xC0...0x24F, 0x1E00...0x1EFF]
            var byDecomposition: [[UInt32]: Unicode.Scalar] = [:]
            var composites: [(Unicode.Scalar, [Unicode.Scalar])] = []
            for value in ranges.joined() {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let parts = Array(String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars)
                guard parts.count > 1, parts.dropFirst().allSatisfy({ combiningClass(of: $0) > 0 }) else { continue }
                decompositions[value] = (parts[0], Array(parts.dropFirst()))
                byDecomposition[parts.map(\.value)] = scalar
                composites.append((scalar, parts))
            }
            // One level of each decomposition: the composite of all but the last mark, plus that mark.
            for (scalar, parts) in composites {
                let prefix = Array(parts.dropLast())
                let letter = prefix.count == 1 ? prefix[0] : byDecomposition[prefix.map(\.value)]
                guard let letter, let mark = parts.last else { continue }
                // What composes back through NFC is what Foundation composes: keep only pairs it agrees with.
                let pair = String(letter) + String(mark)
                guard pair.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual([scalar]) else { continue }
                if let slot = Self.slot(letter, mark) { grid[slot] = scalar.value } else { otherPairs[Self.key(letter, mark)] = scalar }
            }
        }
    }
}

extension ByteWriter {
    /// Appends the bytes of `source` from `start` to `end` (most often a few), then the UTF-8 of the
    /// scalar with value `value`.
    @inline(__always)
    fileprivate mutating func append(_ source: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, then value: UInt32) {
        let length = end - start
        reserve(max(length, 16) + 4)
        let target = storage.baseAddress! + written
        if length <= 16 && start + 16 <= source.count {
            // Sixteen bytes at once, the room reserved: those past the run are written over next.
            UnsafeMutableRawPointer(target).storeBytes(of: ByteVector.load(source.baseAddress! + start), as: SIMD16<UInt8>.self)
        } else {
            target.initialize(from: source.baseAddress! + start, count: length)
        }
        written += length
        written += ValidUTF8.encode(value, into: target + length)
    }
}
