/// UTF-8 written through a pointer into storage that doubles when full, for the passes that rewrite
/// a text (composition, clean-up): appending to an array checks its uniqueness and capacity on every
/// call, and most of their calls add a byte or three.
struct ByteWriter: ~Copyable {
    private var storage: UnsafeMutableBufferPointer<UInt8>
    private var count = 0

    init(capacity: Int) {
        storage = .allocate(capacity: max(capacity, 16))
    }

    deinit { storage.deallocate() }

    /// Makes room for `extra` more bytes.
    private mutating func reserve(_ extra: Int) {
        guard count + extra > storage.count else { return }
        let grown = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(storage.count * 2, count + extra))
        grown.baseAddress!.initialize(from: storage.baseAddress!, count: count)
        storage.deallocate()
        storage = grown
    }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        (storage.baseAddress! + count).initialize(from: source, count: bytes.count)
        count += bytes.count
    }

    mutating func append(_ byte: UInt8) {
        reserve(1)
        storage[count] = byte
        count += 1
    }

    mutating func append(_ scalar: Unicode.Scalar) {
        reserve(4)
        count += ValidUTF8.encode(scalar.value, into: storage.baseAddress! + count)
    }

    /// What was written, as a string.
    var string: String {
        String(decoding: UnsafeBufferPointer(start: storage.baseAddress, count: count), as: UTF8.self)
    }
}
