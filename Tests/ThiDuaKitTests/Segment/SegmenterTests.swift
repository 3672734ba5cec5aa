import Testing
import ThiDuaKit

/// The segmenter on small constructed documents, checked through the stable text dump.
@Suite struct SegmenterTests {
    private func tree(_ text: String) -> SegmentedDocument {
        Segmenter().segment(SourceText(text: text, path: "draft.txt"))
    }

    @Test func aDecisionWithItsPlanAttached() {
        let document = tree("""
            Số: 12/QĐ-UBND
            Hà Giang, ngày 5 tháng 3 năm 2026

            QUYẾT ĐỊNH
            Ban hành Kế hoạch thi đua

            Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;

            Theo đề nghị của Sở Nội vụ.

            QUYẾT ĐỊNH:

            **Điều 1.** Ban hành kèm theo Quyết định này Kế hoạch.

            **Điều 2.** Quyết định có hiệu lực kể từ ngày ký.

            Nơi nhận:
            - Như Điều 2;
            - Lưu: VT.

            KT. CHỦ TỊCH
            PHÓ CHỦ TỊCH

            Nguyễn Văn A

            ## KẾ HOẠCH
            Thi đua đổi mới sáng tạo
            *(Kèm theo Quyết định số 12/QĐ-UBND)*

            ### I. MỤC ĐÍCH**1. Mục đích**
            - Tạo khí thế thi đua;
            + Cấp xã;
            - Khen thưởng kịp thời.

            ## 2. Yêu cầu
            a) Thi đua sâu rộng
            d) Đúng quy định
            e) Đúng thời hạn
            II. TỔ CHỨC THỰC HIỆN: Các sở triển khai.

            Trên đây là Kế hoạch thi đua.
            """)
        #expect(document.root.dump(paragraphs: true) == """
            document 1–41
              header 1–2
                ¶ number 1 "Số: 12/QĐ-UBND"
                ¶ place-and-date 2 "Hà Giang, ngày 5 tháng 3 năm 2026"
              decision "QUYẾT ĐỊNH" 4–15
                ¶ subject 5 "Ban hành Kế hoạch thi đua"
                ¶ legal-basis 7 "Căn cứ Luật Thi đua, khen thưởng ngày 15…"
                ¶ proposal 9 "Theo đề nghị của Sở Nội vụ."
                ¶ enactment 11 "QUYẾT ĐỊNH:"
                article Điều 1. 13
                  ¶ text 13 "Ban hành kèm theo Quyết định này Kế hoạc…"
                article Điều 2. 15
                  ¶ text 15 "Quyết định có hiệu lực kể từ ngày ký."
              recipients "Nơi nhận:" 17–19
                bullet - 18
                  ¶ text 18 "Như Điều 2;"
                bullet - "Lưu" 19
                  ¶ text 19 "VT."
              signature 21–24
                ¶ signer-title 21–22 "KT. CHỦ TỊCH PHÓ CHỦ TỊCH"
                ¶ signer-name 24 "Nguyễn Văn A"
              plan "KẾ HOẠCH" 26–41
                ¶ subject 27 "Thi đua đổi mới sáng tạo"
                ¶ attachment 28 "(Kèm theo Quyết định số 12/QĐ-UBND)"
                part I. "MỤC ĐÍCH" 30–38
                  clause 1. "Mục đích" 30–33
                    bullet - 31–32
                      ¶ text 31 "Tạo khí thế thi đua;"
                      bullet + 32
                        ¶ text 32 "Cấp xã;"
                    bullet - 33
                      ¶ text 33 "Khen thưởng kịp thời."
                  clause 2. "Yêu cầu" 35–38
                    point a) "Thi đua sâu rộng" 36
                    point d) "Đúng quy định" 37
                    point e) "Đúng thời hạn" 38
                part II. "TỔ CHỨC THỰC HIỆN" 39
                  ¶ text 39 "Các sở triển khai."
                closing 41
                  ¶ text 41 "Trên đây là Kế hoạch thi đua."
            """)
    }

    @Test func labelsKeepTheirOrdinalAndPrintedForm() {
        let document = tree("KẾ HOẠCH\n\nI. A\n\nđ) Điểm đ\n\n2.1. Mục\n\nIV. B\n")
        let nodes = document.root.allNodes.filter { $0.label != nil }
        #expect(nodes.map(\.label) == ["I.", "đ)", "2.1.", "IV."])
        #expect(nodes.map(\.ordinal) == [1, 5, 1, 4])
        #expect(nodes.map(\.kind) == [.part, .point, .subclause, .part])
        // `2.1.` ranks above `đ)`, so it closes the point and becomes a child of part I.
        #expect(document.part(.plan)?.child(labeled: "I.")?.childLabels == ["đ)", "2.1."])
    }

    @Test func bulletsNestByTheOrderTheirSymbolsAppear() {
        // `+` first, then `-`: here `-` is the inner level.
        let document = tree("KẾ HOẠCH\n\n1. Mục\n+ Ngoài\n- Trong\n+ Ngoài hai\n")
        let clause = document.part(.plan)?.child(labeled: "1.")
        #expect(clause?.childLabels == ["+", "+"])
        #expect(clause?.children.first?.childLabels == ["-"])
    }

    @Test func anEnDashIsTheSameBulletAsAHyphenAndKeepsItsPrintedForm() {
        // `–` closes the `+` opened under `-`, as `-` would; `•` is a symbol of its own, one level in.
        let document = tree("KẾ HOẠCH\n\n1. Mục\n- Một\n+ Hai\n– Ba\n• Bốn\n")
        let clause = document.part(.plan)?.child(labeled: "1.")
        #expect(clause?.childLabels == ["-", "–"])
        #expect(clause?.children.first?.childLabels == ["+"])
        #expect(clause?.children.last?.childLabels == ["•"])
        #expect(clause?.children.last?.title == "Ba")
    }

    @Test func aPageBreakJoinsOnlyWhenTheNextLineStartsInLowerCase() {
        let joined = tree("KẾ HOẠCH\n\n1. Mục\n\nCác cơ quan phối hợp với\n\nnhau thực hiện.\n")
        #expect(joined.part(.plan)?.child(labeled: "1.")?.body.map(\.text) == ["Các cơ quan phối hợp với nhau thực hiện."])
        let separate = tree("KẾ HOẠCH\n\n1. Mục\n\nCác cơ quan phối hợp.\n\nnhau thực hiện.\n")
        #expect(separate.part(.plan)?.child(labeled: "1.")?.body.count == 2)
        // A short heading does not run on into lower-case text below it.
        let heading = tree("KẾ HOẠCH\n\n1. Mục đích\n\nnhằm thực hiện.\n")
        #expect(heading.part(.plan)?.child(labeled: "1.")?.title == "Mục đích")
        #expect(heading.part(.plan)?.child(labeled: "1.")?.body.map(\.text) == ["nhằm thực hiện."])
    }

    /// A number line and a document heading stand alone: the line under either, with no blank line
    /// between, begins a paragraph of its own.
    @Test func aNumberLineAndADocumentHeadingStandAlone() {
        let header = tree("Số: 45/KH-UBND\nThi đua đổi mới sáng tạo\n")
        #expect(header.root.allNodes.flatMap(\.body).map(\.text) == ["Số: 45/KH-UBND", "Thi đua đổi mới sáng tạo"])
        let heading = tree("KẾ HOẠCH HÀNH ĐỘNG\nThi đua đổi mới sáng tạo\n")
        #expect(heading.part(.plan)?.title == "KẾ HOẠCH HÀNH ĐỘNG")
        // Text that only opens as they do runs on.
        let prose = tree("Số lượng khen thưởng\nKhông quá mười\n")
        #expect(prose.root.allNodes.flatMap(\.body).map(\.text) == ["Số lượng khen thưởng Không quá mười"])
    }

    @Test func markdownResidueIsIgnoredButColumnsStayInTheSource() throws {
        let source = SourceText(text: "KẾ HOẠCH\n\n### **a) Khen thưởng** \\*đột xuất\\*\n", path: "x.txt")
        let document = Segmenter().segment(source)
        let point = try #require(document.part(.plan)?.children.first)
        #expect(point.title == "Khen thưởng *đột xuất*")
        #expect(point.headingSpans == [LineSpan(line: 3, startColumn: 1, endColumn: 36, textOffset: 0)])
        #expect(LosslessCheck.violations(of: document, in: source) == [])
    }

    /// Lines as written and lines rewritten (a `* ` item, a bold marker, doubled spaces) in one paragraph:
    /// the first are read from the source's own string, the others from their cleaned bytes.
    @Test func aParagraphJoinsLinesAsWrittenAndLinesCleanedUp() {
        let document = tree("KẾ HOẠCH\n\n1. Mục\n\nCác cơ quan **chủ trì**\nphối hợp  với nhau\n* thực hiện\n")
        let clause = document.part(.plan)?.child(labeled: "1.")
        #expect(clause?.body.map(\.text) == ["Các cơ quan chủ trì phối hợp với nhau"])
        #expect(clause?.children.first?.label == "-")
        #expect(clause?.children.first?.title == "thực hiện")
    }

    /// Lines are tested for markup eight bytes at a time: a doubled space, a `*` or a `\\` is cleaned
    /// up wherever it falls, across those eight-byte steps too.
    @Test func markupIsCleanedUpAtEveryOffsetOfALine() {
        // From one byte on: spaces at the start of a line are trimmed, not collapsed.
        for offset in 1..<20 {
            let lead = String(repeating: "ệ", count: offset / 3) + String(repeating: "a", count: offset % 3)
            for (written, cleaned) in [("  b", " b"), ("*b", "b"), ("\\*b", "*b"), ("**b**", "b"), (" b", " b")] {
                let document = tree("KẾ HOẠCH\n\n1. Mục\n\n\(lead)\(written) thực hiện.\n")
                let text = document.part(.plan)?.child(labeled: "1.")?.body.map(\.text)
                #expect(text == ["\(lead)\(cleaned) thực hiện."], "\(offset) \(written)")
            }
        }
    }

    @Test func textWithoutStructureIsKeptButNotRecognised() {
        let document = tree("Một đoạn văn bản bất kỳ.\n\nKhông có tiêu đề hay đánh số.\n")
        #expect(!document.hasRecognisableStructure)
        #expect(document.root.allNodes.flatMap(\.body).count == 2)
    }
}
