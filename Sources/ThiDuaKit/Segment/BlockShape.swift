import VietText
/// What a block looks like on its own, before context decides where it goes.
enum BlockShape: Equatable {
    /// `QUYẾT ĐỊNH`: a decision starts.
    case decisionHeading
    /// `KẾ HOẠCH`: a plan starts.
    case planHeading
    /// `QUYẾT ĐỊNH:`: the enacting words before the articles.
    case enactment
    /// `Nơi nhận:`
    case recipientsHeading
    /// `(Kèm theo Quyết định số ...)`
    case attachment
    /// `Số: 2037/QĐ-UBND`
    case number
    /// `Lâm Đồng, ngày 10 tháng 11 năm 2025`
    case placeAndDate
    /// `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`, `Độc lập - Tự do - Hạnh phúc`
    case motto
    /// `Căn cứ ...`, `Thực hiện ...`
    case legalBasis
    /// `Theo đề nghị của ...`
    case proposal
    /// `TM. ỦY BAN NHÂN DÂN`, `KT. CHỦ TỊCH`: a signature starts.
    case capacity
    /// A signer's title alone: `CHỦ TỊCH`, `CHÁNH VĂN PHÒNG`.
    case signerTitle
    /// Upper case text: an issuer or authority line.
    case allCaps
    /// Two to six capitalised words: a signer's name, in a signature.
    case personName
    /// `Trên đây là Kế hoạch ...`, `Yêu cầu ... triển khai thực hiện ...`
    case closing
    /// A block with a label.
    case labeled
    /// Anything else.
    case prose

    /// Classifies a block by its own text.
    ///
    /// - Parameter pieceText: The text of the document's pieces (``LineScanner/pieces(of:)``).
    static func of(_ block: Block, in pieceText: [UInt8]) -> BlockShape {
        if block.isLabeled { return .labeled }
        let text = block.text(in: pieceText)
        // The tests in order; a test of the opening words only when they can open with the first byte.
        let first = text.utf8.first ?? 0
        func opens(_ byte: Unicode.Scalar) -> Bool { first == UInt8(byte.value) }
        if opens("Q") || opens("K"), isDocumentHeading(text) {
            return text.startsWithBytes("QUYẾT ĐỊNH") ? .decisionHeading : .planHeading
        }
        if opens("Q"), text == "QUYẾT ĐỊNH:" { return .enactment }
        if opens("N"), text.startsWithBytes("Nơi nhận") { return .recipientsHeading }
        if opens("(") || opens("K"), text.startsWithBytes("(Kèm theo") || text.startsWithBytes("Kèm theo") { return .attachment }
        if opens("S"), isNumberLine(text) { return .number }
        // `Độc lập` opens with the byte 0xC4.
        if opens("C") || first == 0xC4, isMotto(text) { return .motto }
        if isPlaceAndDate(text) { return .placeAndDate }
        if opens("C") || opens("T"), text.startsWithBytes("Căn cứ ") || text.startsWithBytes("Thực hiện ") { return .legalBasis }
        if opens("T") || opens("X"), text.startsWithBytes("Theo đề nghị") || text.startsWithBytes("Xét đề nghị") { return .proposal }
        if text.utf8.count < 200 && TextShape.isAllCaps(text) {
            if capacityWords.contains(where: { text.startsWithBytes($0) }) { return .capacity }
            if isSignerTitle(text) { return .signerTitle }
            return .allCaps
        }
        if opens("T") || opens("Y"), isClosing(text) { return .closing }
        if TextShape.isPersonName(text) { return .personName }
        return .prose
    }

    /// Openings of text that never continues the line before it, as UTF-8.
    private static let ownBlockOpenings = ["(Kèm theo", "Căn cứ ", "Nơi nhận", "Theo đề nghị", "CỘNG HÒA", "CỘNG HOÀ", "Số:"].map {
        Array($0.utf8)
    }

    /// Whether the text (UTF-8) begins something that never continues the line before it.
    static func startsOwnBlock(_ text: ArraySlice<UInt8>) -> Bool {
        ownBlockOpenings.contains { text.starts(with: $0) }
    }

    /// The document headings on their own; every document heading opens with one of them
    /// (``isDocumentHeading(_:)``).
    private static let documentHeadings = ["QUYẾT ĐỊNH", "KẾ HOẠCH"]
    private static let documentHeadingBytes = documentHeadings.map { Array($0.utf8) }
    private static let numberLineOpening = Array("Số:".utf8)

    /// Whether a block of text `text` (UTF-8) stands alone, a document heading or a number line
    /// (`Số:`), so that what follows it is something else: read on the bytes, and made a string only
    /// for a heading's whole test.
    static func standsAlone(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        if text.starts(with: numberLineOpening) { return true }
        guard documentHeadingBytes.contains(where: { text.starts(with: $0) }) else { return false }
        return isDocumentHeading(String(validUTF8: text))
    }

    /// `QUYẾT ĐỊNH` or `KẾ HOẠCH` (optionally a short qualifier in capitals: `KẾ HOẠCH HÀNH ĐỘNG`).
    static func isDocumentHeading(_ text: String) -> Bool {
        if documentHeadings.contains(text) { return true }
        guard text.startsWithBytes("KẾ HOẠCH "), text.utf8.count < 40 else { return false }
        return TextShape.isAllCaps(text)
    }

    private static let capacityWords = ["TM.", "KT.", "TL.", "TUQ.", "Q. "]

    private static let signerTitles = [
        "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC",
        "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "BÍ THƯ", "PHÓ BÍ THƯ", "THỦ TRƯỞNG", "TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG",
        "CHỦ NHIỆM", "TỔNG GIÁM ĐỐC", "HIỆU TRƯỞNG",
    ]

    private static func isSignerTitle(_ text: String) -> Bool {
        signerTitles.contains(text)
    }

    private static func isNumberLine(_ text: String) -> Bool {
        guard text.startsWithBytes("Số") else { return false }
        let rest = text.dropFirst(2).drop { $0 == " " }
        return rest.startsWithBytes(":")
    }

    private static func isMotto(_ text: String) -> Bool {
        text.startsWithBytes("CỘNG HÒA XÃ HỘI CHỦ NGHĨA") || text.startsWithBytes("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA")
            || text.startsWithBytes("Độc lập - Tự do - Hạnh phúc") || text.startsWithBytes("Độc lập – Tự do – Hạnh phúc")
    }

    private static let dateCue = Array(", ngày".utf8)

    /// Whether the text (UTF-8) is short and holds `, ngày`: a cheap test before ``isPlaceAndDate(_:)``.
    static func mayBePlaceAndDate(_ text: ArraySlice<UInt8>) -> Bool {
        text.count < 120 && text.withUnsafeBufferPointer { ByteScan.firstIndex(of: dateCue, in: $0, from: 0) } != nil
    }

    /// `Sơn La, ngày 10 tháng 11 năm 2025`: a short place name without digits, then `, ngày`.
    static func isPlaceAndDate(_ text: String) -> Bool {
        guard text.utf8.count < 120, let comma = text.byteRange(of: ", ngày") else { return false }
        let place = text[..<comma.lowerBound]
        guard !place.isEmpty, text[comma.upperBound...].containsBytes("năm") else { return false }
        // At most five words, and no number: a scalar with a numeric type, as `Character.isNumber`
        // reads a character's first.
        let words = TextShape.wordCount(place.unicodeScalars) { scalar, word, _ in
            word <= 5 && !(scalar.isASCII ? scalar.value &- 0x30 < 10 : scalar.properties.numericType != nil)
        }
        return words != nil
    }

    private static func isClosing(_ text: String) -> Bool {
        if text.startsWithBytes("Trên đây là") { return true }
        if text.startsWithBytes("Trong quá trình") && text.containsBytes("nếu có") { return true }
        if text.startsWithBytes("Yêu cầu ")
            && (text.containsBytes("Kế hoạch này") || text.containsBytes("triển khai thực hiện") || text.containsBytes("nghiêm túc"))
        {
            return true
        }
        return false
    }
}
