import Foundation
import ThiDuaKit

/// The bundled corpus, as the tests read it.
enum Corpus {
    static let lamDong = "lam-dong-2025-ke-hoach-thi-dua-dmst-cds"
    static let sonLa2026 = "son-la-2026-ke-hoach-thi-dua-dmst-cdx"
    static let sonLaOffice = "son-la-2026-van-phong-ubnd-ke-hoach"
    static let haTinh = "ha-tinh-2026-ke-hoach-thi-dua-dmst-cdx"
    static let sonLa2024 = "son-la-2024-ke-hoach-thi-dua-130-nam"
    static let all = [haTinh, lamDong, sonLa2024, sonLa2026, sonLaOffice]

    /// The package root, found from this file's path.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func path(_ id: String) -> String {
        packageRoot.appendingPathComponent("corpus/\(id).txt").path
    }

    static func bytes(_ id: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: path(id))))
    }

    static func source(_ id: String) throws -> SourceText {
        try Ingester().ingest(path: path(id))
    }

    static func document(_ id: String) throws -> SegmentedDocument {
        Segmenter().segment(try source(id))
    }

    /// A scratch folder removed when the test ends.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("thidua-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

extension Section {
    /// The labels of the children, in order.
    var childLabels: [String] { children.compactMap(\.label) }

    /// The child reached by following labels (`["V.", "2."]`), or `nil`.
    func descendant(_ labels: [String]) -> Section? {
        var node: Section? = self
        for label in labels { node = node?.child(labeled: label) }
        return node
    }
}
