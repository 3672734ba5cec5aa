import Foundation
import Testing
import ThiDuaKit
import VietText

/// The records of the real corpus documents.
@Suite struct PlanExtractorCorpusTests {
    static func record(_ id: String) throws -> PlanRecord {
        PlanExtractor().extract(from: try Corpus.document(id))
    }

    static func run() throws -> [String: PlanRecord] {
        let records = PlanExtractor().extract(from: try Corpus.all.map(Corpus.document))
        return Dictionary(uniqueKeysWithValues: records.map { ($0.id, $0) })
    }

    @Test func sonLa2026Alone() throws {
        let record = try Self.record(Corpus.sonLa2026)
        #expect(record.province == "Sơn La")
        #expect(record.issuer == "Ủy ban nhân dân tỉnh Sơn La")
        #expect(record.issuerLevel == .province)
        #expect(record.kinds == [.decision, .plan])
        #expect(record.number == nil)
        #expect(record.issued == "2026")
        #expect(record.resolved.isEmpty)
        #expect(record.signer?.name == "Nguyễn Đình Việt")
        #expect(record.signer?.title == "Chủ tịch")
        #expect(record.movement?.name == "Đổi mới sáng tạo, phát triển khoa học, công nghệ, chuyển đổi số, chuyển đổi xanh")
        #expect(record.movement?.from == 2026)
        #expect(record.movement?.to == 2030)
        #expect(record.movement?.nationalDecision == "462/QĐ-TTg")
        #expect(record.phases.map { "\($0.from)-\($0.to)" } == ["2026-2027", "2028-2030"])
        #expect(record.phases.map(\.review) == [
            Phase.Review(kind: .preliminary, when: "2027"), Phase.Review(kind: .final, when: "2030"),
        ])
        let pairs = record.awards.map { "\($0.form) @ \($0.occasion.rawValue)" }
        #expect(Set(pairs).count == 9)
        #expect(pairs.contains("Bằng khen của Thủ tướng Chính phủ @ preliminary"))
        #expect(pairs.contains("Giấy khen @ preliminary"))
        #expect(pairs.contains("Giấy khen @ final"))
        #expect(!record.awards.contains { $0.occasion == .annual })
        #expect(record.deadlines.map(\.value) == ["2026-05", "2026-05-30", "--11-15"])
        #expect(record.deadlines.map(\.kind) == [.month, .date, .annual])
        #expect(record.deadlines.map(\.purpose) == [.implementationPlan, .implementationPlan, .report])
        #expect(record.deadlines[1].to == "Sở Nội vụ")
    }

    @Test func sonLa2026TakesItsNumberFromTheOfficePlanInTheSameRun() throws {
        let record = try #require(try Self.run()[Corpus.sonLa2026])
        #expect(record.number == "1031/QĐ-UBND")
        #expect(record.issued == "2026-04-27")
        #expect(record.resolved == [
            Resolution(field: "number", value: "1031/QĐ-UBND", citedBy: Corpus.sonLaOffice, line: 11),
            Resolution(field: "issued", value: "2026-04-27", citedBy: Corpus.sonLaOffice, line: 11),
        ])
        // The office plan itself is not filled from anything.
        let office = try #require(try Self.run()[Corpus.sonLaOffice])
        #expect(office.number == nil)
        #expect(office.issuer == "Văn phòng Ủy ban nhân dân tỉnh Sơn La")
        #expect(office.issuerLevel == .agency)
    }

    @Test func lamDong() throws {
        let record = try Self.record(Corpus.lamDong)
        #expect(record.number == "2037/QĐ-UBND")
        #expect(record.issued == "2025-11-10")
        #expect(record.attachedTo == "2031/QĐ-UBND")
        #expect(record.signer == Signer(name: "Nguyễn Ngọc Phúc", title: "Phó Chủ tịch", capacity: "KT. Chủ tịch", line: 54))
        #expect(record.phases.map { [$0.from, $0.to] } == [[2025, 2027], [2027, 2030]])
        #expect(record.movement?.nationalDecision == "923/QĐ-TTg")
        #expect(!record.awards.contains { $0.formID == "pm-certificate" && $0.occasion == .preliminary })
        #expect(record.awards.contains { $0.formID == "pm-certificate" && $0.occasion == .final })
        #expect(record.awards.contains { $0.occasion == .adHoc })
        #expect(record.awards.contains { $0.occasion == .annual })
        let science = try #require(record.agencies.first { $0.name == "Sở Khoa học và Công nghệ" })
        #expect(Array(science.roles.prefix(2)) == [.standing, .lead])
        #expect(science.line == 226)
        #expect(record.deadlines.isEmpty)
    }

    @Test func haTinh() throws {
        let record = try Self.record(Corpus.haTinh)
        #expect(record.kinds == [.plan])
        #expect(record.number == nil)
        #expect(record.issued == "2026")
        #expect(record.deadlines.map(\.value) == ["2026-Q2", "P15D", "--11-15"])
        #expect(record.deadlines.map(\.kind) == [.quarter, .relative, .annual])
        #expect(record.deadlines.map(\.purpose) == [.implementationPlan, .implementationPlan, .report])
        #expect(record.deadlines.map(\.line) == [140, 152, 152])
        let leads = record.agencies.filter { $0.roles.contains(.lead) }.map(\.name)
        #expect(leads.contains("Sở Nông nghiệp và Môi trường"))
        #expect(record.signer?.name == "Trần Báú Hà")
        #expect(record.signer?.capacity == "TM. Ủy ban nhân dân; KT. Chủ tịch")
        #expect(record.awards.contains { $0.occasion == .annual })
        #expect(record.awards.contains { $0.formID == "pm-certificate" && $0.occasion == .preliminary })
    }

    @Test func sonLa2024() throws {
        let record = try Self.record(Corpus.sonLa2024)
        #expect(record.phases.isEmpty)
        #expect(record.movement?.period == "2024-06/2025-10")
        let deadlines = record.deadlines.map { "\($0.kind.rawValue) \($0.value)" }
        #expect(deadlines.contains("range 2024-06/2025-10"))
        #expect(deadlines.contains("date 2024-07-15"))
        #expect(deadlines.contains("date 2025-09-15"))
        for quarter in ["2024-Q3", "2024-Q4", "2025-Q2"] { #expect(deadlines.contains("quarter \(quarter)")) }
        #expect(record.deadlines.first { $0.value == "2025-09-15" }?.purpose == .awardNomination)
        #expect(!record.awards.isEmpty)
        #expect(record.awards.allSatisfy { $0.occasion == .unspecified })
        #expect(record.targets.map { "\($0.value) \($0.unit)" } == [
            "60 triệu đồng/người/năm", "200 triệu USD", "6.250 tỷ đồng", "18,5 %", "3 %/năm", "4-5 %/năm",
        ])
        #expect(record.targets.allSatisfy { $0.line == 87 })
        #expect(record.legalBases.map(\.number).contains("98/2023/NĐCP"))
        #expect(record.legalBases.map(\.number).contains("01/2024/TTBNV"))
    }

    @Test func citationDatesAreLegalBasesNeverDeadlines() throws {
        for id in Corpus.all {
            let record = try Self.record(id)
            let deadlineValues = Set(record.deadlines.map(\.value))
            for basis in record.legalBases { #expect(!deadlineValues.contains(basis.date ?? "-")) }
            // Anniversaries, percentages and headings are never dates.
            #expect(!deadlineValues.contains("1895-10-10"))
            #expect(!deadlineValues.contains("2025-10-10"))
        }
        let lamDong = try Self.record(Corpus.lamDong)
        let decree = try #require(lamDong.legalBases.first { $0.number == "152/2025/NĐ-CP" })
        #expect(decree.date == "2025-06-14")
        #expect(decree.issuer == "Chính phủ")
        let party = try #require(lamDong.legalBases.first { $0.number == "57-NQ/TW" })
        #expect(party.date == "2024-12-22")
    }

    /// For every item of every corpus document, the line it names holds its text.
    @Test(arguments: Corpus.all)
    func everyItemsLineHoldsItsText(id: String) throws {
        let source = try Corpus.source(id)
        let records = PlanExtractor().extract(from: try Corpus.all.map(Corpus.document))
        let record = try #require(records.first { $0.id == id })
        func holds(_ line: Int, _ text: String?, _ what: String) {
            guard let text else { return }
            let key = MatchingKey(source.line(line).replacingOccurrences(of: "*", with: "")).value
            #expect(key.contains(MatchingKey(text).value), "\(id) line \(line) does not hold \(what) “\(text)”")
        }
        for basis in record.legalBases { holds(basis.line, basis.number ?? basis.name, "legal basis") }
        for phase in record.phases { holds(phase.line, phase.label, "phase") }
        for deadline in record.deadlines { holds(deadline.line, deadline.text, "deadline") }
        for target in record.targets {
            holds(target.line, target.value, "target value")
            holds(target.line, target.unit, "target unit")
        }
        for award in record.awards {
            let form = try #require(AwardForms.form(id: award.formID))
            let line = MatchingKey(source.line(award.line)).value
            let spelled = form.keys.contains { line.contains($0.value) }
                || (form.id == "within-authority" && line.contains("khen thưởng"))
            #expect(spelled, "\(id) line \(award.line) does not name \(award.form)")
        }
        for agency in record.agencies {
            let line = MatchingKey(source.line(agency.line)).value
            let names = [agency.name] + (Agencies.all.first { $0.id == agency.agencyID }?.aliases ?? [])
            #expect(names.contains { line.contains(MatchingKey($0).value) } || line.contains("ủy ban mặt trận tổ quốc"),
                "\(id) line \(agency.line) does not name \(agency.name)")
        }
        if let signer = record.signer { holds(signer.line, signer.name, "signer") }
        if let name = record.movement?.name, let line = record.lines["movement.name"] { holds(line, name, "movement") }
        if let line = record.lines["issued"], let issued = record.issued, record.resolved.isEmpty {
            holds(line, "năm " + issued.prefix(4), "issue date")
        }
        if let number = record.number, let line = record.resolved.first?.line ?? record.lines["number"] {
            let citing = record.resolved.first.map { try? Corpus.source($0.citedBy) } ?? source
            let text = (citing ?? source).line(line).replacingOccurrences(of: " ", with: "")
            #expect(text.contains(number.replacingOccurrences(of: " ", with: "")))
        }
    }

    @Test func unknownWordingGivesNoValueAndNoAwardSectionGivesAnEmptyList() {
        let document = Segmenter().segment(SourceText(text: """
            KẾ HOẠCH

            Về một việc gì đó

            I. NỘI DUNG

            1. Sẽ làm sớm, trước khi xong việc; vào dịp thích hợp hằng năm.
            """, path: "odd.txt"))
        let record = PlanExtractor().extract(from: document)
        #expect(record.awards.isEmpty)
        #expect(record.deadlines.isEmpty)
        #expect(record.phases.isEmpty)
        #expect(record.number == nil)
        #expect(record.issued == nil)
        #expect(record.province == nil)
        #expect(record.signer == nil)
    }
}

@Suite struct PlanRecordCodingTests {
    @Test func recordsRoundTripThroughJSONWithExplicitNulls() throws {
        let records = PlanExtractor().extract(from: try Corpus.all.map(Corpus.document))
        let data = try JSONEncoder().encode(records)
        #expect(try JSONDecoder().decode([PlanRecord].self, from: data) == records)
        let text = String(decoding: try JSONEncoder().encode(records[0]), as: UTF8.self)
        #expect(text.contains("\"number\":null"))
        #expect(text.contains("\"attachedTo\":null"))
    }

    @Test func aMissingAddedFieldDecodesAsNil() throws {
        let json = #"{"kind":"Luật","line":3}"#
        let basis = try JSONDecoder().decode(LegalBasis.self, from: Data(json.utf8))
        #expect(basis.kind == "Luật")
        #expect(basis.number == nil)
        #expect(basis.subject == nil)
    }
}
