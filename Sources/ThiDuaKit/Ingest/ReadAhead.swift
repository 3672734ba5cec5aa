import Foundation

/// Opens the files of a run a few before their turn and asks the system to start reading them, so that
/// reading from disk overlaps the work on the files before: a first run over a folder, none of it in
/// memory yet, would otherwise wait for each file in turn.
///
/// Each file is read once, by ``ingest(_:with:)``, on whichever thread takes it; the threads open the
/// files ahead as they take theirs, and a file is read through the descriptor opened for it, so
/// reading ahead costs two calls a file (its status, the advice), not an open more. Only regular
/// files are opened ahead; anything else, and a file that cannot be opened, is opened at its turn,
/// which reports why. Standard input (`-`) is never opened ahead. The files are meant to be taken
/// about in order, as ``Parallel/forEach(count:jobs:_:)`` hands them out: taking a late one first
/// opens every one before it.
public final class ReadAhead: @unchecked Sendable {
    /// How many files past the one taken are opened.
    public let distance: Int
    /// How much of each file the system is asked to read ahead, from its start: a plan is tens of
    /// kilobytes, and a large file is not read ahead whole.
    static let advisedLength = 1 << 20

    private let paths: [String]
    private let lock = NSLock()
    /// The descriptors opened ahead, by index of their path; -1 where none is open.
    private var descriptors: [Int32]
    /// The paths before this index have been opened ahead, or passed over.
    private var opened = 0

    /// Prepares to read `paths`, `distance` files ahead of each taken.
    public init(paths: [String], distance: Int = 32) {
        self.paths = paths
        self.distance = max(0, distance)
        descriptors = [Int32](repeating: -1, count: paths.count)
    }

    deinit {
        for descriptor in descriptors where descriptor >= 0 { close(descriptor) }
    }

    /// Reads, decodes and normalises the file at `index` of the paths with `ingester`
    /// (``Ingester/ingest(path:)``), opening the files after it.
    public func ingest(_ index: Int, with ingester: Ingester) throws(IngestError) -> SourceText {
        let descriptor = take(index)
        if descriptor >= 0 { return try ingester.ingest(descriptor: descriptor, path: paths[index]) }
        return try ingester.ingest(path: paths[index])
    }

    /// The regular file at `path`, opened and its reading begun, or -1. Opened without blocking, so
    /// that a pipe among the paths does not hold up the run here; anything but a regular file is left
    /// to be opened at its turn, as it would be without reading ahead.
    private static func openAhead(_ path: String) -> Int32 {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK)
        guard descriptor >= 0 else { return -1 }
        var status = stat()
        // Without blocking is as blocking for a regular file's reads.
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            close(descriptor)
            return -1
        }
        #if canImport(Glibc)
            _ = posix_fadvise(descriptor, 0, off_t(advisedLength), POSIX_FADV_WILLNEED)
        #endif
        return descriptor
    }

    /// Opens the files not yet opened up to `distance` past `index` (`index` itself, when it is the
    /// first taken), and hands over the descriptor opened for `index`, or -1.
    private func take(_ index: Int) -> Int32 {
        lock.withLock {
            let end = min(paths.count, index + 1 + distance)
            while opened < end {
                if paths[opened] != "-" { descriptors[opened] = Self.openAhead(paths[opened]) }
                opened += 1
            }
            defer { descriptors[index] = -1 }
            return descriptors[index]
        }
    }
}
