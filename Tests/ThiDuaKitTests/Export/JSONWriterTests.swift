import Foundation
import Testing
import ThiDuaKit

/// `JSONWriter` must write what `JSONEncoder` writes, byte for byte: the JSON outputs are contracts.
@Suite struct JSONWriterTests {
    private static func foundation<Value: Encodable>(_ value: Value) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(value))
    }

    private static func expectSameAsFoundation<Value: Encodable>(_ value: Value, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let written = try JSONWriter.bytes(value)
        let expected = try foundation(value)
        let same = written == expected
        // On a difference, the text around its first byte rather than two whole documents.
        let at = zip(written, expected).prefix { $0 == $1 }.count
        let context = { (bytes: [UInt8]) in String(decoding: bytes[max(0, at - 120)..<min(bytes.count, at + 80)], as: UTF8.self) }
        #expect(same, "\(context(written))\n--- JSONEncoder:\n\(context(expected))", sourceLocation: sourceLocation)
    }

    private static let records: [PlanRecord] = Corpus.all.map { PlanExtractor().extract(from: try! Corpus.document($0)) }

    @Test func writesTheRecordsOfTheCorpusAsJSONEncoderDoes() throws {
        let json = try JSONWriter.text(Self.records)
        #expect(Array(json.utf8) == (try Self.foundation(Self.records)) + [0x0A])
        // Lâm Đồng's first phase, 2025–2027 from line 114, with its keys in order.
        let lamDong = try JSONWriter.text(Self.records[1])
        #expect(lamDong.contains("\"phases\" : [\n    {\n      \"from\" : 2025,\n      \"label\" : \"Giai đoạn I\",\n      \"line\" : 114,"))
    }

    @Test func writesTheComparisonTheOutlineAndTheFindingsAsJSONEncoderDoes() throws {
        let comparison = Comparator().compare(Self.records)
        try Self.expectSameAsFoundation(comparison)
        try Self.expectSameAsFoundation(try Corpus.document(Corpus.lamDong))
        let document = try Corpus.document(Corpus.sonLaOffice)
        let findings = Checker().check(
            CheckContext(source: try Corpus.source(Corpus.sonLaOffice), document: document, record: PlanExtractor().extract(from: document)))
        #expect(!findings.isEmpty)
        try Self.expectSameAsFoundation(findings)
    }

    private struct Scalars: Encodable {
        var text = "quote \" backslash \\ slash / newline \n return \r tab \t \u{8}\u{C}\u{1}\u{1F}\u{7F} Đổi mới “sáng tạo” \u{2028} 😀"
        var short = "\""
        var empty = ""
        var integers: [Int] = [0, -1, 42, Int.min, Int.max]
        var smallIntegers: [Int8] = [Int8.min, Int8.max]
        var unsigned: [UInt64] = [0, UInt64.max]
        var doubles: [Double] = [1, 0.1, -2.5, 1e20, 1e-7, 123456789.125, .pi, 0]
        var floats: [Float] = [1.5, 3, 0.1]
        var flags = [true, false]
        var missing: Int? = nil
        var present: Int? = 7
    }

    @Test func escapesAndPrintsScalarsAsJSONEncoderDoes() throws {
        try Self.expectSameAsFoundation(Scalars())
        try Self.expectSameAsFoundation("top level")
        try Self.expectSameAsFoundation(12)
    }

    private struct Empty: Encodable {
        var array: [Int] = []
        var object: [String: Int] = [:]
        var nested: [[String: [Int]]] = [[:], ["a": []]]
    }

    @Test func writesEmptyContainersOnTwoLines() throws {
        try Self.expectSameAsFoundation(Empty())
        #expect(try JSONWriter.text([Int]()) == "[\n\n]\n")
    }

    @Test func sortsKeysByTheirUTF8Bytes() throws {
        // Upper case before lower, `_` between, digits as characters, decomposed letters by their bytes.
        let keys = ["b", "a", "B", "_", "a10", "a9", "aB", "aa", "é", "e\u{301}x", "f", "～", "😀", "a-b", "a\n", "a!", "longkey_2", "longkey_10", "longkey"]
        let dictionary = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) })
        try Self.expectSameAsFoundation(dictionary)
        try Self.expectSameAsFoundation(["outer": dictionary, "a": [:]])
    }

    private enum Shape: Encodable {
        case circle(radius: Int)
        case pair(Int, String)
        case none
    }

    private struct Merged: Encodable {
        var inner = ["z": 1, "b": 2]
        var extra = "x"

        /// Two encodes into one object, as the comparison's JSON groups do.
        func encode(to encoder: any Encoder) throws {
            try inner.encode(to: encoder)
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(extra, forKey: .extra)
        }

        enum Key: String, CodingKey { case extra }
    }

    @Test func writesNestedContainersAndObjectsEncodedInTwoParts() throws {
        try Self.expectSameAsFoundation([Shape.circle(radius: 2), .pair(1, "a"), .none])
        try Self.expectSameAsFoundation(Merged())
    }

    private struct Duplicated: Encodable {
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: PlainKey.self)
            try container.encode(1, forKey: PlainKey("k"))
            try container.encode(2, forKey: PlainKey("a"))
            try container.encode(3, forKey: PlainKey("k"))
        }
    }

    /// Writes to a container after a later sibling started: the writer hands the value to `JSONEncoder`.
    private struct Interleaved: Encodable {
        func encode(to encoder: any Encoder) throws {
            var outer = encoder.container(keyedBy: PlainKey.self)
            var first = outer.nestedContainer(keyedBy: PlainKey.self, forKey: PlainKey("first"))
            try outer.encode("between", forKey: PlainKey("middle"))
            try first.encode(1, forKey: PlainKey("late"))
        }
    }

    private struct PlainKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ string: String) { stringValue = string }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    @Test func keepsTheLastOfDuplicateKeysAndLeavesOutOfOrderValuesToJSONEncoder() throws {
        try Self.expectSameAsFoundation(Duplicated())
        try Self.expectSameAsFoundation(Interleaved())
        #expect(try JSONWriter.text(Interleaved()).contains("\"late\" : 1"))
    }

    @Test func refusesWhatJSONCannotHold() {
        #expect(throws: EncodingError.self) { try JSONWriter.bytes(Double.nan) }
        #expect(throws: EncodingError.self) { try JSONWriter.bytes([1, Double.infinity]) }
    }
}
