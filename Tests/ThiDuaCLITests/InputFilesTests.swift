import Foundation
import Testing

@testable import ThiDuaCLI

@Suite struct InputFilesTests {
    @Test func extensionsAreReadOffTheName() {
        #expect(InputFiles.pathExtension(of: "ke-hoach.txt") == "txt")
        #expect(InputFiles.pathExtension(of: "Kế hoạch.v2.MD") == "md")
        #expect(InputFiles.pathExtension(of: ".md") == "")
        #expect(InputFiles.pathExtension(of: "README") == "")
        #expect(InputFiles.pathExtension(of: "plan.") == "")
    }

    @Test func aFolderGivesItsPlansInNameOrderAndNotItsSubfolders() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("thidua-input-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder + "/sub.txt", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for name in ["b.md", "a.TXT", "c.pdf", ".hidden.txt"] {
            FileManager.default.createFile(atPath: folder + "/" + name, contents: Data("KẾ HOẠCH\n".utf8))
        }
        #expect(InputFiles.expand([folder, "missing.txt", "-"]) == [folder + "/.hidden.txt", folder + "/a.TXT", folder + "/b.md", "missing.txt", "-"])
    }
}
