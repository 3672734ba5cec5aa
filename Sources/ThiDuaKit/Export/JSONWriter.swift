import Foundation
import VietText

/// Writes `Encodable` values as JSON in the layout of Foundation's `JSONEncoder` with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`, byte for byte: two-space indents,
/// `"key" : value`, keys in UTF-8 byte order, only `"`, `\` and control characters escaped.
///
/// The JSON outputs are contracts that scripts diff, so the layout is `JSONEncoder`'s; the writer
/// exists for speed and memory. `JSONEncoder` builds a tree of dictionaries and then prints it: three
/// seconds on one core, and a tree larger than the text, for the records of 10,000 plans. This
/// writer prints each value as it is encoded, and sorts an object's entries when it is closed by
/// moving their bytes.
///
/// That needs values to be encoded one after the other, as synthesised `Encodable` code does. A
/// value that writes to a container after a later sibling has been started, or that asks for a
/// `superEncoder`, is encoded by `JSONEncoder` instead. Values of Foundation's types that
/// `JSONEncoder` treats specially (`Date`, `Data`, `URL`, `Decimal`) are written as their own
/// `Encodable` conformance says; the contracts hold none of them.
public enum JSONWriter {
    /// The JSON text of `value`, ending with a line feed.
    public static func text<Value: Encodable>(_ value: Value) throws -> String {
        let stream = try write(value)
        return stream.withBytes(endingLine: true) { String(decoding: $0, as: UTF8.self) }
    }

    /// The JSON text of one of ThiDua's own documents (records, comparisons, findings, outlines), ending
    /// with a line feed.
    ///
    /// Their values are strings, integers, booleans, optionals, arrays and objects, which always
    /// encode: ``text(_:)`` throws only for a floating-point infinity or NaN, or for a top-level value
    /// that writes nothing. A failure here is a programming error, so it stops the program with the
    /// reason rather than print an empty document that a script would read as "nothing found".
    package static func documentText<Value: Encodable>(_ value: Value) -> String {
        do {
            return try text(value)
        } catch {
            preconditionFailure("\(Value.self) did not encode as JSON: \(error)")
        }
    }

    /// The JSON of `value`, without a final line feed (as `JSONEncoder` writes it).
    public static func bytes<Value: Encodable>(_ value: Value) throws -> [UInt8] {
        try write(value).withBytes(endingLine: false) { Array($0) }
    }

    private static func write<Value: Encodable>(_ value: Value) throws -> JSONStream {
        let stream = JSONStream()
        let encoder = StreamEncoder(stream: stream, parent: nil, key: nil, depth: 0)
        try value.encode(to: encoder)
        stream.text.pointee.closeFrames(above: -1)
        if stream.text.pointee.unsupported {
            // Encoded out of order: `JSONEncoder` builds a tree and has no such limit.
            let fallback = JSONEncoder()
            fallback.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data = try fallback.encode(value)
            let exact = JSONStream()
            data.withUnsafeBytes { exact.text.pointee.append($0.assumingMemoryBound(to: UInt8.self)) }
            return exact
        }
        guard stream.text.pointee.count > 0 else {
            throw EncodingError.invalidValue(
                value, EncodingError.Context(codingPath: [], debugDescription: "Top-level \(Value.self) did not encode any values."))
        }
        return stream
    }
}

// MARK: - Encoding

/// A `JSONText` shared by the encoders of one run. The text is reached through a pointer: as a
/// class's stored properties, each of its many small writes would be checked for exclusive access,
/// which cost more than the writing.
private final class JSONStream {
    let text: UnsafeMutablePointer<JSONText>

    init() {
        text = .allocate(capacity: 1)
        text.initialize(to: JSONText())
    }

    deinit {
        text.deinitialize(count: 1)
        text.deallocate()
    }

    /// Calls `body` with the text written, after a final line feed if `endingLine`. (A method, so
    /// that the stream, which owns the text, lives until `body` returns.)
    func withBytes<Result>(endingLine: Bool, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        if endingLine { text.pointee.append(0x0A) }
        return try text.pointee.withBytes(body)
    }
}

/// The text being written, and the containers still open.
private struct JSONText: ~Copyable {
    /// An open array or object.
    struct Frame {
        let id: Int
        let isObject: Bool
        /// The depth of the container's brackets; its entries are one deeper.
        let depth: Int
        /// The elements or entries begun.
        var count = 0
        /// An object's entries, as written: their keys and the bytes of `"key" : value`.
        var entries: [Entry] = []
    }

    struct Entry {
        var key: String
        /// The first eight bytes of the key, big-endian and zero-padded, when the key needed no escape:
        /// they order most keys without reading them again.
        var prefix: UInt64?
        var start: Int
        var end: Int
    }

    private var bytes = ByteWriter(capacity: 1 << 16)
    private var frames: [Frame] = []
    private var nextID = 0
    /// Set when a value is encoded out of order; the result is then not used.
    private(set) var unsupported = false

    /// The number of bytes written.
    var count: Int { bytes.count }

    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try bytes.withBytes(body)
    }

    mutating func markUnsupported() {
        unsupported = true
    }

    // MARK: Containers

    /// Opens an array or object at `depth` and returns its id.
    mutating func open(object: Bool, depth: Int) -> Int {
        nextID += 1
        frames.append(Frame(id: nextID, isObject: object, depth: depth))
        append(object ? 0x7B : 0x5B)
        return nextID
    }

    /// Whether the container `id` is open; the containers opened after it are closed, as nothing
    /// can be added to them once their parent moves on.
    mutating func isOpen(_ id: Int) -> Bool {
        guard let index = frames.lastIndex(where: { $0.id == id }) else {
            unsupported = true
            return false
        }
        closeFrames(above: index)
        return true
    }

    /// Starts the next element of array `id`, and returns the depth of its value; `nil` if the array
    /// cannot take one any more.
    mutating func beginElement(of id: Int) -> Int? {
        guard !unsupported, isOpen(id) else { return nil }
        let last = frames.count - 1
        if frames[last].count > 0 { append(0x2C) }
        frames[last].count += 1
        newLine(frames[last].depth + 1)
        return frames[last].depth + 1
    }

    /// Starts the entry `key` of object `id` (`"key" : `), and returns the depth of its value.
    mutating func beginEntry(of id: Int, key: String) -> Int? {
        guard !unsupported, isOpen(id) else { return nil }
        let last = frames.count - 1
        if !frames[last].entries.isEmpty {
            frames[last].entries[frames[last].entries.count - 1].end = count
            append(0x2C)
        }
        frames[last].count += 1
        newLine(frames[last].depth + 1)
        let start = count
        writeString(key)
        let prefix = count - start - 2 == key.utf8.count ? prefix(ofKeyAt: start) : nil
        frames[last].entries.append(Entry(key: key, prefix: prefix, start: start, end: count))
        append(" : ")
        return frames[last].depth + 1
    }

    /// The first eight bytes of the key written, without escapes, at `start`.
    private func prefix(ofKeyAt start: Int) -> UInt64 {
        let length = min(8, count - start - 2)
        var prefix: UInt64 = 0
        for index in 0..<8 { prefix = prefix << 8 | UInt64(index < length ? bytes[start + 1 + index] : 0) }
        return prefix
    }

    /// Closes the containers above position `index` of the stack, innermost first.
    mutating func closeFrames(above index: Int) {
        while frames.count > index + 1 {
            var frame = frames.removeLast()
            if frame.isObject, frame.entries.count > 1 {
                frame.entries[frame.entries.count - 1].end = count
                sortEntries(frame.entries, depth: frame.depth)
            }
            if frame.count == 0 { append(0x0A) }
            newLine(frame.depth)
            append(frame.isObject ? 0x7D : 0x5D)
        }
    }

    /// The number of containers open.
    var openCount: Int { frames.count }

    /// Puts an object's entries, written in the order they were encoded, in the UTF-8 byte order of
    /// their keys; of entries with the same key, the last one stays, as in `JSONEncoder`'s dictionary.
    private mutating func sortEntries(_ entries: [Entry], depth: Int) {
        func precedes(_ a: Entry, _ b: Entry) -> Bool {
            if let x = a.prefix, let y = b.prefix, x != y { return x < y }
            let (x, y) = (ExactText(a.key), ExactText(b.key))
            return x == y ? a.start < b.start : x < y
        }
        let inOrder = entries.indices.dropFirst().allSatisfy { index in
            guard let x = entries[index - 1].prefix, let y = entries[index].prefix else { return false }
            return x < y
        }
        if inOrder { return }
        var sorted = entries
        sorted.sort(by: precedes)
        // Of entries with one key, the last.
        sorted = sorted.indices.filter { $0 + 1 == sorted.count || sorted[$0 + 1].key != sorted[$0].key }.map { sorted[$0] }
        if sorted.count == entries.count, zip(sorted, entries).allSatisfy({ $0.start == $1.start }) { return }
        let start = entries[0].start
        let written = bytes.withBytes { Array(UnsafeBufferPointer(rebasing: $0[start...])) }
        bytes.truncate(to: start)
        written.withUnsafeBufferPointer { written in
            for (index, entry) in sorted.enumerated() {
                if index > 0 {
                    append(0x2C)
                    newLine(depth + 1)
                }
                append(UnsafeBufferPointer(rebasing: written[(entry.start - start)..<(entry.end - start)]))
            }
        }
    }

    // MARK: Bytes

    mutating func append(_ byte: UInt8) {
        bytes.append(byte)
    }

    mutating func append(_ written: UnsafeBufferPointer<UInt8>) {
        bytes.append(written)
    }

    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { append($0) }
    }

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    /// A line feed and two spaces per level.
    mutating func newLine(_ depth: Int) {
        bytes.append(0x0A)
        bytes.append(0x20, repeated: 2 * depth)
    }

    /// `{`, a blank line and `}`: what a value that encodes nothing is written as.
    mutating func writeEmptyObject(depth: Int) {
        append(0x7B)
        append(0x0A)
        newLine(depth)
        append(0x7D)
    }

    mutating func writeInteger(_ value: Int64) {
        if value < 0 { append(0x2D) }
        var magnitude = value.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { buffer in
            var start = buffer.count
            repeat {
                start -= 1
                buffer[start] = 0x30 + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            append(UnsafeBufferPointer(rebasing: buffer.bindMemory(to: UInt8.self)[start...]))
        }
    }

    /// Floating-point numbers as `JSONEncoder` prints them: Swift's shortest round-trip form, without
    /// a trailing `.0` (`1`, `0.1`, `1e-07`); infinities and NaN are not JSON and throw.
    mutating func writeFloat<Value: BinaryFloatingPoint & LosslessStringConvertible>(_ value: Value, _ codingPath: () -> [any CodingKey]) throws {
        guard value.isFinite else {
            throw EncodingError.invalidValue(
                value, EncodingError.Context(codingPath: codingPath(), debugDescription: "Unable to encode \(value) directly in JSON."))
        }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        append(text)
    }

    /// A string in quotes, with `"`, `\` and control characters escaped.
    mutating func writeString(_ text: String) {
        var text = text
        append(0x22)
        text.withUTF8 { utf8 in
            var start = 0
            while let index = Self.firstEscaped(in: utf8, from: start) {
                append(UnsafeBufferPointer(rebasing: utf8[start..<index]))
                appendEscape(utf8[index])
                start = index + 1
            }
            append(UnsafeBufferPointer(rebasing: utf8[start...]))
        }
        append(0x22)
    }

    /// The first byte at or after `start` that a JSON string escapes: `"`, `\`, or below 0x20.
    private static func firstEscaped(in utf8: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        if let base = utf8.baseAddress {
            while index + 8 <= utf8.count {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                let escaped = SWAR.zeroBytes(word & SWAR.repeating(0xE0)) | SWAR.equal(word, 0x22) | SWAR.equal(word, 0x5C)
                if escaped != 0 { return index + escaped.trailingZeroBitCount / 8 }
                index += 8
            }
        }
        while index < utf8.count {
            let byte = utf8[index]
            if byte < 0x20 || byte == 0x22 || byte == 0x5C { return index }
            index += 1
        }
        return nil
    }

    private mutating func appendEscape(_ byte: UInt8) {
        switch byte {
        case 0x22: append("\\\"")
        case 0x5C: append("\\\\")
        case 0x0A: append("\\n")
        case 0x0D: append("\\r")
        case 0x09: append("\\t")
        case 0x08: append("\\b")
        case 0x0C: append("\\f")
        default:
            let hex: StaticString = "0123456789abcdef"
            append("\\u00")
            append(hex.utf8Start[Int(byte >> 4)])
            append(hex.utf8Start[Int(byte & 0x0F)])
        }
    }
}

/// The `Encoder` of one value at one depth.
private final class StreamEncoder: Encoder {
    let stream: JSONStream
    let parent: StreamEncoder?
    var key: (any CodingKey)?
    var depth: Int
    /// The container this value opened, if it opened one.
    var container: Int?
    /// A child encoder that nothing holds any more, for the next nested value.
    private var spare: StreamEncoder?

    init(stream: JSONStream, parent: StreamEncoder?, key: (any CodingKey)?, depth: Int) {
        self.stream = stream
        self.parent = parent
        self.key = key
        self.depth = depth
    }

    var codingPath: [any CodingKey] {
        var path: [any CodingKey] = []
        var encoder: StreamEncoder? = self
        while let current = encoder, let key = current.key {
            path.append(key)
            encoder = current.parent
        }
        return path.reversed()
    }

    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(KeyedContainer<Key>(encoder: self, id: open(object: true)))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        UnkeyedContainer(encoder: self, id: open(object: false))
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleValueContainer(encoder: self)
    }

    /// This value's container: opened on the first request, the same one after.
    private func open(object: Bool) -> Int {
        if let container {
            _ = stream.text.pointee.isOpen(container)
            return container
        }
        let id = stream.text.pointee.open(object: object, depth: depth)
        container = id
        return id
    }

    /// Writes a nested value at `depth`: what it encodes itself as, an empty object if nothing.
    func write<Value: Encodable>(_ value: Value, key: any CodingKey, depth: Int) throws {
        var child: StreamEncoder
        if let spare {
            child = spare
            self.spare = nil
            child.key = key
            child.depth = depth
        } else {
            child = StreamEncoder(stream: stream, parent: self, key: key, depth: depth)
        }
        let (start, open) = (stream.text.pointee.count, stream.text.pointee.openCount)
        try value.encode(to: child)
        stream.text.pointee.closeFrames(above: open - 1)
        if stream.text.pointee.count == start { stream.text.pointee.writeEmptyObject(depth: depth) }
        child.container = nil
        // Reused only when no container of the value kept it.
        if isKnownUniquelyReferenced(&child) { spare = child }
    }

    /// An encoder whose writes are not used: for `superEncoder`, which this writer leaves to `JSONEncoder`.
    func unsupported() -> any Encoder {
        stream.text.pointee.markUnsupported()
        return StreamEncoder(stream: JSONStream(), parent: self, key: nil, depth: depth)
    }
}

/// The key of an element of an array, for coding paths.
private struct IndexKey: CodingKey {
    var intValue: Int?

    init?(stringValue: String) {
        nil
    }

    init(intValue: Int) {
        self.intValue = intValue
    }

    var stringValue: String { intValue.map { String($0) } ?? "" }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: StreamEncoder
    let id: Int

    var codingPath: [any CodingKey] { encoder.codingPath }
    private var text: UnsafeMutablePointer<JSONText> { encoder.stream.text }

    /// Starts the entry: the depth of its value, `nil` when the object is closed.
    private func begin(_ key: Key) -> Int? {
        text.pointee.beginEntry(of: id, key: key.stringValue)
    }

    mutating func encodeNil(forKey key: Key) throws { if begin(key) != nil { text.pointee.append("null") } }
    mutating func encode(_ value: Bool, forKey key: Key) throws { if begin(key) != nil { text.pointee.append(value ? "true" : "false") } }
    mutating func encode(_ value: String, forKey key: Key) throws { if begin(key) != nil { text.pointee.writeString(value) } }
    mutating func encode(_ value: Double, forKey key: Key) throws { if begin(key) != nil { try text.pointee.writeFloat(value) { codingPath + [key] } } }
    mutating func encode(_ value: Float, forKey key: Key) throws { if begin(key) != nil { try text.pointee.writeFloat(value) { codingPath + [key] } } }
    mutating func encode(_ value: Int, forKey key: Key) throws { if begin(key) != nil { text.pointee.writeInteger(Int64(value)) } }
    mutating func encode(_ value: Int8, forKey key: Key) throws { if begin(key) != nil { text.pointee.writeInteger(Int64(value)) } }
    mutating func encode(_ value: Int16, forKey key: Key) throws { if begin(key) != nil { text.pointee.writeInteger(Int64(value)) } }
    mutating func encode(_ value: Int32, forKey key: Key) throws { if begin(key) != nil { text.pointee.writeInteger(Int64(value)) } }
    mutating func encode(_ value: Int64, forKey key: Key) throws { if begin(key) != nil { text.pointee.writeInteger(value) } }
    mutating func encode(_ value: UInt, forKey key: Key) throws { if begin(key) != nil { text.pointee.append(String(value)) } }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { if begin(key) != nil { text.pointee.writeInteger(Int64(value)) } }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { if begin(key) != nil { text.pointee.writeInteger(Int64(value)) } }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { if begin(key) != nil { text.pointee.writeInteger(Int64(value)) } }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { if begin(key) != nil { text.pointee.append(String(value)) } }

    mutating func encode<Value: Encodable>(_ value: Value, forKey key: Key) throws {
        guard let depth = begin(key) else { return }
        try encoder.write(value, key: key, depth: depth)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let nested = text.pointee.open(object: true, depth: begin(key) ?? 0)
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(encoder: encoder, id: nested))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        UnkeyedContainer(encoder: encoder, id: text.pointee.open(object: false, depth: begin(key) ?? 0))
    }

    mutating func superEncoder() -> any Encoder { encoder.unsupported() }
    mutating func superEncoder(forKey key: Key) -> any Encoder { encoder.unsupported() }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let encoder: StreamEncoder
    let id: Int
    private(set) var count = 0

    init(encoder: StreamEncoder, id: Int) {
        self.encoder = encoder
        self.id = id
    }

    var codingPath: [any CodingKey] { encoder.codingPath }
    private var text: UnsafeMutablePointer<JSONText> { encoder.stream.text }

    /// Starts the element: the depth of its value, `nil` when the array is closed.
    private mutating func begin() -> Int? {
        count += 1
        return text.pointee.beginElement(of: id)
    }

    mutating func encodeNil() throws { if begin() != nil { text.pointee.append("null") } }
    mutating func encode(_ value: Bool) throws { if begin() != nil { text.pointee.append(value ? "true" : "false") } }
    mutating func encode(_ value: String) throws { if begin() != nil { text.pointee.writeString(value) } }
    mutating func encode(_ value: Double) throws {
        if begin() != nil { try text.pointee.writeFloat(value) { [count] in codingPath + [IndexKey(intValue: count - 1)] } }
    }
    mutating func encode(_ value: Float) throws {
        if begin() != nil { try text.pointee.writeFloat(value) { [count] in codingPath + [IndexKey(intValue: count - 1)] } }
    }
    mutating func encode(_ value: Int) throws { if begin() != nil { text.pointee.writeInteger(Int64(value)) } }
    mutating func encode(_ value: Int8) throws { if begin() != nil { text.pointee.writeInteger(Int64(value)) } }
    mutating func encode(_ value: Int16) throws { if begin() != nil { text.pointee.writeInteger(Int64(value)) } }
    mutating func encode(_ value: Int32) throws { if begin() != nil { text.pointee.writeInteger(Int64(value)) } }
    mutating func encode(_ value: Int64) throws { if begin() != nil { text.pointee.writeInteger(value) } }
    mutating func encode(_ value: UInt) throws { if begin() != nil { text.pointee.append(String(value)) } }
    mutating func encode(_ value: UInt8) throws { if begin() != nil { text.pointee.writeInteger(Int64(value)) } }
    mutating func encode(_ value: UInt16) throws { if begin() != nil { text.pointee.writeInteger(Int64(value)) } }
    mutating func encode(_ value: UInt32) throws { if begin() != nil { text.pointee.writeInteger(Int64(value)) } }
    mutating func encode(_ value: UInt64) throws { if begin() != nil { text.pointee.append(String(value)) } }

    mutating func encode<Value: Encodable>(_ value: Value) throws {
        guard let depth = begin() else { return }
        try encoder.write(value, key: IndexKey(intValue: count - 1), depth: depth)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let nested = text.pointee.open(object: true, depth: begin() ?? 0)
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(encoder: encoder, id: nested))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        UnkeyedContainer(encoder: encoder, id: text.pointee.open(object: false, depth: begin() ?? 0))
    }

    mutating func superEncoder() -> any Encoder { encoder.unsupported() }
}

private struct SingleValueContainer: SingleValueEncodingContainer {
    let encoder: StreamEncoder

    var codingPath: [any CodingKey] { encoder.codingPath }
    private var text: UnsafeMutablePointer<JSONText> { encoder.stream.text }

    mutating func encodeNil() throws { text.pointee.append("null") }
    mutating func encode(_ value: Bool) throws { text.pointee.append(value ? "true" : "false") }
    mutating func encode(_ value: String) throws { text.pointee.writeString(value) }
    mutating func encode(_ value: Double) throws { try text.pointee.writeFloat(value) { codingPath } }
    mutating func encode(_ value: Float) throws { try text.pointee.writeFloat(value) { codingPath } }
    mutating func encode(_ value: Int) throws { text.pointee.writeInteger(Int64(value)) }
    mutating func encode(_ value: Int8) throws { text.pointee.writeInteger(Int64(value)) }
    mutating func encode(_ value: Int16) throws { text.pointee.writeInteger(Int64(value)) }
    mutating func encode(_ value: Int32) throws { text.pointee.writeInteger(Int64(value)) }
    mutating func encode(_ value: Int64) throws { text.pointee.writeInteger(value) }
    mutating func encode(_ value: UInt) throws { text.pointee.append(String(value)) }
    mutating func encode(_ value: UInt8) throws { text.pointee.writeInteger(Int64(value)) }
    mutating func encode(_ value: UInt16) throws { text.pointee.writeInteger(Int64(value)) }
    mutating func encode(_ value: UInt32) throws { text.pointee.writeInteger(Int64(value)) }
    mutating func encode(_ value: UInt64) throws { text.pointee.append(String(value)) }

    mutating func encode<Value: Encodable>(_ value: Value) throws {
        // The value encodes itself into this same encoder, as `JSONEncoder` lets it.
        try value.encode(to: encoder)
    }
}
