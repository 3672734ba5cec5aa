import Foundation
import Synchronization
import Testing
import ThiDuaKit

/// Reading ahead changes when a file is opened, never what is read: every file comes out as
/// `Ingester.ingest(path:)` gives it, or with the same error, whatever the order the files are taken in
/// and however far ahead they are opened.
@Suite struct ReadAheadTests {
    /// What a read gave, in a form that compares: the path, encoding and text, or the error.
    static func outcome(_ read: () throws(IngestError) -> SourceText) -> String {
        do {
            let source = try read()
            return "\(source.path) \(source.encoding) \(source.lineCount) \(String(decoding: source.utf8, as: UTF8.self))"
        } catch {
            return "error: \(error)"
        }
    }

    @Test func everyFileIsReadAsWithoutReadingAhead() throws {
        let folder = try Corpus.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try String(contentsOfFile: Corpus.path(Corpus.haTinh), encoding: .utf8)
        let empty = folder.appendingPathComponent("empty.txt").path
        let crlf = folder.appendingPathComponent("crlf.txt").path
        let utf16 = folder.appendingPathComponent("utf16.txt").path
        FileManager.default.createFile(atPath: empty, contents: Data())
        FileManager.default.createFile(atPath: crlf, contents: Data(text.replacingOccurrences(of: "\n", with: "\r\n").utf8))
        FileManager.default.createFile(atPath: utf16, contents: Data(TextEncoding.utf16LittleEndian.encode(text)))
        let missing = folder.appendingPathComponent("missing.txt").path
        let paths = Corpus.all.map(Corpus.path) + [empty, crlf, folder.path, missing, utf16]
        let ingester = Ingester()
        let expected = paths.map { path in Self.outcome { () throws(IngestError) in try ingester.ingest(path: path) } }
        #expect(expected.filter { $0.hasPrefix("error: ") }.count == 3)
        // In order, backwards (every file opened ahead at the first), and out of order, as threads take them.
        let orders = [Array(paths.indices), Array(paths.indices.reversed()), [3, 0, 1, 7, 2, 9, 4, 8, 5, 6]]
        #expect(orders.allSatisfy { $0.sorted() == Array(paths.indices) })
        for distance in [0, 1, 3, 32] {
            for order in orders {
                let readAhead = ReadAhead(paths: paths, distance: distance)
                for index in order {
                    #expect(Self.outcome { () throws(IngestError) in try readAhead.ingest(index, with: ingester) } == expected[index], "\(distance) \(order) \(index)")
                }
            }
        }
    }

    /// Every descriptor opened ahead is closed: by the read of its file, or when the reader is let go
    /// before its file's turn. Three hundred runs would leave thousands open if either failed; other
    /// tests, running at the same time, open a few.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self/fd")))
    func noDescriptorIsLeftOpen() throws {
        func openDescriptors() throws -> Int { try FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").count }
        let paths = Corpus.all.map(Corpus.path)
        let before = try openDescriptors()
        for _ in 0..<300 {
            let whole = ReadAhead(paths: paths, distance: 3)
            for index in paths.indices { _ = try whole.ingest(index, with: Ingester()) }
            let partly = ReadAhead(paths: paths, distance: 4)
            _ = try partly.ingest(0, with: Ingester())
        }
        #expect(try openDescriptors() < before + 100)
    }

    /// A pipe among the paths is not opened ahead: opening it would wait for a writer and hold up the
    /// files before it, nor opened at all before its turn. (Should it be, a writer that tries every tenth
    /// of a second finds it open, and lets a run held up by it go on: the test fails rather than waits
    /// for ever.)
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self/fd")))
    func aPipeAheadDoesNotHoldUpTheRun() throws {
        let folder = try Corpus.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pipe = folder.appendingPathComponent("pipe.txt").path
        #expect(mkfifo(pipe, 0o600) == 0)
        let writerWasNeeded = Mutex(false)
        Thread.detachNewThread {
            // A writer's open without blocking succeeds only while a reader has the pipe open.
            for _ in 0..<50 {
                usleep(100_000)
                let descriptor = open(pipe, O_WRONLY | O_NONBLOCK)
                if descriptor >= 0 {
                    writerWasNeeded.withLock { $0 = true }
                    close(descriptor)
                    return
                }
            }
        }
        let readAhead = ReadAhead(paths: [Corpus.path(Corpus.lamDong), pipe], distance: 2)
        #expect(try readAhead.ingest(0, with: Ingester()).id == Corpus.lamDong)
        // The pipe, had it been opened ahead, stays open while the reader lives: the writer would find it.
        withExtendedLifetime(readAhead) { usleep(350_000) }
        #expect(!writerWasNeeded.withLock { $0 })
    }
}
