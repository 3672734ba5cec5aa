import Foundation

/// A string hashed and compared by its UTF-8 bytes: a dictionary key for text that is already NFC.
///
/// `String` hashes and compares by canonical equivalence, so hashing non-ASCII text normalises it
/// first, on every lookup. All the text ThiDua handles is NFC from the moment it is read, and two NFC
/// strings are canonically equivalent exactly when their bytes are equal; for such text this key
/// answers as `String` would, without the normalising.
public struct ExactText: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let string: String

    @inlinable
    public init(_ string: String) {
        self.string = string
    }

    @inlinable
    public static func == (lhs: ExactText, rhs: ExactText) -> Bool {
        let left = lhs.string.utf8, right = rhs.string.utf8
        guard left.count == right.count else { return false }
        return compareBytes(lhs, rhs).map { $0 == 0 } ?? left.elementsEqual(right)
    }

    /// Byte order, which for NFC text is the order of `String` (scalar order).
    @inlinable
    public static func < (lhs: ExactText, rhs: ExactText) -> Bool {
        guard let order = compareBytes(lhs, rhs) else { return lhs.string.utf8.lexicographicallyPrecedes(rhs.string.utf8) }
        return order < 0 || order == 0 && lhs.string.utf8.count < rhs.string.utf8.count
    }

    /// `memcmp` of the bytes the two have in common, or `nil` when a string has no contiguous UTF-8.
    @inlinable
    static func compareBytes(_ lhs: ExactText, _ rhs: ExactText) -> Int32? {
        lhs.string.withUTF8Bytes(alongside: rhs.string) { left, right in
            let common = Swift.min(left.count, right.count)
            return common == 0 ? 0 : memcmp(left.baseAddress!, right.baseAddress!, common)
        }
    }

    @inlinable
    public func hash(into hasher: inout Hasher) {
        var string = string
        string.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        hasher.combine(0xFF as UInt8)
    }

    public var description: String { string }
}

/// Texts numbered by value, compared by their bytes as ``ExactText`` is: equal texts share a number,
/// numbers go by first appearance. Lists of thousands of names (a province per plan) are then
/// compared, deduplicated and counted by number, without hashing a name again.
public struct TextNumbering: Sendable {
    /// Each text's number.
    public let numbers: [Int]
    /// The distinct texts, in order of first appearance: text `i` is `distinct[numbers[i]]`.
    public let distinct: [String]

    public init(_ texts: [String]) {
        var numbering: [ExactText: Int] = [:]
        var distinct: [String] = []
        numbers = texts.map { text in
            if let number = numbering[ExactText(text)] { return number }
            numbering[ExactText(text)] = distinct.count
            distinct.append(text)
            return distinct.count - 1
        }
        self.distinct = distinct
    }
}
