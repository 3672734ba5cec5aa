import Foundation
import Testing

/// End to end: the built `thidua` binary, its stdout, stderr and exit status.
@Suite struct CommandLineTests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The executable beside the test bundle, else in the default build folder.
    static let binary: URL = {
        var folders = Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent() }
        folders.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent())
        folders.append(packageRoot.appendingPathComponent(".build/debug"))
        let found = folders.map { $0.appendingPathComponent("thidua") }.first {
            FileManager.default.isExecutableFile(atPath: $0.path)
        }
        return found ?? packageRoot.appendingPathComponent(".build/debug/thidua")
    }()

    static func run(_ arguments: [String], stdin: Data? = nil, in folder: URL = packageRoot) throws -> Run {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = ["COLUMNS": "100", "PATH": "/usr/bin:/bin"]
        let output = Pipe(), error = Pipe(), input = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
            stderr: String(decoding: err, as: UTF8.self))
    }

    @Test func versionAndHelp() throws {
        let version = try Self.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout == "thidua 0.1.0\n")
        let help = try Self.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("USAGE: thidua <command>"))
        #expect(help.stdout.contains("outline"))
        #expect(help.stderr.isEmpty)
        let outlineHelp = try Self.run(["help", "outline"])
        #expect(outlineHelp.status == 0)
        #expect(outlineHelp.stdout.hasPrefix("Print the section tree of each plan"))
        #expect(try Self.run(["outline", "--help"]).stdout == outlineHelp.stdout)
    }

    @Test func outlinePrintsTheTreeWithLineRanges() throws {
        let run = try Self.run(["outline", "corpus/ha-tinh-2026-ke-hoach-thi-dua-dmst-cdx.txt", "--depth", "1"])
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "corpus/ha-tinh-2026-ke-hoach-thi-dua-dmst-cdx.txt")
        #expect(lines.contains { $0.hasPrefix("    V. THỜI GIAN VÀ TRÁCH NHIỆM THỰC HIỆN") && $0.hasSuffix("132–188") })
        #expect(lines.contains { $0.hasPrefix("  signature TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH") })
        #expect(lines.allSatisfy { $0.count <= 100 })
    }

    @Test func noArgumentsComparesTheBundledCorpus() throws {
        let run = try Self.run([])
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
        #expect(run.stdout.hasPrefix("MOVEMENT  Đổi mới sáng tạo, phát triển khoa học, công nghệ, chuyển đổi số, chuyển đổi xanh\n"))
        for heading in ["PHASES", "AWARDS: FORM × OCCASION", "DEADLINES BY WHAT IS DUE", "AGENCIES × ROLE", "KEY DIFFERENCES"] {
            #expect(run.stdout.contains("\n\(heading)\n"), "missing \(heading)")
        }
        #expect(run.stdout.contains("  - Lâm Đồng’s phases overlap in 2027 (2025–2027 and 2027–2030).\n"))
        #expect(run.stdout.contains("MOVEMENT  chào mừng Kỷ niệm 130 năm thành lập tỉnh Sơn La\n"))
        #expect(try Self.run(["compare", "corpus"]).stdout == run.stdout)
    }

    @Test func compareFormatsDimensionsAndLanguage() throws {
        let vi = try Self.run(["compare", "--lang", "vi", "--dimension", "phases"])
        #expect(vi.status == 0)
        #expect(vi.stdout.contains("GIAI ĐOẠN"))
        #expect(!vi.stdout.contains("AWARDS"))
        #expect(vi.stdout.contains("Giai đoạn đầu của Lâm Đồng bắt đầu từ năm 2025"))
        let csv = try Self.run(["compare", "--format", "csv", "--only-differences", "corpus"])
        #expect(csv.stdout.hasPrefix("group,dimension,section,row,key,differs,document,province,agency,value\r\n"))
        #expect(!csv.stdout.contains(",no,"))
        let markdown = try Self.run(["compare", "--format=markdown"])
        #expect(markdown.stdout.hasPrefix("# Comparison of emulation-movement plans"))
        let json = try Self.run(["compare", "--format", "json"])
        #expect((try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])?["schemaVersion"] as? Int == 1)
        let unknown = try Self.run(["compare", "--dimension", "budget"])
        #expect(unknown.status == 64)
    }

    @Test func reportWritesTheCommittedReports() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("thidua-report-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Self.run(["report", "corpus", "--out", folder.path])
        #expect(run.status == 0)
        #expect(run.stdout.isEmpty)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names == ["agencies.csv", "awards.csv", "comparison.md", "deadlines.csv", "facts.csv", "phases.csv", "plans.json"])
        for name in names {
            let written = try Data(contentsOf: folder.appendingPathComponent(name))
            let committed = try Data(contentsOf: Self.packageRoot.appendingPathComponent("reports/\(name)"))
            #expect(written == committed, "reports/\(name) is stale")
        }
        #expect(try Self.run(["report", "corpus"]).status == 64)
    }

    @Test func jsonOutputIsTheTreeWithProvenance() throws {
        let run = try Self.run(["outline", "--format=json", "corpus/lam-dong-2025-ke-hoach-thi-dua-dmst-cds.txt"])
        #expect(run.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(json["schemaVersion"] as? Int == 1)
        let documents = try #require(json["documents"] as? [[String: Any]])
        #expect(documents.first?["id"] as? String == "lam-dong-2025-ke-hoach-thi-dua-dmst-cds")
        let parts = try #require((documents.first?["root"] as? [String: Any])?["children"] as? [[String: Any]])
        #expect(parts.map { $0["kind"] as? String } == ["header", "decision", "recipients", "signature", "plan"])
    }

    @Test func standardInputIsRead() throws {
        let text = try Data(contentsOf: Self.packageRoot.appendingPathComponent("corpus/son-la-2026-van-phong-ubnd-ke-hoach.txt"))
        let run = try Self.run(["outline", "-", "--depth", "0"], stdin: text)
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("-\n  header Số: /KH-VPUB"))
    }

    @Test func badInputsAreReportedOneLineEachAndTheRestStillRuns() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("thidua-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // The files are made, or the test stops: it would report their absence, not their contents.
        try #require(FileManager.default.createFile(atPath: folder.appendingPathComponent("empty.txt").path, contents: Data()))
        try #require(
            FileManager.default.createFile(
                atPath: folder.appendingPathComponent("binary.txt").path, contents: Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x0D])))
        try #require(
            FileManager.default.createFile(
                atPath: folder.appendingPathComponent("latin1.txt").path, contents: Data([0x4B, 0xEA, 0x20, 0x68])))
        try #require(
            FileManager.default.createFile(
                atPath: folder.appendingPathComponent("prose.txt").path, contents: Data("Chỉ là một đoạn văn.\n".utf8)))
        let good = Self.packageRoot.appendingPathComponent("corpus/ha-tinh-2026-ke-hoach-thi-dua-dmst-cdx.txt").path
        let run = try Self.run([
            "outline", folder.path + "/empty.txt", folder.path + "/binary.txt", folder.path + "/latin1.txt",
            folder.path + "/prose.txt", folder.path + "/missing.txt", folder.path, good, "--depth", "0",
        ])
        #expect(run.status == 1)
        let errors = run.stderr.split(separator: "\n").map(String.init)
        #expect(errors == [
            "thidua: \(folder.path)/empty.txt: file is empty",
            "thidua: \(folder.path)/binary.txt: NUL byte at byte offset 4: a binary file, or UTF-16 without a byte-order mark",
            "thidua: \(folder.path)/latin1.txt: not valid UTF-8 at byte offset 1",
            "thidua: \(folder.path)/prose.txt: no recognisable plan structure (no QUYẾT ĐỊNH or KẾ HOẠCH heading, no numbered sections)",
            "thidua: \(folder.path)/missing.txt: no such file",
            // The folder itself: its .txt files, in name order.
            "thidua: \(folder.path)/binary.txt: NUL byte at byte offset 4: a binary file, or UTF-16 without a byte-order mark",
            "thidua: \(folder.path)/empty.txt: file is empty",
            "thidua: \(folder.path)/latin1.txt: not valid UTF-8 at byte offset 1",
            "thidua: \(folder.path)/prose.txt: no recognisable plan structure (no QUYẾT ĐỊNH or KẾ HOẠCH heading, no numbered sections)",
        ])
        #expect(run.stdout.hasPrefix(good + "\n  header Số: /KH-UBND"))
    }

    @Test func usageErrorsExit64WithASuggestion() throws {
        let unknown = try Self.run(["outline", "--fromat", "json", "corpus"])
        #expect(unknown.status == 64)
        #expect(unknown.stdout.isEmpty)
        #expect(unknown.stderr == "thidua: outline: unknown option '--fromat'; did you mean '--format'? (see 'thidua help outline')\n")
        let command = try Self.run(["outlin", "corpus"])
        #expect(command.status == 64)
        #expect(command.stderr == "thidua: unknown command 'outlin'; did you mean 'outline'? (see 'thidua --help')\n")
        let noFiles = try Self.run(["outline"])
        #expect(noFiles.status == 64)
        #expect(noFiles.stderr.contains("no input files"))
        let depth = try Self.run(["outline", "--depth", "-1", "corpus"])
        #expect(depth.status == 64)
    }
}

/// End to end: `thidua extract`.
@Suite struct ExtractCommandTests {
    @Test func jsonKeepsTheContract() throws {
        let run = try CommandLineTests.run(["extract", "corpus"])
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(json["schemaVersion"] as? Int == 1)
        let documents = try #require(json["documents"] as? [[String: Any]])
        #expect(documents.map { $0["id"] as? String } == [
            "ha-tinh-2026-ke-hoach-thi-dua-dmst-cdx", "lam-dong-2025-ke-hoach-thi-dua-dmst-cds",
            "son-la-2024-ke-hoach-thi-dua-130-nam", "son-la-2026-ke-hoach-thi-dua-dmst-cdx", "son-la-2026-van-phong-ubnd-ke-hoach",
        ])
        for document in documents {
            for key in ["id", "source", "province", "issuer", "number", "issued", "signer", "movement", "legalBases", "phases", "awards", "deadlines", "agencies"] {
                #expect(document.keys.contains(key), "missing \(key)")
            }
        }
        let lamDong = documents[1]
        #expect(lamDong["source"] as? String == "corpus/lam-dong-2025-ke-hoach-thi-dua-dmst-cds.txt")
        #expect(lamDong["number"] as? String == "2037/QĐ-UBND")
        let signer = try #require(lamDong["signer"] as? [String: Any])
        #expect(Set(signer.keys).isSuperset(of: ["name", "title", "capacity"]))
        let phase = try #require((lamDong["phases"] as? [[String: Any]])?.first)
        #expect(phase["label"] as? String == "Giai đoạn I")
        #expect(phase["from"] as? Int == 2025)
        #expect((phase["review"] as? [String: Any])?["kind"] as? String == "preliminary")
        #expect(phase["line"] as? Int == 114)
        let basis = try #require((lamDong["legalBases"] as? [[String: Any]])?.first { $0["number"] as? String == "923/QĐ-TTg" })
        #expect(basis["kind"] as? String == "Quyết định")
        #expect(basis["date"] as? String == "2025-05-14")
        #expect(basis["line"] as? Int == 21)
        // A blank number is null, not missing.
        #expect(documents[0]["number"] is NSNull)
    }

    @Test func csvIsTidyRFC4180() throws {
        let run = try CommandLineTests.run(["extract", "--format", "csv", "corpus/ha-tinh-2026-ke-hoach-thi-dua-dmst-cdx.txt"])
        #expect(run.status == 0)
        let lines = run.stdout.components(separatedBy: "\r\n")
        #expect(lines.first == "document,province,field,value,detail,line")
        #expect(lines.contains("ha-tinh-2026-ke-hoach-thi-dua-dmst-cdx,Hà Tĩnh,deadline,--11-15,kind=annual; purpose=report; text=trước ngày 15/11 hằng năm; to=Sở Nội vụ,152"))
        #expect(lines.contains("ha-tinh-2026-ke-hoach-thi-dua-dmst-cdx,Hà Tĩnh,award,Giấy khen,\"tier=unit; occasion=final; grantor=Thủ trưởng các cơ quan, đơn vị\",114"))
    }

    @Test func outputFileAndExcelGuard() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("thidua-extract-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("facts.csv").path
        let run = try CommandLineTests.run(["extract", "corpus/ha-tinh-2026-ke-hoach-thi-dua-dmst-cdx.txt", "--format=csv", "--excel", "--output", file])
        #expect(run.status == 0)
        #expect(run.stdout.isEmpty)
        let data = try Data(contentsOf: URL(fileURLWithPath: file))
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: data.dropFirst(3), as: UTF8.self)
        #expect(text.contains(",'--11-15,"))
    }
}

/// End to end: `thidua check` and `thidua rules`.
@Suite struct CheckCommandTests {
    @Test func corpusFindingsMatchTheReviewedGoldenFile() throws {
        let run = try CommandLineTests.run(["check", "corpus"])
        #expect(run.status == 1)
        #expect(run.stderr.isEmpty)
        let golden = CommandLineTests.packageRoot.appendingPathComponent("Tests/ThiDuaCLITests/Golden/check-corpus.txt")
        if ProcessInfo.processInfo.environment["THIDUA_RECORD_GOLDEN"] == "1" {
            try run.stdout.write(to: golden, atomically: true, encoding: .utf8)
            Issue.record("recorded check-corpus.txt; run again without THIDUA_RECORD_GOLDEN")
        }
        #expect(run.stdout == (try String(contentsOf: golden, encoding: .utf8)))
    }

    @Test func compilerStyleLinesWithACaret() throws {
        let run = try CommandLineTests.run(["check", "corpus/ha-tinh-2026-ke-hoach-thi-dua-dmst-cdx.txt"])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let index = try #require(lines.firstIndex { $0.hasPrefix("corpus/ha-tinh-2026-ke-hoach-thi-dua-dmst-cdx.txt:210:6: warning: ‘Báú’") })
        #expect(lines[index].hasSuffix("[invalid-syllable]"))
        #expect(lines[index + 1] == "    Trần Báú Hà")
        #expect(lines[index + 2] == "         ^")
        #expect(lines.contains("0 errors, 1 warning, 2 info in 1 file"))
    }

    @Test func failOnDisableLanguageAndJSON() throws {
        let path = "corpus/ha-tinh-2026-ke-hoach-thi-dua-dmst-cdx.txt"
        #expect(try CommandLineTests.run(["check", path, "--fail-on", "warning"]).status == 1)
        #expect(try CommandLineTests.run(["check", path, "--fail-on", "warning", "--disable", "invalid-syllable"]).status == 0)
        #expect(try CommandLineTests.run(["check", path, "--fail-on", "info", "--disable", "invalid-syllable"]).status == 1)
        let vi = try CommandLineTests.run(["check", path, "--lang", "vi"])
        #expect(vi.stdout.contains("‘Báú’ không phải âm tiết tiếng Việt: có hơn một dấu thanh [invalid-syllable]"))
        let json = try CommandLineTests.run(["check", path, "--format", "json"])
        let findings = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(findings.count == 3)
        let syllable = try #require(findings.first { $0["rule"] as? String == "invalid-syllable" })
        #expect(Set(syllable.keys) == ["rule", "severity", "message", "path", "line", "column", "excerpt"])
        #expect(syllable["line"] as? Int == 210)
        #expect(syllable["column"] as? Int == 6)
        #expect(syllable["severity"] as? String == "warning")
    }

    @Test func exitCodesForUnreadableInputAndUsage() throws {
        let missing = try CommandLineTests.run(["check", "corpus/ha-tinh-2026-ke-hoach-thi-dua-dmst-cdx.txt", "nope.txt"])
        #expect(missing.status == 2)
        #expect(missing.stderr == "thidua: nope.txt: no such file\n")
        #expect(missing.stdout.contains("in 1 file"))
        let rule = try CommandLineTests.run(["check", "corpus", "--disable", "typos"])
        #expect(rule.status == 64)
        #expect(rule.stderr.contains("unknown rule 'typos'; did you mean 'typo'?"))
        #expect(try CommandLineTests.run(["check", "corpus", "--fail-on", "fatal"]).status == 64)
    }

    @Test func againstAParentAndAPeerCorpus() throws {
        let run = try CommandLineTests.run([
            "check", "corpus/son-la-2026-van-phong-ubnd-ke-hoach.txt", "--against", "corpus/son-la-2026-ke-hoach-thi-dua-dmst-cdx.txt",
            "--corpus", "corpus",
        ])
        #expect(run.status == 0)
        #expect(run.stdout.contains("[parent-deadline-missing]"))
        #expect(run.stdout.contains("‘trước ngày 15/11 hàng năm’"))
        #expect(run.stdout.contains("[peer-deadline-missing]"))
        #expect(run.stdout.contains("(Hà Tĩnh, Sơn La)"))
    }

    @Test func rulesListAndCatalogue() throws {
        let list = try CommandLineTests.run(["rules"])
        #expect(list.status == 0)
        #expect(list.stdout.contains("number-mismatch"))
        #expect(list.stdout.split(separator: "\n").count == 25)
        let catalogue = try CommandLineTests.run(["rules", "--format", "markdown"])
        let committed = try String(contentsOf: CommandLineTests.packageRoot.appendingPathComponent("docs/rules.md"), encoding: .utf8)
        #expect(catalogue.stdout == committed, "docs/rules.md is stale: run `swift run thidua rules --format markdown > docs/rules.md`")
    }
}

/// Parallel runs give the same bytes whatever the number of jobs.
@Suite struct ParallelRunTests {
    @Test(arguments: [
        ["extract", "corpus"], ["extract", "corpus", "--format", "csv"], ["compare", "corpus", "--format", "markdown"],
        ["check", "corpus"], ["outline", "corpus", "--format", "json"],
    ])
    func outputDoesNotDependOnJobs(arguments: [String]) throws {
        let one = try CommandLineTests.run(arguments + ["--jobs", "1"])
        let four = try CommandLineTests.run(arguments + ["--jobs=4"])
        #expect(one.status == four.status)
        #expect(!one.stdout.isEmpty)
        #expect(one.stdout == four.stdout)
        #expect(one.stderr == four.stderr)
    }

    @Test func jobsMustBePositive() throws {
        let run = try CommandLineTests.run(["extract", "corpus", "--jobs", "0"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("'--jobs'"))
    }

    @Test func noProgressWhenStderrIsNotATerminal() throws {
        let run = try CommandLineTests.run(["extract", "corpus"])
        #expect(run.stderr.isEmpty)
    }
}
