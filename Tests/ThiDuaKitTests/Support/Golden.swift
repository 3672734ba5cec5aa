import Foundation
import Testing

/// Golden files: outputs compared byte for byte with files under Tests/ThiDuaKitTests/Golden.
///
/// Re-record on purpose with `THIDUA_RECORD_GOLDEN=1 swift test`; a recording run writes the files
/// and fails, so it can never pass silently.
enum Golden {
    static let folder = Corpus.packageRoot.appendingPathComponent("Tests/ThiDuaKitTests/Golden")

    static func check(_ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["THIDUA_RECORD_GOLDEN"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("recorded \(name); run again without THIDUA_RECORD_GOLDEN to check it", sourceLocation: sourceLocation)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "\(name) differs from its golden file", sourceLocation: sourceLocation)
    }
}
