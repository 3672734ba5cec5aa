import Foundation
import ThiDuaKit

// thidua-bench: speed, memory and accuracy of ThiDua on a synthetic national corpus.
//
//   swift run -c release thidua-bench [--documents N] [--json] [--jobs N] [--keep]
//
// Timings belong here, never in unit tests.

struct Options {
    var documents = 10_000
    var json = false
    var jobs = ProcessInfo.processInfo.activeProcessorCount
    var keep = false
    var corpus = "corpus"

    init(_ arguments: [String]) {
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--documents": documents = iterator.next().flatMap(Int.init) ?? documents
            case "--jobs": jobs = iterator.next().flatMap(Int.init) ?? jobs
            case "--corpus": corpus = iterator.next() ?? corpus
            case "--json": json = true
            case "--keep": keep = true
            case "-h", "--help":
                print("usage: thidua-bench [--documents N] [--jobs N] [--corpus DIR] [--json] [--keep]")
                exit(0)
            default:
                FileHandle.standardError.write(Data("thidua-bench: unknown argument '\(argument)'\n".utf8))
                exit(64)
            }
        }
    }
}

struct StageTiming: Encodable {
    var stage: String
    var seconds: Double
    var megabytesPerSecond: Double
    var documentsPerSecond: Double
}

struct Target: Encodable {
    var target: String
    var limit: String
    var measured: String
    var met: Bool
}

struct Report: Encodable {
    var documents: Int
    var megabytes: Double
    var cores: Int
    /// The processor, as the system names it: timings hold for the machine they were taken on.
    var processor: String
    var jobs: Int
    var stages: [StageTiming]
    var speedup: Double
    var endToEndCompareSeconds: Double
    var endToEndComparePeakMegabytes: Double
    var checkOnePlanMilliseconds: Double
    var scalingRatio: Double
    /// Each round's pipeline timings, in seconds, in the order they ran: their spread says how steady
    /// the machine was.
    var pipelineRounds: PipelineRounds
    /// Why the pipeline figures may not be the code's own, when they say so; empty otherwise.
    var disturbances: [String]
    var accuracy: [String: Double]
    var targets: [Target]
}

/// The processor's model name and clock, from `/proc/cpuinfo` (Linux); "unknown" elsewhere.
func processorName() -> String {
    guard let info = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8) else { return "unknown" }
    func value(_ key: String) -> String? {
        info.split(separator: "\n").first { $0.hasPrefix(key) }.flatMap { $0.split(separator: ":", maxSplits: 1).last }
            .map { $0.trimmingCharacters(in: .whitespaces) }
    }
    guard let model = value("model name") else { return "unknown" }
    return value("cpu MHz").flatMap(Double.init).map { model + String(format: " at %.0f MHz", $0) } ?? model
}

/// The pipeline's timings, round by round.
struct PipelineRounds: Encodable {
    var oneJob: [Double]
    var allJobs: [Double]
    var halfDocuments: [Double]
}

/// The middle value of an odd number of runs.
func median(_ values: [Double]) -> Double {
    values.sorted()[values.count / 2]
}

func clock<T>(_ body: () throws -> T) rethrows -> (T, Double) {
    let start = DispatchTime.now().uptimeNanoseconds
    let value = try body()
    return (value, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
}

/// The peak resident memory of a running child, read from its `/proc/<pid>/status` (`VmHWM`) while it
/// runs.
///
/// `getrusage` cannot say it alone: a child started by `posix_spawn` runs in this process's memory until
/// it executes its program, and Linux counts that memory's high-water mark in the child's `ru_maxrss`.
/// Once this process had written the corpus, the child's figure was this process's own peak (some
/// 290 MB) whenever that was the larger.
final class PeakMemoryWatch: @unchecked Sendable {
    private let lock = NSLock()
    private var peakKB = 0
    private var running = true

    /// Starts watching `pid`, which has already executed its program.
    init(pid: pid_t) {
        Thread.detachNewThread { [self] in
            while lock.withLock({ running }) {
                if let kilobytes = Self.highWaterMark(of: pid) { lock.withLock { peakKB = max(peakKB, kilobytes) } }
                usleep(2_000)
            }
        }
    }

    /// Stops watching, once the child has exited; returns the highest mark read, or `nil` without `/proc`.
    func stop() -> Int? {
        lock.withLock {
            running = false
            return peakKB > 0 ? peakKB : nil
        }
    }

    /// `VmHWM` of a running process, in kilobytes; `nil` once it has exited (or without `/proc`).
    private static func highWaterMark(of pid: pid_t) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return line.split(separator: " ").dropFirst().first.flatMap { Int($0) }
        }
        return nil
    }
}

/// Runs a program with its output discarded; returns its wall time and its peak resident memory (as
/// ``PeakMemoryWatch`` reads it; where it cannot, the peak of the children so far). Timed with
/// posix_spawn and waitpid: Foundation's `Process.waitUntilExit` notices an exit only on its polling
/// interval, which adds tens of milliseconds.
func runProcess(_ path: String, _ arguments: [String]) throws -> (seconds: Double, peakKB: Int) {
    var argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    var pid: pid_t = 0
    var status: Int32 = 0
    var watchedKB: Int?
    let (spawned, seconds) = clock { () -> Int32 in
        // The parent waits in `posix_spawn` until the child has executed its program: the watch sees
        // the program's memory only.
        let result = posix_spawn(&pid, path, &actions, nil, &argv, environ)
        if result == 0 {
            let watch = PeakMemoryWatch(pid: pid)
            waitpid(pid, &status, 0)
            watchedKB = watch.stop()
        }
        return result
    }
    guard spawned == 0 else { throw NSError(domain: "thidua-bench", code: Int(spawned)) }
    if let watchedKB { return (seconds, watchedKB) }
    var usage = rusage()
    getrusage(RUSAGE_CHILDREN.rawValue, &usage)
    return (seconds, usage.ru_maxrss)
}

let options = Options(Array(CommandLine.arguments.dropFirst()))
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("thidua-bench-\(ProcessInfo.processInfo.processIdentifier)").path

/// Runs `body`; when it throws, says what failed on one line, removes the generated corpus (unless
/// `--keep`) and exits with status 1. A `try` at the top level would trap instead.
func orExit<T>(_ step: String, _ body: () throws -> T) -> T {
    do {
        return try body()
    } catch {
        // Foundation's errors describe themselves in a sentence; ThiDua's, as their description.
        let reason = (error as? CocoaError)?.localizedDescription ?? String(describing: error)
        FileHandle.standardError.write(Data("thidua-bench: \(step): \(reason)\n".utf8))
        if !options.keep { try? FileManager.default.removeItem(atPath: folder) }
        exit(1)
    }
}

orExit("cannot create \(folder)") { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
defer { if !options.keep { try? FileManager.default.removeItem(atPath: folder) } }

let generator = orExit("cannot read the templates in \(options.corpus)") { try SyntheticCorpus(corpusFolder: options.corpus) }
let (truths, totalBytes) = orExit("cannot write the synthetic corpus") { try generator.write(count: options.documents, into: folder) }
let files = truths.map(\.file)
let megabytes = Double(totalBytes) / 1_000_000
let count = Double(files.count)
func timing(_ stage: String, _ seconds: Double, bytes: Double = megabytes) -> StageTiming {
    StageTiming(stage: stage, seconds: seconds, megabytesPerSecond: bytes / seconds, documentsPerSecond: count / seconds)
}

// End to end, the built binary, first: a child forked from this process once it holds every
// document would count those pages in its own peak memory, and would start more slowly.
let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("thidua").path
var endToEnd = (seconds: Double.nan, peakKB: 0)
var checkMilliseconds = Double.nan
if FileManager.default.isExecutableFile(atPath: binary) {
    // The median of three runs: the machine's timing varies from run to run, and the first run also
    // meets the writes of the corpus still going to disk.
    var compareRuns: [(seconds: Double, peakKB: Int)] = []
    for _ in 0..<3 { compareRuns.append(orExit("cannot run \(binary)") { try runProcess(binary, ["compare", folder, "--quiet", "--jobs", String(options.jobs)]) }) }
    endToEnd = (median(compareRuns.map(\.seconds)), compareRuns.map(\.peakKB).max() ?? 0)
    let plan = options.corpus + "/lam-dong-2025-ke-hoach-thi-dua-dmst-cds.txt"
    var runs: [Double] = []
    for _ in 0..<5 { runs.append(orExit("cannot run \(binary)") { try runProcess(binary, ["check", plan]) }.seconds * 1000) }
    checkMilliseconds = median(runs)
}

// Stages, one core, each over every document held in memory.
let (raw, readSeconds) = orExit("cannot read the synthetic corpus") { try clock { try files.map { [UInt8](try Data(contentsOf: URL(fileURLWithPath: $0))) } } }
let (decoded, decodeSeconds) = orExit("cannot decode the synthetic corpus") { try clock { try raw.map { try TextDecoder.decode($0) } } }
let (normalized, normaliseSeconds) = clock { decoded.map { TextNormalizer.normalize($0.text) } }
let sources = zip(normalized, files).map { SourceText(normalizedText: $0, path: $1) }
let (documents, segmentSeconds) = clock { sources.map { Segmenter().segment($0) } }
let (records, extractSeconds) = clock { documents.map { PlanExtractor().extract(from: $0) } }
let (_, compareSeconds) = clock { Comparator().compare(records) }
let checkSample = min(files.count, 500)
let (_, checkSeconds) = clock {
    for index in 0..<checkSample {
        _ = Checker().check(CheckContext(source: sources[index], document: documents[index], record: records[index]))
    }
}
let sampleBytes = Double(sources.prefix(checkSample).map(\.utf8.count).reduce(0, +)) / 1_000_000

// Accuracy against what the generator put in.
var hits: [String: Int] = ["phases": 0, "awards": 0, "deadlines": 0, "province": 0, "number": 0]
for (record, truth) in zip(records, truths) {
    if record.phases.map({ "\($0.from)-\($0.to)" }) == truth.phases { hits["phases", default: 0] += 1 }
    if Set(record.awards.map { "\($0.formID)|\($0.occasion.rawValue)" }) == truth.awards { hits["awards", default: 0] += 1 }
    if Set(record.deadlines.map(\.value)) == truth.deadlines { hits["deadlines", default: 0] += 1 }
    if record.province == truth.province { hits["province", default: 0] += 1 }
    if record.number == truth.number { hits["number", default: 0] += 1 }
}
let accuracy = hits.mapValues { Double($0) / count }

// The whole pipeline (read to record, texts dropped) on 1 and on N threads, and at half the size.
func pipeline(_ paths: [String], jobs: Int) -> Double {
    clock {
        // Files are read as `thidua` reads them, a few opened ahead of their turn.
        let readAhead = ReadAhead(paths: paths)
        Parallel.forEach(count: paths.count, jobs: jobs) { index in
            if let source = try? readAhead.ingest(index, with: Ingester()) {
                _ = PlanExtractor().extract(from: Segmenter().segment(source))
            }
        }
    }.1
}
// Five rounds of runs, the medians counting. The machine's speed drifts by a third within minutes, so
// the runs go in turn (1 job, all jobs, half the documents) and a slow spell reaches every kind of run,
// not one alone: single runs once gave a speed-up of 2.47× on two cores. The ratio N/2 → N is taken
// within each round, of two runs one after the other, and its median is the measure: a ratio of
// medians from different rounds once came out over its limit from drift alone.
var oneJobRuns: [Double] = [], manyJobsRuns: [Double] = [], halfRuns: [Double] = []
let halfFiles = Array(files.prefix(files.count / 2))
let rounds = 5
for _ in 0..<rounds {
    oneJobRuns.append(pipeline(files, jobs: 1))
    manyJobsRuns.append(pipeline(files, jobs: options.jobs))
    halfRuns.append(pipeline(halfFiles, jobs: options.jobs))
}
let oneJob = median(oneJobRuns)
let manyJobs = median(manyJobsRuns)
let scaling = median(zip(manyJobsRuns, halfRuns).map { $0 / max($1, 1e-9) })

/// The ratio of the slowest run to the fastest.
func spread(_ runs: [Double]) -> Double {
    (runs.max() ?? 0) / max(runs.min() ?? 0, 1e-9)
}
// Signs that the machine, not the code, set a figure: a speed-up above the number of jobs (the one-job
// runs were slowed), or rounds of the same run far apart. The figures stay as measured; these lines
// say when to run the benchmark again.
var disturbances: [String] = []
if oneJob / manyJobs > Double(options.jobs) * 1.02 {
    disturbances.append(String(
        format: "a speed-up of %.2f× on %d jobs, more than the jobs can give: the one-job runs were slowed",
        oneJob / manyJobs, options.jobs))
}
for (name, runs) in [("1 job", oneJobRuns), ("\(options.jobs) jobs", manyJobsRuns), ("half the documents", halfRuns)] where spread(runs) > 1.25 {
    disturbances.append(String(
        format: "the rounds on %@ took %.2f–%.2f s: the machine's speed changed during them",
        name, runs.min() ?? 0, runs.max() ?? 0))
}

let stages = [
    timing("read", readSeconds), timing("decode", decodeSeconds), timing("normalise", normaliseSeconds),
    timing("segment", segmentSeconds), timing("extract", extractSeconds), timing("compare (records)", compareSeconds),
    timing("check (\(checkSample) plans)", checkSeconds, bytes: sampleBytes),
    timing("pipeline, 1 job", oneJob), timing("pipeline, \(options.jobs) jobs", manyJobs),
]
let extractionPerCore = megabytes / oneJob
let peakMB = Double(endToEnd.peakKB) / 1024
let perTenThousand = endToEnd.seconds * 10_000 / count
let targets = [
    Target(target: "extraction (read → record) per core", limit: "≥ 100 MB/s", measured: String(format: "%.1f MB/s", extractionPerCore), met: extractionPerCore >= 100),
    Target(target: "thidua compare, 10,000 documents", limit: "≤ 5 s", measured: String(format: "%.1f s (scaled from %d)", perTenThousand, files.count), met: perTenThousand <= 5),
    Target(target: "peak memory of thidua compare", limit: "≤ 1 GB", measured: String(format: "%.0f MB", peakMB), met: peakMB <= 1024 && peakMB > 0),
    Target(target: "thidua check, one plan, process start included", limit: "≤ 50 ms", measured: String(format: "%.0f ms", checkMilliseconds), met: checkMilliseconds <= 50),
    Target(target: "cost is linear: N vs N/2 documents", limit: "≤ 2.2×", measured: String(format: "%.2f×", scaling), met: scaling <= 2.2),
]
let report = Report(
    documents: files.count, megabytes: megabytes, cores: ProcessInfo.processInfo.activeProcessorCount,
    processor: processorName(), jobs: options.jobs,
    stages: stages, speedup: oneJob / manyJobs, endToEndCompareSeconds: endToEnd.seconds, endToEndComparePeakMegabytes: peakMB,
    checkOnePlanMilliseconds: checkMilliseconds, scalingRatio: scaling,
    pipelineRounds: PipelineRounds(oneJob: oneJobRuns, allJobs: manyJobsRuns, halfDocuments: halfRuns),
    disturbances: disturbances, accuracy: accuracy, targets: targets)

if options.json {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    print(String(decoding: orExit("cannot encode the report") { try encoder.encode(report) }, as: UTF8.self))
} else {
    print(String(format: "ThiDua benchmark: %d documents, %.1f MB, %d cores (%d jobs)", files.count, megabytes, report.cores, options.jobs))
    print("processor: " + report.processor)
    print("")
    print("stage                       seconds      MB/s    docs/s")
    for stage in stages {
        print(stage.stage.padding(toLength: 26, withPad: " ", startingAt: 0)
            + String(format: "%8.2f  %8.1f  %8.0f", stage.seconds, stage.megabytesPerSecond, stage.documentsPerSecond))
    }
    print(String(format: "speed-up, 1 → %d jobs: %.2f×", options.jobs, report.speedup))
    print(String(format: "thidua compare, end to end: %.2f s (median of 3), peak memory %.0f MB", endToEnd.seconds, peakMB))
    print(String(format: "thidua check, one plan: %.0f ms (median of 5)", checkMilliseconds))
    print(String(format: "N/2 → N documents: %.2f× the time (pipeline timings: medians of %d rounds)", scaling, rounds))
    func range(_ runs: [Double]) -> String { String(format: "%.2f–%.2f s", runs.min() ?? 0, runs.max() ?? 0) }
    print("pipeline rounds: 1 job \(range(oneJobRuns)), \(options.jobs) jobs \(range(manyJobsRuns)), half \(range(halfRuns))")
    for disturbance in disturbances { print("disturbed: " + disturbance) }
    if !disturbances.isEmpty { print("(the figures are medians; run the benchmark again for a steadier reading)") }
    print("")
    print("accuracy against the generated truth: " + accuracy.sorted { $0.key < $1.key }.map { String(format: "%@ %.1f%%", $0.key, $0.value * 100) }.joined(separator: ", "))
    print("")
    print("target                                          limit        measured                      ")
    for target in targets {
        print(target.target.padding(toLength: 48, withPad: " ", startingAt: 0) + target.limit.padding(toLength: 13, withPad: " ", startingAt: 0)
            + target.measured.padding(toLength: 30, withPad: " ", startingAt: 0) + (target.met ? "met" : "NOT MET"))
    }
}
