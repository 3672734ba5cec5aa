import Testing
import ThiDuaKit

@Suite struct CSVWriterTests {
    @Test func quotesOnlyWhatRFC4180Requires() {
        let csv = CSVWriter().write(header: ["a", "b"], rows: [["x, y", "say \"hi\""], ["line\nbreak", "plain"]])
        #expect(csv == "a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\r\n\"line\nbreak\",plain\r\n")
    }

    /// A CRLF line end is one `Character`, equal to neither CR nor LF: the field is quoted all the same.
    @Test func quotesLineEndsOfEveryKindAndDoublesQuotesInVietnameseText() {
        let csv = CSVWriter().write(header: ["v"], rows: [["a\r\nb"], ["a\rb"], ["Phong trào “Thi đua” \"đổi mới\""], ["Sở Nội vụ"]])
        #expect(csv == "v\r\n\"a\r\nb\"\r\n\"a\rb\"\r\n\"Phong trào “Thi đua” \"\"đổi mới\"\"\"\r\nSở Nội vụ\r\n")
    }

    @Test func excelAddsABOMAndGuardsFormulaLikeCells() {
        let csv = CSVWriter(configuration: .init(excel: true)).write(header: ["v"], rows: [["- Tạo khí thế"], ["+ Cấp xã"], ["=1+1"], ["@x"], ["--11-15"], ["ok"]])
        #expect(csv == "\u{FEFF}v\r\n'- Tạo khí thế\r\n'+ Cấp xã\r\n'=1+1\r\n'@x\r\n'--11-15\r\nok\r\n")
    }
}
