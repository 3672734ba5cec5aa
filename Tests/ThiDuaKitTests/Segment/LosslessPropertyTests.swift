import Testing
import ThiDuaKit

/// Mutates corpus documents thousands of times with a fixed seed: the segmenter never crashes and
/// every piece of every mutated text still lands in exactly one node. The mutants also go through
/// the ingester's bytes (decoded and normalised at once) and, one in ten, through extraction, whose
/// every fact must name a line of the text: the strings these stages make from bytes without
/// validating them are checked in debug builds.
@Suite struct LosslessPropertyTests {
    static let rounds = 500

    /// Short texts a real copy might carry, or a hostile one.
    static let insertions = [
        "**", "*", "# ", "\\", "a)", "đ)", "I.", "IV.", "1.", "2.1.", "- ", "+", "–", "•", "Điều 3.", "QUYẾT ĐỊNH",
        "KẾ HOẠCH", "Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", "(Kèm theo", "Số: /QĐ-UBND", "Căn cứ", "Trên đây là",
        "\u{0301}", "\u{200B}", "\u{00A0}", "\t", "\r", "\u{FEFF}", "漢字", "🙂", "ệ", "\u{202E}", ":", "”",
        // Runs of digits longer than any number (they once overflowed as labels and years).
        "99999999999999999999.", "Điều 99999999999999999999.", "Giai đoạn 1 (2025 - 2027)", "Năm 99999999999999999999 tổ chức sơ kết",
    ]

    @Test(arguments: Corpus.all)
    func mutatedDocumentsStayLossless(id: String) throws {
        let original = try Corpus.source(id).text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var random = SplitMix64(seed: 0x7417_D0A + UInt64(id.utf8.count))
        for round in 0..<Self.rounds {
            var lines = original
            for _ in 0..<Int.random(in: 1...6, using: &random) { mutate(&lines, using: &random) }
            let text = lines.joined(separator: "\n"), path = "\(id)-mutant-\(round).txt"
            let source = SourceText(text: text, path: path)
            #expect(try Ingester().ingest(bytes: Array(text.utf8), path: path).text == source.text, "round \(round)")
            let document = Segmenter().segment(source)
            if round % 10 == 0 {
                // Every fact names a line of the text it came from.
                let lines = PlanExtractor().extract(from: document).facts.map(\.line)
                #expect(lines.allSatisfy { (1...source.lineCount).contains($0) }, "round \(round): \(lines.filter { !(1...source.lineCount).contains($0) })")
            }
            let violations = LosslessCheck.violations(of: document, in: source)
            #expect(violations.isEmpty, "round \(round): \(violations.prefix(3))")
            if !violations.isEmpty { return }
        }
    }

    private func mutate(_ lines: inout [String], using random: inout SplitMix64) {
        guard !lines.isEmpty else {
            lines = ["x"]
            return
        }
        let index = Int.random(in: 0..<lines.count, using: &random)
        switch Int.random(in: 0..<7, using: &random) {
        case 0:
            lines.remove(at: index)
        case 1:
            lines.insert(lines[index], at: index)
        case 2:
            lines.swapAt(index, Int.random(in: 0..<lines.count, using: &random))
        case 3:
            lines[index] = insert(randomScalars(using: &random), into: lines[index], using: &random)
        case 4:
            let text = Self.insertions.randomElement(using: &random) ?? "**"
            lines[index] = insert(text, into: lines[index], using: &random)
        case 5:
            lines.insert(Self.insertions.randomElement(using: &random) ?? "a)", at: index)
        default:
            lines.insert("", at: index)
        }
    }

    private func insert(_ text: String, into line: String, using random: inout SplitMix64) -> String {
        var scalars = Array(line.unicodeScalars)
        let at = Int.random(in: 0...scalars.count, using: &random)
        scalars.insert(contentsOf: text.unicodeScalars, at: at)
        return String(String.UnicodeScalarView(scalars))
    }

    /// Random scalars from every plane a text may bring: ASCII, Vietnamese, combining marks, CJK,
    /// emoji, controls and white space. Never NUL or a surrogate, which the decoder rejects first.
    private func randomScalars(using random: inout SplitMix64) -> String {
        let ranges: [ClosedRange<UInt32>] = [
            0x01...0x7F, 0xC0...0x1B0, 0x300...0x36F, 0x1EA0...0x1EF9, 0x2000...0x206F, 0x4E00...0x4E80,
            0x1F300...0x1F3FF, 0x0E00...0x0E7F,
        ]
        var text = String.UnicodeScalarView()
        for _ in 0..<Int.random(in: 1...8, using: &random) {
            let range = ranges.randomElement(using: &random) ?? 0x41...0x5A
            if let scalar = Unicode.Scalar(UInt32.random(in: range, using: &random)) { text.append(scalar) }
        }
        return String(text)
    }
}
