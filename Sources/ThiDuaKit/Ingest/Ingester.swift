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
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .notFound(path: path)
        }
        if isDirectory.boolValue { throw .isDirectory(path: path) }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int,
            size > configuration.maxFileSize
        {
            throw .tooLarge(path: path, size: size, limit: configuration.maxFileSize)
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .unreadable(path: path, reason: "permission denied or not a regular file")
        }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.readToEnd() ?? Data()
        } catch {
            throw .unreadable(path: path, reason: error.localizedDescription)
        }
        return try ingest(bytes: [UInt8](data), path: path)
    }

    /// Decodes and normalises bytes that came from `path` (or from standard input, `-`).
    ///
    /// - Throws: ``IngestError`` when the bytes are too many, empty, binary or badly encoded.
    public func ingest(bytes: [UInt8], path: String) throws(IngestError) -> SourceText {
        if bytes.count > configuration.maxFileSize {
            throw .tooLarge(path: path, size: bytes.count, limit: configuration.maxFileSize)
        }
        let decoded: DecodedText
        do {
            decoded = try TextDecoder.decode(bytes)
        } catch {
            throw .undecodable(path: path, error)
        }
        let text = TextNormalizer.normalize(decoded.text)
        guard text.utf8.contains(where: { $0 != 0x20 && $0 != 0x0A }) else { throw .blank(path: path) }
        return SourceText(normalizedText: text, path: path, encoding: decoded.encoding)
    }
}
