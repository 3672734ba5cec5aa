import Foundation
import Testing
import VietText

@Suite struct DisplayWidthTests {
    @Test func vietnameseLettersTakeOneColumnComposedOrNot() {
        #expect(DisplayWidth.of("Việt") == 4)
        #expect(DisplayWidth.of("Việt".decomposedStringWithCanonicalMapping) == 4)
        #expect(DisplayWidth.of("漢字") == 4)
    }

    @Test func truncationEndsWithAnEllipsisAndFits() {
        let cut = DisplayWidth.truncate("MỤC ĐÍCH, YÊU CẦU", toColumns: 10)
        #expect(cut == "MỤC ĐÍCH,…")
        #expect(DisplayWidth.of(cut) <= 10)
        #expect(DisplayWidth.truncate("ngắn", toColumns: 10) == "ngắn")
        #expect(DisplayWidth.pad("đ)", toColumns: 4) == "đ)  ")
    }
}
