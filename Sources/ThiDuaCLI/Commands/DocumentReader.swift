import Foundation
import ThiDuaKit

/// Reads, segments and transforms the inputs of a command on several threads.
///
/// Results come back in input order whatever the number of jobs, so output is byte-identical; each
/// document's text and tree are dropped as soon as its transform returns. Bad inputs are reported on
/// stderr, one line each, in input order, and the others are still processed.
struct DocumentReader {
    let console: Console
    /// How many documents to process at once.
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount
    /// Whether to show progress on stderr (only ever when stderr is a terminal).
    var showsProgress = false
    var ingester = Ingester()
    var segmenter = Segmenter()

    /// A document that was read and segmented.
    struct Loaded {
        var source: SourceText
        var document: SegmentedDocument
    }

    /// Reads every path (folders expanded) and keeps the documents: for commands that need the trees.
    func read(_ paths: [String]) -> (documents: [Loaded], failed: Bool) {
        let (documents, failed) = map(paths) { Loaded(source: $0, document: $1) }
        return (documents, failed)
    }

    /// Reads every path (folders expanded) and transforms each document on `jobs` threads.
    ///
    /// A folder that holds no `.txt` or `.md` file is itself reported, so nothing is silently empty.
    func map<T>(_ paths: [String], _ transform: @escaping @Sendable (SourceText, SegmentedDocument) -> T) -> (results: [T], failed: Bool) {
        var expandedFiles: [String] = []
        var failed = false
        for path in paths {
            let expanded = InputFiles.expand([path])
            if expanded.isEmpty {
                console.error("\(path): folder holds no .txt or .md files")
                failed = true
            }
            expandedFiles += expanded
        }
        let files = expandedFiles
        // Standard input is read here, once, on this thread.
        let stdin: [UInt8]? = files.contains("-") ? console.readInput() : nil
        let slots = Slots<Outcome<T>>(count: files.count)
        let progress = showsProgress && files.count > 1 ? Progress(total: files.count) : nil
        let ingester = self.ingester, segmenter = self.segmenter
        let readAhead = ReadAhead(paths: files)
        let work: @Sendable (Int) -> Void = { index in
            let file = files[index]
            do {
                let source = try file == "-" ? ingester.ingest(bytes: stdin ?? [], path: "-") : readAhead.ingest(index, with: ingester)
                let document = segmenter.segment(source)
                progress?.advance(bytes: source.utf8.count)
                guard document.hasRecognisableStructure else {
                    slots[index] = .failure(
                        "\(file): no recognisable plan structure (no QUYẾT ĐỊNH or KẾ HOẠCH heading, no numbered sections)")
                    return
                }
                slots[index] = .success(transform(source, document))
            } catch {
                progress?.advance(bytes: 0)
                slots[index] = .failure((error as? IngestError)?.description ?? "\(file): \(error)")
            }
        }
        Parallel.forEach(count: files.count, jobs: max(1, jobs), work)
        progress?.finish()
        var results: [T] = []
        results.reserveCapacity(files.count)
        for case let outcome? in slots.values {
            switch outcome {
            case .success(let value): results.append(value)
            case .failure(let message):
                console.error(message)
                failed = true
            }
        }
        return (results, failed)
    }

    enum Outcome<T> {
        case success(T)
        case failure(String)
    }
}

/// Runs work items on a number of threads; each index exactly once.
final class Slots<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [Value?]

    init(count: Int) {
        storage = Array(repeating: nil, count: count)
    }

    subscript(index: Int) -> Value? {
        get {
            lock.lock()
            defer { lock.unlock() }
            return storage[index]
        }
        set {
            lock.lock()
            storage[index] = newValue
            lock.unlock()
        }
    }

    var values: [Value?] {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }
}

/// A one-line progress indicator on stderr: files done / total and MB/s, redrawn in place.
final class Progress: @unchecked Sendable {
    private let lock = NSLock()
    private let total: Int
    private let start = Date()
    private var done = 0
    private var bytes = 0
    private var lastDrawn = Date.distantPast

    init(total: Int) {
        self.total = total
    }

    func advance(bytes count: Int) {
        lock.lock()
        defer { lock.unlock() }
        done += 1
        bytes += count
        let now = Date()
        guard now.timeIntervalSince(lastDrawn) > 0.1 || done == total else { return }
        lastDrawn = now
        let seconds = max(now.timeIntervalSince(start), 0.001)
        let line = String(format: "\r%d/%d files  %.1f MB/s ", done, total, Double(bytes) / 1_000_000 / seconds)
        FileHandle.standardError.write(Data(line.utf8))
    }

    func finish() {
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}

extension DocumentReader {
    /// A reader configured from `--jobs` and `--quiet`.
    init(console: Console, arguments: ParsedArguments) throws(UsageError) {
        self.init(console: console)
        if let text = arguments.value("jobs") {
            guard let value = Int(text), value >= 1 else {
                throw UsageError(message: "invalid value '\(text)' for '--jobs'; expected a whole number from 1")
            }
            jobs = value
        }
        showsProgress = console.errorIsTerminal && !arguments.has("quiet")
    }

    /// Records of every path, with blanks resolved across the run.
    func records(_ paths: [String]) -> (records: [PlanRecord], failed: Bool) {
        let extractor = PlanExtractor()
        let (entries, failed) = map(paths) { _, document in
            (extractor.extract(from: document), PlanExtractor.numberCode(of: document))
        }
        return (extractor.resolve(entries.map(\.0), numberCodes: entries.map(\.1)), failed)
    }
}
