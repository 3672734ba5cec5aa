import Testing
import ThiDuaKit

/// The comparison of the bundled corpus, asserted on its data.
@Suite struct ComparatorCorpusTests {
    static func comparison() throws -> Comparison {
        Comparator().compare(PlanExtractor().extract(from: try Corpus.all.map(Corpus.document)))
    }

    /// The cell of `row` for the column of document `id`.
    static func cell(_ group: MovementGroup, _ dimension: ComparisonDimension, _ row: String, _ id: String) -> String? {
        guard let index = group.columns.firstIndex(where: { $0.id == id }), let row = group.table(dimension)?.row(row) else { return nil }
        return row.values[index]
    }

    @Test func sonLa2024FormsItsOwnGroup() throws {
        let comparison = try Self.comparison()
        #expect(comparison.groups.count == 2)
        #expect(comparison.groups[0].columns.map(\.id) == [Corpus.haTinh, Corpus.lamDong, Corpus.sonLa2026, Corpus.sonLaOffice])
        #expect(comparison.groups[1].columns.map(\.id) == [Corpus.sonLa2024])
        #expect(comparison.groups[0].nationalDecisions == ["462/QĐ-TTg", "923/QĐ-TTg"])
    }

    @Test func theOfficePlanStandsBesideItsProvinceLabelledAsASubPlan() throws {
        let columns = try Self.comparison().groups[0].columns
        #expect(columns.map(\.header) == ["Hà Tĩnh", "Lâm Đồng", "Sơn La", "Sơn La · sub-plan: Văn phòng UBND tỉnh"])
        #expect(columns.map(\.isSubPlan) == [false, false, false, true])
    }

    @Test func phaseStartsAndTheLamDongOverlap() throws {
        let group = try Self.comparison().groups[0]
        #expect(Self.cell(group, .phases, "phase.1.years", Corpus.lamDong) == "2025-2027")
        #expect(Self.cell(group, .phases, "phase.1.years", Corpus.sonLa2026) == "2026-2027")
        #expect(Self.cell(group, .phases, "phase.1.years", Corpus.haTinh) == "2026-2027")
        #expect(Self.cell(group, .phases, "overlap", Corpus.lamDong) == "2027")
        #expect(Self.cell(group, .phases, "overlap", Corpus.sonLa2026) == nil)
        #expect(group.table(.phases)?.row("phase.1.years")?.differs == true)
        #expect(group.table(.phases)?.row("phase.1.review")?.differs == false)
        #expect(group.keyDifferences.contains(
            .phaseStart(earliest: ["Lâm Đồng"], year: 2025, later: [.init(province: "Hà Tĩnh", year: 2026), .init(province: "Sơn La", year: 2026)])))
        #expect(group.keyDifferences.contains(
            .phaseOverlap(province: "Lâm Đồng", years: [2027], first: "2025–2027", second: "2027–2030")))
    }

    @Test func primeMinistersCertificateAtTheMidTermReviewAndTheYearlyOccasion() throws {
        let group = try Self.comparison().groups[0]
        let midTerm = "award.pm-certificate.preliminary"
        #expect(Self.cell(group, .awards, midTerm, Corpus.sonLa2026) == "yes")
        #expect(Self.cell(group, .awards, midTerm, Corpus.haTinh) == "yes")
        #expect(Self.cell(group, .awards, midTerm, Corpus.lamDong) == nil)
        let yearly = try #require(group.table(.awards)?.rows.filter { $0.key.hasSuffix(".annual") })
        func hasYearly(_ id: String) -> Bool {
            let index = group.columns.firstIndex { $0.id == id }!
            return yearly.contains { $0.values[index] != nil }
        }
        #expect(hasYearly(Corpus.haTinh))
        #expect(hasYearly(Corpus.lamDong))
        #expect(!hasYearly(Corpus.sonLa2026))
    }

    @Test func implementationPlanAndReportDeadlines() throws {
        let group = try Self.comparison().groups[0]
        #expect(Self.cell(group, .deadlines, "deadline.implementation-plan", Corpus.sonLa2026) == "2026-05,2026-05-30")
        #expect(Self.cell(group, .deadlines, "deadline.implementation-plan", Corpus.haTinh) == "2026-Q2,P15D")
        #expect(Self.cell(group, .deadlines, "deadline.implementation-plan", Corpus.lamDong) == nil)
        #expect(Self.cell(group, .deadlines, "deadline.report", Corpus.sonLa2026) == "--11-15")
        #expect(Self.cell(group, .deadlines, "deadline.report", Corpus.haTinh) == "--11-15")
        let row = try #require(group.table(.deadlines)?.row("deadline.implementation-plan"))
        let sonLa = try #require(group.columns.firstIndex { $0.id == Corpus.sonLa2026 })
        #expect(row.cells[sonLa] == "trong tháng 5/2026 → 2026-05; trước ngày 30/5/2026 → 2026-05-30")
    }

    @Test func leadAndStandingAgenciesOfEachProvince() throws {
        let group = try Self.comparison().groups[0]
        func holders(_ role: AgencyRole, _ id: String) -> [String] {
            let index = group.columns.firstIndex { $0.id == id }!
            return group.table(.agencies)?.rows.filter { $0.values[index]?.split(separator: ",").contains(Substring(role.rawValue)) == true }
                .map(\.label) ?? []
        }
        #expect(holders(.standing, Corpus.lamDong) == ["Sở Khoa học và Công nghệ"])
        #expect(holders(.standing, Corpus.sonLa2026).isEmpty)
        #expect(holders(.standing, Corpus.haTinh).isEmpty)
        #expect(Set(holders(.lead, Corpus.lamDong)) == ["Sở Khoa học và Công nghệ", "Sở Nội vụ", "Sở Văn hóa, Thể thao và Du lịch"])
        #expect(holders(.lead, Corpus.sonLa2026) == ["Sở Khoa học và Công nghệ"])
        #expect(Set(holders(.lead, Corpus.haTinh)) == [
            "Sở Khoa học và Công nghệ", "Sở Nông nghiệp và Môi trường", "Sở Nội vụ", "Sở Văn hóa, Thể thao và Du lịch",
        ])
    }

    @Test func onlyDifferencesKeepsTheDifferingRows() throws {
        let comparison = try Self.comparison()
        let markdown = ComparisonWriter(configuration: .init(onlyDifferences: true)).markdown(comparison)
        #expect(markdown.contains("Phase 1 |"))
        #expect(!markdown.contains("| Phase 1 review |"))
    }

    @Test func summaryIsBuiltFromTheDataInEitherLanguage() throws {
        let group = try Self.comparison().groups[0]
        let english = SummaryWriter(language: .en).sentences(group.keyDifferences)
        #expect(english.first == "Lâm Đồng’s first phase starts in 2025, a year before Hà Tĩnh and Sơn La (2026).")
        let vietnamese = SummaryWriter(language: .vi).sentences(group.keyDifferences)
        #expect(vietnamese.first == "Giai đoạn đầu của Lâm Đồng bắt đầu từ năm 2025, sớm hơn Hà Tĩnh và Sơn La (2026) 1 năm.")
        #expect(vietnamese.contains("Các giai đoạn của Lâm Đồng chồng lấn năm 2027 (2025–2027 và 2027–2030)."))
    }
}

/// Many plans of one movement: rows read as distributions, and sentences name each province once.
@Suite struct WideComparisonTests {
    static func records(copies: Int) throws -> [PlanRecord] {
        let base = PlanExtractor().extract(from: try Corpus.all.map(Corpus.document))
        return (1...copies).flatMap { copy in
            base.map { record -> PlanRecord in
                var copyRecord = record
                copyRecord.id = "\(record.id)-\(copy)"
                return copyRecord
            }
        }
    }

    @Test func theComparisonIsTheSameOnOneThreadOrSeveral() throws {
        let records = try Self.records(copies: 4)
        let serial = Comparator().compare(records)
        #expect(Comparator(configuration: .init(jobs: 4)).compare(records) == serial)
        #expect(serial.groups[0].tables.map(\.dimension) == ComparisonDimension.allCases)
    }

    @Test func rowsBecomeDistributionsAndSentencesDoNotRepeat() throws {
        let comparison = Comparator().compare(try Self.records(copies: 4))
        #expect(comparison.groups[0].columns.count == 16)
        let table = ComparisonWriter(configuration: .init(width: 100)).table(comparison)
        #expect(table.contains("      2025–2027  ·  4 documents (25.0%): Lâm Đồng\n"))
        #expect(table.contains("      2026–2027  ·  12 documents (75.0%): Hà Tĩnh, Sơn La, Sơn La · sub-plan: Văn phòng UBND tỉnh\n"))
        // The wide group reads row by row; the anniversary group of four plans stays side by side.
        let wide = try #require(table.components(separatedBy: "MOVEMENT  chào mừng").first)
        #expect(!wide.contains("│"))
        #expect(table.contains("│ [1] Sơn La"))
        #expect(table.components(separatedBy: "Lâm Đồng’s phases overlap in 2027").count == 2)
        #expect(table.contains("  - Lâm Đồng’s first phase starts in 2025, a year before Hà Tĩnh and Sơn La (2026).\n"))
        let markdown = ComparisonWriter().markdown(comparison)
        #expect(markdown.contains("  - 2025–2027  ·  4 documents (25.0%): Lâm Đồng\n"))
    }

    /// An empty cell reads as an empty value; distinct cells come most frequent first, ties in the
    /// order they first appear, empty cells among them.
    @Test func rowsTellWhetherAndHowTheirCellsDiffer() {
        let row = Row(key: "k", label: "K", cells: [nil, "a", nil, "b", "a", "Đồng"], values: [nil, "x", nil, "y", "x", "z"])
        #expect(row.differs)
        #expect(row.distribution.map(\.cell) == [nil, "a", "b", "Đồng"])
        #expect(row.distribution.map(\.columns) == [[0, 2], [1, 4], [3], [5]])
        #expect(!Row(key: "k", label: "K", cells: [nil, ""], values: [nil, ""]).differs)
        #expect(!Row(key: "k", label: "K", cells: ["Hà Tĩnh", "Hà Tĩnh"], values: ["Hà Tĩnh", "Hà Tĩnh"]).differs)
        #expect(Row(key: "k", label: "K", cells: [nil, "2026"], values: [nil, "2026"]).differs)
    }

    @Test func longListsAreCapped() {
        let writer = SummaryWriter(language: .en)
        #expect(writer.list((1...10).map { "P\($0)" }) == "P1, P2, P3, P4, P5, P6, P7, P8 and 2 more")
        #expect(SummaryWriter(language: .vi).list(["A", "B"]) == "A và B")
    }
}
