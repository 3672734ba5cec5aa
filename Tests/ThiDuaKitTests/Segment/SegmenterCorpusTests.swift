import Testing
import ThiDuaKit

/// The section trees of the real corpus documents, as a reader sees them.
@Suite struct SegmenterCorpusTests {
    @Test func lamDongPlanPartsComeFromNumberingNotMarkdownLevels() throws {
        let document = try Corpus.document(Corpus.lamDong)
        let plan = try #require(document.part(.plan))
        #expect(plan.title == "KẾ HOẠCH")
        #expect(plan.children(of: .part).map(\.label) == ["I.", "II.", "III.", "IV.", "V."])
        #expect(plan.children(of: .part).map(\.title) == [
            "MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG, THỜI GIAN THỰC HIỆN PHONG TRÀO THI ĐUA",
            "TIÊU CHÍ THI ĐUA VÀ HÌNH THỨC KHEN THƯỞNG", "GIẢI PHÁP THỰC HIỆN", "TỔ CHỨC THỰC HIỆN",
        ])
        // `## 2. Yêu cầu` is a clause of part I even though markdown puts it two levels up.
        let partI = try #require(plan.child(labeled: "I."))
        #expect(partI.children.map(\.title) == ["Mục đích", "Yêu cầu"])
        #expect(partI.child(labeled: "2.")?.lines == LineRange(first: 78, last: 84))
        // `#### IV.` is a part like the others.
        #expect(plan.child(labeled: "IV.")?.headingSpans.first?.line == 212)
    }

    @Test func lamDongContentPointsSkipNoLetterButF() throws {
        let document = try Corpus.document(Corpus.lamDong)
        let points = try #require(document.part(.plan)?.descendant(["II.", "1."]))
        #expect(points.childLabels == ["a)", "b)", "c)", "d)", "e)", "g)", "h)", "i)"])
        #expect(points.children.map(\.ordinal) == [1, 2, 3, 4, 6, 7, 8, 9])
        #expect(points.children.allSatisfy { $0.kind == .point })
    }

    @Test func lamDongPhasesAreBulletsWithTitles() throws {
        let document = try Corpus.document(Corpus.lamDong)
        let time = try #require(document.part(.plan)?.descendant(["II.", "2."]))
        #expect(time.title == "Thời gian thực hiện phong trào thi đua")
        #expect(time.body.first?.text == "Thời gian triển khai thực hiện từ năm 2025 đến năm 2030, chia thành 02 giai đoạn:")
        #expect(time.children.map(\.title) == ["Giai đoạn I (2025-2027)", "Giai đoạn II (2027-2030)"])
        #expect(time.children.map { $0.lines.first } == [114, 116])
    }

    @Test func lamDongPageBreakInsideItalicsIsRepaired() throws {
        let document = try Corpus.document(Corpus.lamDong)
        let pointE = try #require(document.part(.plan)?.descendant(["II.", "1.", "e)"]))
        #expect(pointE.lines == LineRange(first: 100, last: 102))
        #expect(pointE.body.count == 1)
        #expect(pointE.body[0].text.contains("phát triển “Chính quyền số”, đẩy mạnh"))
        #expect(pointE.body[0].line(atTextOffset: pointE.body[0].text.utf8.count - 1) == 102)
    }

    @Test func lamDongDecisionRecipientsAndSignature() throws {
        let document = try Corpus.document(Corpus.lamDong)
        #expect(document.parts.map(\.kind) == [.header, .decision, .recipients, .signature, .plan])
        let decision = try #require(document.part(.decision))
        #expect(decision.body.filter { $0.role == .legalBasis }.map(\.lines.first) == [15, 17, 19, 21, 23, 25])
        #expect(decision.body.first { $0.role == .subject }?.lines == LineRange(first: 9, last: 11))
        #expect(decision.body.first { $0.role == .authority }?.text == "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG")
        #expect(decision.body.first { $0.role == .proposal }?.lines.first == 27)
        #expect(decision.childLabels == ["Điều 1.", "Điều 2."])
        let signature = try #require(document.part(.signature))
        #expect(signature.body.map(\.role) == [.signerTitle, .signerName])
        #expect(signature.body.map(\.text) == ["KT. CHỦ TỊCH PHÓ CHỦ TỊCH", "Nguyễn Ngọc Phúc"])
        let plan = try #require(document.part(.plan))
        #expect(plan.body.first { $0.role == .attachment }?.text.hasPrefix("(Kèm theo Quyết định số 2031/QĐ-UBND") == true)
        #expect(plan.body.first { $0.role == .subject }?.lines == LineRange(first: 60, last: 61))
    }

    @Test func sonLa2024KeepsBothDuplicatedLabels() throws {
        let document = try Corpus.document(Corpus.sonLa2024)
        let plan = try #require(document.part(.plan))
        let partV = try #require(plan.child(labeled: "V."))
        #expect(partV.childLabels == ["1.", "2.", "3.", "4.", "5.", "6.", "7.", "8.", "8."])
        #expect(partV.children.suffix(2).map(\.title) == ["Sở Thông tin và Truyền thông", "Báo Sơn La, Đài phát thanh - Truyền hình tỉnh"])
        let clause1 = try #require(partV.child(labeled: "1."))
        #expect(clause1.childLabels == ["a)", "b)", "b)", "c)", "d)"])
        #expect(clause1.children.map { $0.lines.first } == [174, 176, 178, 180, 182])
    }

    @Test func sonLa2024GluedHeadingsAreSplit() throws {
        let document = try Corpus.document(Corpus.sonLa2024)
        let plan = try #require(document.part(.plan))
        // `KẾ HOẠCH**Tổ chức thực hiện ...`: the heading and the subject, from one line.
        #expect(plan.title == "KẾ HOẠCH")
        #expect(plan.headingSpans.map(\.line) == [52])
        let subject = try #require(plan.body.first { $0.role == .subject })
        #expect(subject.text == "Tổ chức thực hiện Phong trào thi đua chào mừng Kỷ niệm 130 năm thành lập tỉnh Sơn La (10/10/1895 - 10/10/2025)")
        #expect(subject.lines == LineRange(first: 52, last: 54))
        // `I. MỤC ĐÍCH, YÊU CẦU**1. Mục đích**`: part I with its first clause, from one line.
        let partI = try #require(plan.child(labeled: "I."))
        #expect(partI.title == "MỤC ĐÍCH, YÊU CẦU")
        #expect(partI.children.first?.label == "1.")
        #expect(partI.children.first?.title == "Mục đích")
        #expect(partI.children.first?.headingSpans.first?.line == 61)
        #expect(partI.headingSpans.first?.line == 61)
    }

    @Test func sonLa2024HeaderLineHoldsNumberAndDate() throws {
        let document = try Corpus.document(Corpus.sonLa2024)
        let header = try #require(document.part(.header))
        #expect(header.body.map(\.role) == [.number, .placeAndDate])
        #expect(header.body.map(\.text) == ["Số: /QĐ-UBND", "Sơn La, ngày tháng năm 2024"])
        #expect(header.body.map(\.lines.first) == [3, 3])
        // `III. THỜI GIAN THI ĐUA: Từ tháng 6/2024 ...` has a title and a body on one line.
        let partIII = try #require(document.part(.plan)?.child(labeled: "III."))
        #expect(partIII.title == "THỜI GIAN THI ĐUA")
        #expect(partIII.body.map(\.text) == ["Từ tháng 6/2024 đến tháng 10/2025."])
    }

    @Test func haTinhResponsibilitiesIncludeD() throws {
        let document = try Corpus.document(Corpus.haTinh)
        let responsibilities = try #require(document.part(.plan)?.descendant(["V.", "2."]))
        #expect(responsibilities.title == "Trách nhiệm thực hiện")
        #expect(responsibilities.childLabels == ["a)", "b)", "c)", "d)", "đ)", "e)", "g)", "h)", "i)"])
        #expect(responsibilities.child(labeled: "đ)")?.ordinal == 5)
        #expect(responsibilities.child(labeled: "đ)")?.title == "Sở Nội vụ")
        // Decimal sub-clauses hold the award forms.
        let awards = try #require(document.part(.plan)?.descendant(["III.", "2."]))
        #expect(awards.childLabels == ["2.1.", "2.2."])
        #expect(awards.child(labeled: "2.1.")?.childLabels == ["a)", "b)", "c)"])
        #expect(awards.descendant(["2.1.", "b)"])?.children.map(\.lines.first) == [103, 104, 105])
    }

    @Test func haTinhIsAPlanAloneSignedOnBehalfOfTheCommittee() throws {
        let document = try Corpus.document(Corpus.haTinh)
        #expect(document.parts.map(\.kind) == [.header, .plan, .recipients, .signature])
        let signature = try #require(document.part(.signature))
        #expect(signature.body.map(\.text) == ["TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH", "Trần Báú Hà"])
        let closing = try #require(document.part(.plan)?.children.last)
        #expect(closing.kind == .closing)
        #expect(closing.body.map(\.lines.first) == [190, 192])
    }

    @Test func sonLa2026PageBrokenSentenceIsOneParagraph() throws {
        let document = try Corpus.document(Corpus.sonLa2026)
        let point = try #require(document.part(.plan)?.descendant(["I.", "2.", "a)"]))
        #expect(point.body.count == 1)
        #expect(point.body[0].lines == LineRange(first: 73, last: 75))
        #expect(point.body[0].text.contains("gắn với phong trào thi đua “Cả nước thi đua đổi mới sáng tạo và chuyển đổi số”"))
        #expect(point.body[0].line(atTextOffset: 0) == 73)
        let offset = try #require(point.body[0].text.utf8.firstRange(of: "thi đua đổi mới sáng tạo".utf8)?.lowerBound)
        #expect(point.body[0].line(atTextOffset: point.body[0].text.utf8.distance(from: point.body[0].text.utf8.startIndex, to: offset)) == 75)
    }

    @Test func sonLa2026DecisionAndPlanHoldTheirParts() throws {
        let document = try Corpus.document(Corpus.sonLa2026)
        #expect(document.parts.map(\.kind) == [.header, .decision, .recipients, .signature, .header, .plan])
        let decision = try #require(document.part(.decision))
        #expect(decision.body.filter { $0.role == .legalBasis }.map(\.lines.first) == [13, 15, 17, 19, 21])
        #expect(decision.body.filter { $0.role == .legalBasis }.allSatisfy { $0.text.hasPrefix("Căn cứ") })
        #expect(decision.childLabels == ["Điều 1.", "Điều 2.", "Điều 3."])
        #expect(decision.children.map(\.ordinal) == [1, 2, 3])
        let plan = try #require(document.part(.plan))
        #expect(plan.children(of: .part).map(\.label) == ["I.", "II.", "III.", "IV.", "V.", "VI."])
        #expect(plan.lines.first == 52)
        // The plan's own header: issuer and motto, between the decision's signature and the plan.
        let secondHeader = document.parts[4]
        #expect(secondHeader.body.map(\.role) == [.issuer, .motto])
        #expect(secondHeader.body.first?.text == "ỦY BAN NHÂN DÂN TỈNH SƠN LA")
        #expect(document.part(.signature)?.body.map(\.text) == ["CHỦ TỊCH", "Nguyễn Đình Việt"])
    }

    @Test(arguments: Corpus.all)
    func everyCorpusTreeIsLossless(id: String) throws {
        let source = try Corpus.source(id)
        let document = Segmenter().segment(source)
        #expect(LosslessCheck.violations(of: document, in: source) == [])
        #expect(document.hasRecognisableStructure)
    }
}
