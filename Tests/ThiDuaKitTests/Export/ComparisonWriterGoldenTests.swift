import Testing
import ThiDuaKit

/// The writers' outputs on the corpus, against golden files.
@Suite struct ComparisonWriterGoldenTests {
    static func records() throws -> [PlanRecord] {
        PlanExtractor().extract(from: try Corpus.all.map(Corpus.document)).map { record in
            var copy = record
            copy.source = "corpus/\(record.id).txt"
            return copy
        }
    }

    @Test func markdown() throws {
        let comparison = Comparator().compare(try Self.records())
        try Golden.check(ComparisonWriter().markdown(comparison), against: "comparison.md")
    }

    @Test func csv() throws {
        let comparison = Comparator().compare(try Self.records())
        try Golden.check(ComparisonWriter().csv(comparison), against: "comparison.csv")
    }

    @Test func json() throws {
        let comparison = Comparator().compare(try Self.records())
        try Golden.check(ComparisonWriter(configuration: .init(language: .vi)).json(comparison), against: "comparison.vi.json")
    }

    @Test func terminalTable() throws {
        let comparison = Comparator().compare(try Self.records())
        try Golden.check(ComparisonWriter(configuration: .init(width: 100)).table(comparison), against: "comparison.txt")
    }

    @Test func tableLinesFitTheWidth() throws {
        let comparison = Comparator().compare(try Self.records())
        for width in [80, 100, 140] {
            let table = ComparisonWriter(configuration: .init(width: width)).table(comparison)
            let tableLines = table.split(separator: "\n").filter { $0.contains("│") || $0.contains("┼") }
            #expect(tableLines.allSatisfy { DisplayWidth.of($0) <= width }, "width \(width)")
        }
    }

    @Test func reportFilesAreDeterministic() throws {
        let records = try Self.records()
        let first = ReportWriter().files(records: records, comparison: Comparator().compare(records))
        let second = ReportWriter().files(records: records, comparison: Comparator().compare(records))
        #expect(first.map(\.name) == ["comparison.md", "phases.csv", "awards.csv", "deadlines.csv", "agencies.csv", "facts.csv", "plans.json"])
        #expect(first.map(\.content) == second.map(\.content))
        let phases = try #require(first.first { $0.name == "phases.csv" }?.content)
        #expect(phases.hasPrefix("group,document,province,agency,label,from,to,review,review_when,line\r\n"))
        #expect(phases.contains("1,lam-dong-2025-ke-hoach-thi-dua-dmst-cds,Lâm Đồng,,Giai đoạn I,2025,2027,preliminary,2027,114\r\n"))
        #expect(!first.contains { $0.content.contains("/work/") || $0.content.contains("/tmp/") })
    }
}
