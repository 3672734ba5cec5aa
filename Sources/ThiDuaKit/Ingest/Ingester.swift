import Foundation
import VietText

/// Why a file could not be read as a document.
public enum IngestError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Nothing exists at the path.
    case notFound(path: String)
    /// The path is a directory.
    case isDirectory(path: String)
    /// The file exists but could not be read.
    case unreadable(path: String, reason: String)
    /// The file is larger than the configured limit.
    case tooLarge(path: String, size: Int, limit: Int)
    /// The bytes are not acceptable text.
    case undecodable(path: String, TextDecodingError)
    /// The text holds nothing but white space.
    case blank(path: String)

    /// The path the error is about.
    public var path: String {
        switch self {
        case .notFound(let path), .isDirectory(let path), .unreadable(let path, _), .tooLarge(let path, _, _),
            .undecodable(let path, _), .blank(let path):
            return path
        }
    }

    /// What is wrong, without the path.
    public var problem: String {
        switch self {
        case .notFound: return "no such file"
        case .isDirectory: return "is a directory, not a file"
        case .unreadable(_, let reason): return "cannot be read: \(reason)"
        case .tooLarge(_, let size, let limit):
            return "file is too large (\(size) bytes; the limit is \(limit) bytes)"
        case .undecodable(_, let error): return error.message
        case .blank: return "file holds only white space"
        }
    }

    /// `path: problem`, one line.
    public var description: String { "\(path): \(problem)" }
}

/// Reads files into normalised ``SourceText``: the first stage of the pipeline.
public struct Ingester: Sendable {
    /// Limits on what is read.
    public struct Configuration: Sendable, Hashable {
        /// The largest file accepted, in bytes. A plan is tens of kilobytes; the default is 64 MiB.
        public var maxFileSize: Int

        /// Creates a configuration.
        public init(maxFileSize: Int = 64 << 20) {
            self.maxFileSize = maxFileSize
        }
    }

    /// The limits in force.
    public var configuration: Configuration

    /// Creates an ingester.
    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
    }

    /// Reads, decodes and normalises the file at `path`.
    ///
    /// - Parameter path: A path as the user gave it; it is kept for provenance.
    /// - Returns: The normalised text with its line map.
    /// - Throws: ``IngestError`` naming the path and the problem.
    public func ingest(path: String) throws(IngestError) -> SourceText {
        try ingest(bytes: read(Self.open(path), path: path), path: path)
    }

    /// Reads, decodes and normalises the file at `path`, already open as `descriptor`, which it closes
    /// (``ReadAhead`` opens files before their turn).
    func ingest(descriptor: Int32, path: String) throws(IngestError) -> SourceText {
        try ingest(bytes: read(descriptor, path: path), path: path)
    }

    /// The file at `path`, opened for reading.
    static func open(_ path: String) throws(IngestError) -> Int32 {
        let descriptor = Foundation.open(path, O_RDONLY)
        guard descriptor >= 0 else {
            let code = errno
            if code == ENOENT || code == ENOTDIR { throw .notFound(path: path) }
            if code == EACCES { throw .unreadable(path: path, reason: "permission denied or not a regular file") }
            throw .unreadable(path: path, reason: String(cString: strerror(code)))
        }
        return descriptor
    }

    /// The bytes of the file at `path`, open as `descriptor`, read with the C library (Foundation's file
    /// manager and file handle cost more per file than decoding a plan does); the descriptor is closed.
    private func read(_ descriptor: Int32, path: String) throws(IngestError) -> [UInt8] {
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
        if status.st_mode & S_IFMT == S_IFDIR { throw .isDirectory(path: path) }
        let size = Int(status.st_size)
        if size > configuration.maxFileSize { throw .tooLarge(path: path, size: size, limit: configuration.maxFileSize) }
        // The size is a hint (a pipe or a device has none): read to the end, a little past the limit at
        // most, into memory that is not zeroed first.
        var bytes: [UInt8] = []
        // One byte more than the size, so that a file read whole comes back short and no more is asked.
        var chunk = max(size + 1, 4096)
        while bytes.count <= configuration.maxFileSize {
            var failure: Int32 = 0
            let part = [UInt8](unsafeUninitializedCapacity: chunk) { buffer, count in
                count = 0
                while count < buffer.count {
                    let got = Foundation.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
                    if got < 0 {
                        if errno == EINTR { continue }
                        failure = errno
                        return
                    }
                    if got == 0 { break }
                    count += got
                }
            }
            if failure != 0 { throw .unreadable(path: path, reason: String(cString: strerror(failure))) }
            if bytes.isEmpty { bytes = part } else { bytes += part }
            if part.count < chunk { break }
            chunk = max(chunk, 1 << 16)
        }
        return bytes
    }

    /// Decodes and normalises bytes that came from `path` (or from standard input, `-`).
    ///
    /// - Throws: ``IngestError`` when the bytes are too many, empty, binary or badly encoded.
    public func ingest(bytes: [UInt8], path: String) throws(IngestError) -> SourceText {
        if bytes.count > configuration.maxFileSize {
            throw .tooLarge(path: path, size: bytes.count, limit: configuration.maxFileSize)
        }
        let decoded: NormalizedBytes
        do {
            decoded = try TextDecoder.decodeNormalized(bytes)
        } catch {
            throw .undecodable(path: path, error)
        }
        guard decoded.utf8.contains(where: { $0 != 0x20 && $0 != 0x0A }) else { throw .blank(path: path) }
        return SourceText(normalizedUTF8: decoded.utf8, path: path, encoding: decoded.encoding)
    }
}
