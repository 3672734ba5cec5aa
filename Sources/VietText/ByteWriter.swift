/// Bytes written through a pointer into storage that doubles when full, for the passes that write a
/// text out (composition, clean-up, JSON): appending to an array checks its uniqueness and capacity
/// on every call, and most of their calls add a byte or three.
///
/// Inlinable: the JSON writer, in another module, appends byte by byte.
public struct ByteWriter: ~Copyable {
    @usableFromInline var storage: UnsafeMutableBufferPointer<UInt8>
    @usableFromInline var written = 0

    /// The number of bytes written so far.
    public var count: Int { written }

    public init(capacity: Int) {
        storage = .allocate(capacity: max(capacity, 16))
    }

    deinit { storage.deallocate() }

    /// Makes room for `extra` more bytes.
    @inlinable
    mutating func reserve(_ extra: Int) {
        guard written + extra > storage.count else { return }
        let grown = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(storage.count * 2, written + extra))
        grown.baseAddress!.initialize(from: storage.baseAddress!, count: written)
        storage.deallocate()
        storage = grown
    }

    @inlinable
    public mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        (storage.baseAddress! + written).initialize(from: source, count: bytes.count)
        written += bytes.count
    }

    @inlinable
    public mutating func append(_ byte: UInt8) {
        reserve(1)
        storage[written] = byte
        written += 1
    }

    /// `byte`, `repetitions` times.
    @inlinable
    public mutating func append(_ byte: UInt8, repeated repetitions: Int) {
        reserve(repetitions)
        (storage.baseAddress! + written).initialize(repeating: byte, count: repetitions)
        written += repetitions
    }

    @inlinable @inline(__always)
    public mutating func append(_ scalar: Unicode.Scalar) {
        reserve(4)
        written += ValidUTF8.encode(scalar.value, into: storage.baseAddress! + written)
    }

    /// The byte written at `index`.
    @inlinable
    public subscript(index: Int) -> UInt8 {
        precondition(index < written)
        return storage[index]
    }

    /// Drops what was written from `offset` on.
    @inlinable
    public mutating func truncate(to offset: Int) {
        written = min(written, max(0, offset))
    }

    /// Calls `body` with what was written.
    @inlinable
    public func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try body(UnsafeBufferPointer(start: storage.baseAddress, count: written))
    }

    /// What was written, as a string.
    public var string: String {
        withBytes { String(decoding: $0, as: UTF8.self) }
    }
}
