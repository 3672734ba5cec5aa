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
        lhs.string.utf8.elementsEqual(rhs.string.utf8)
    }

    /// Byte order, which for NFC text is the order of `String` (scalar order).
    @inlinable
    public static func < (lhs: ExactText, rhs: ExactText) -> Bool {
        lhs.string.utf8.lexicographicallyPrecedes(rhs.string.utf8)
    }

    @inlinable
    public func hash(into hasher: inout Hasher) {
        var string = string
        string.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        hasher.combine(0xFF as UInt8)
    }

    public var description: String { string }
}
