import Testing
import ThiDuaKit

/// What the checker finds in the real corpus.
@Suite struct CheckerCorpusTests {
    static func findings(_ id: String, against parent: String? = nil) throws -> [Finding] {
        let source = try Corpus.source(id)
        let document = Segmenter().segment(source)
        let context = CheckContext(
            source: source, document: document, record: PlanExtractor().extract(from: document),
            parent: try parent.map { PlanExtractor().extract(from: try Corpus.document($0)) })
        return Checker().check(context)
    }

    static func lines(_ findings: [Finding], _ rule: String) -> [Int] {
        findings.filter { $0.rule == rule }.map(\.line)
    }

    @Test func lamDong() throws {
        let findings = try Self.findings(Corpus.lamDong)
        let mismatch = try #require(findings.first { $0.rule == "number-mismatch" })
        #expect(mismatch.severity == .error)
        #expect(mismatch.line == 63)
        #expect(mismatch.message.en.contains("2037/QĐ-UBND") && mismatch.message.en.contains("2031/QĐ-UBND"))
        #expect(mismatch.excerpt.dropFirst(mismatch.column - 1).hasPrefix("2031/QĐ-UBND"))
        #expect(Self.lines(findings, "phase-overlap") == [116])
        #expect(findings.first { $0.rule == "phase-overlap" }?.message.en.contains("2027") == true)
        #expect(Self.lines(findings, "movement-name-inconsistent") == [10, 266])
        // Every line with `chuyên đổi số` — line 250 has it twice.
        #expect(Self.lines(findings, "typo") == [230, 240, 250, 250, 266])
        let skip = try #require(findings.first { $0.rule == "numbering-skip" })
        #expect(skip.line == 100)
        #expect(skip.message.en == "‘e)’ follows ‘d)’: ‘đ)’ is missing")
    }

    @Test func sonLa2024() throws {
        let findings = try Self.findings(Corpus.sonLa2024)
        #expect(findings.filter { $0.rule == "numbering-duplicate" }.map { "\($0.line) \($0.excerpt.prefix(2))" } == ["178 b)", "214 8."])
        let malformed = findings.filter { $0.rule == "reference-malformed" }
        #expect(malformed.map(\.line) == [16, 18])
        #expect(malformed[0].message.en.contains("98/2023/NĐCP"))
        #expect(malformed[1].message.en.contains("01/2024/TTBNV"))
        let repeated = try #require(findings.first { $0.rule == "repeated-word" })
        #expect(repeated.line == 85)
        #expect(repeated.excerpt.unicodeScalars.dropFirst(repeated.column - 1).starts(with: "các các".unicodeScalars))
    }

    @Test func haTinhSignersSyllable() throws {
        let findings = try Self.findings(Corpus.haTinh)
        let syllable = findings.filter { $0.rule == "invalid-syllable" }
        #expect(syllable.map(\.line) == [210])
        #expect(syllable.first?.message.en.contains("Báú") == true)
        #expect(syllable.first?.column == 6)
    }

    @Test func officePlanAgainstTheProvincialPlanMissesTheYearlyReport() throws {
        let findings = try Self.findings(Corpus.sonLaOffice, against: Corpus.sonLa2026)
        let missing = findings.filter { $0.rule == "parent-deadline-missing" }
        #expect(missing.count == 1)
        #expect(missing.first?.message.en.contains("15/11") == true)
        #expect(missing.first?.message.en.contains("--11-15") == true)
        // Without the parent, no parent rule speaks.
        #expect(try Self.findings(Corpus.sonLaOffice).allSatisfy { !$0.rule.hasPrefix("parent-") })
    }

    @Test func aCleanPlanGetsNoWarningOrError() {
        let text = """
            ỦY BAN NHÂN DÂN TỈNH SƠN LA

            Số: 120/KH-UBND

            Sơn La, ngày 12 tháng 5 năm 2026

            KẾ HOẠCH

            Triển khai Phong trào thi đua “Đổi mới sáng tạo” giai đoạn 2026-2030

            Căn cứ Quyết định số 462/QĐ-TTg ngày 22/3/2026 của Thủ tướng Chính phủ;

            I. MỤC ĐÍCH, YÊU CẦU

            1. Mục đích

            - Hưởng ứng Phong trào thi đua “Đổi mới sáng tạo” do Thủ tướng Chính phủ phát động.

            2. Yêu cầu

            - Thiết thực, hiệu quả.

            II. HÌNH THỨC KHEN THƯỞNG

            a) Khen thưởng sơ kết: Bằng khen của Chủ tịch UBND tỉnh.

            b) Khen thưởng tổng kết: Huân chương Lao động; Bằng khen của Thủ tướng Chính phủ.

            III. THỜI GIAN THỰC HIỆN

            - Giai đoạn 1 (2026-2027): sơ kết vào năm 2027.

            - Giai đoạn 2 (2028-2030): tổng kết vào năm 2030.

            IV. TỔ CHỨC THỰC HIỆN

            1. Sở Nội vụ

            Chủ trì, tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/11 hằng năm.

            2. Các cơ quan, đơn vị

            Xây dựng kế hoạch triển khai, gửi về Sở Nội vụ trước ngày 30/6/2026.

            Nơi nhận:
            - Lưu: VT.

            KT. CHỦ TỊCH
            PHÓ CHỦ TỊCH

            Nguyễn Văn Minh
            """
        let source = SourceText(text: text, path: "clean.txt")
        let document = Segmenter().segment(source)
        let findings = Checker().check(CheckContext(source: source, document: document, record: PlanExtractor().extract(from: document)))
        #expect(findings.filter { $0.severity >= .warning }.map { "\($0.line) \($0.rule): \($0.message.en)" } == [])
    }
}
