import Foundation
import Testing
import ThiDuaKit

@Suite struct IngesterTests {
    @Test func readsACorpusFileWithItsLineMap() throws {
        let source = try Corpus.source(Corpus.lamDong)
        #expect(source.id == Corpus.lamDong)
        #expect(source.encoding == .utf8)
        #expect(source.lineCount == 266)
        #expect(source.line(3) == "Số: 2037 /QĐ-UBND")
        #expect(source.line(5) == "Lâm Đồng, ngày 10 tháng 11 năm 2025")
        #expect(source.line(4) == "")
    }

    @Test func idIsTheFileNameWithoutExtension() {
        #expect(SourceText.id(forPath: "corpus/ha-tinh.txt") == "ha-tinh")
        #expect(SourceText.id(forPath: "/a/b/plan.draft.md") == "plan.draft")
        #expect(SourceText.id(forPath: "-") == "stdin")
        #expect(SourceText.id(forPath: "Kế hoạch/bản nháp.v2.txt") == "bản nháp.v2")
        #expect(SourceText.id(forPath: "drafts/") == "drafts")
        #expect(SourceText.id(forPath: "drafts/.hidden") == ".hidden")
        #expect(SourceText.id(forPath: "//") == "//")
    }

    @Test func badInputIsRejectedWithThePathAndTheProblem() throws {
        let folder = try Corpus.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let empty = folder.appendingPathComponent("empty.txt").path
        let blank = folder.appendingPathComponent("blank.txt").path
        let binary = folder.appendingPathComponent("random.bin").path
        let latin1 = folder.appendingPathComponent("latin1.txt").path
        FileManager.default.createFile(atPath: empty, contents: Data())
        FileManager.default.createFile(atPath: blank, contents: Data(" \n\t\r\n".utf8))
        var generator = SplitMix64(seed: 42)
        FileManager.default.createFile(
            atPath: binary, contents: Data((0..<4096).map { _ in UInt8(truncatingIfNeeded: generator.next()) }))
        // "Số" in Latin-1-ish bytes: 0xF3 is not valid UTF-8 here.
        FileManager.default.createFile(atPath: latin1, contents: Data([0x53, 0xF3, 0x3A, 0x20, 0x31]))

        let ingester = Ingester()
        #expect(throws: IngestError.undecodable(path: empty, .empty)) { try ingester.ingest(path: empty) }
        #expect(throws: IngestError.blank(path: blank)) { try ingester.ingest(path: blank) }
        #expect(throws: IngestError.undecodable(path: latin1, .invalidUTF8(offset: 1))) { try ingester.ingest(path: latin1) }
        #expect(throws: IngestError.isDirectory(path: folder.path)) { try ingester.ingest(path: folder.path) }
        let missing = folder.appendingPathComponent("missing.txt").path
        #expect(throws: IngestError.notFound(path: missing)) { try ingester.ingest(path: missing) }
        do {
            _ = try ingester.ingest(path: binary)
            Issue.record("random bytes were accepted")
        } catch {
            #expect(error.path == binary)
            #expect(error.description.hasPrefix(binary + ": "))
            #expect(!error.description.contains("\n"))
        }
    }

    @Test func aFileOverTheLimitIsRefused() throws {
        let ingester = Ingester(configuration: .init(maxFileSize: 1000))
        #expect(throws: IngestError.tooLarge(path: Corpus.path(Corpus.lamDong), size: 33185, limit: 1000)) {
            try ingester.ingest(path: Corpus.path(Corpus.lamDong))
        }
    }

    @Test func messagesReadAsOneLine() {
        #expect(IngestError.undecodable(path: "a.txt", .invalidUTF8(offset: 9)).description
            == "a.txt: not valid UTF-8 at byte offset 9")
        #expect(IngestError.isDirectory(path: "corpus").description == "corpus: is a directory, not a file")
        #expect(IngestError.notFound(path: "x.txt").description == "x.txt: no such file")
    }
}

/// A small, fixed-seed random generator (SplitMix64), so property tests repeat exactly.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
