/// What a paragraph is, where the document's layout says so.
public enum ParagraphRole: String, Hashable, Sendable, Codable, CaseIterable {
    /// Running text.
    case text
    /// The document number line (*Số: 2037/QĐ-UBND*).
    case number
    /// Place and date of issue (*Lâm Đồng, ngày 10 tháng 11 năm 2025*).
    case placeAndDate = "place-and-date"
    /// The national motto (*Cộng hòa xã hội chủ nghĩa Việt Nam – Độc lập - Tự do - Hạnh phúc*).
    case motto
    /// The issuing body printed in the header (*Ủy ban nhân dân tỉnh Sơn La*).
    case issuer
    /// The subject line under a document heading (*Ban hành Kế hoạch ...*, *Về việc ...*).
    case subject
    /// The authority that decides (*Chủ tịch Ủy ban nhân dân tỉnh*).
    case authority
    /// A legal basis (*Căn cứ ...*, *Thực hiện ...*).
    case legalBasis = "legal-basis"
    /// The proposal the decision follows (*Theo đề nghị của ...*).
    case proposal
    /// The enacting words (*QUYẾT ĐỊNH:*).
    case enactment
    /// The line that attaches a plan to its decision (*(Kèm theo Quyết định số ...)*).
    case attachment
    /// The signer's capacity and title (*KT. CHỦ TỊCH / PHÓ CHỦ TỊCH*).
    case signerTitle = "signer-title"
    /// The signer's name.
    case signerName = "signer-name"
}

/// A paragraph of a section, with where each of its lines came from.
///
/// The text is analysis text: markdown residue (`**`, `*`, `#`, `\`) removed, the lines of the
/// paragraph joined with single spaces. `spans` say where each line's part of it stands in the file.
public struct Paragraph: Hashable, Sendable, Codable {
    /// What the paragraph is.
    public var role: ParagraphRole
    /// The analysis text.
    public var text: String
    /// The source pieces, in order; `textOffset` of each says where its text begins in ``text``.
    public var spans: [LineSpan] {
        get { lineSpans.array }
        set { lineSpans = LineSpans(newValue) }
    }
    /// The spans as held: the one most paragraphs have, without an array.
    package private(set) var lineSpans: LineSpans

    private enum CodingKeys: String, CodingKey {
        case role, text
        case lineSpans = "spans"
    }

    /// Creates a paragraph.
    public init(role: ParagraphRole = .text, text: String, spans: [LineSpan]) {
        self.init(role: role, text: text, lineSpans: LineSpans(spans))
    }

    package init(role: ParagraphRole = .text, text: String, lineSpans: LineSpans) {
        self.role = role
        self.text = text
        self.lineSpans = lineSpans
    }

    /// The lines the paragraph covers.
    public var lines: LineRange {
        LineRange(first: lineSpans.first?.line ?? 0, last: lineSpans.last?.line ?? 0)
    }

    /// Where the paragraph starts.
    public var location: SourceLocation { lineSpans.first?.start ?? SourceLocation(line: 0, column: 0) }

    /// The source line that holds the character at `utf8Offset` of ``text``.
    ///
    /// - Parameter utf8Offset: An offset into `text.utf8`.
    /// - Returns: The line of the original file, so a value found inside a paragraph keeps its provenance.
    public func line(atTextOffset utf8Offset: Int) -> Int {
        var line = lineSpans.first?.line ?? 0
        for span in lineSpans where span.textOffset <= utf8Offset { line = span.line }
        return line
    }
}
