import Foundation
import ThiDuaKit

/// A deterministic random generator (SplitMix64), so the same seed writes the same corpus.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// What the generator put into one document, to check extraction against.
struct Truth: Sendable {
    var file: String
    var province: String
    var number: String?
    var phases: [String]
    var awards: Set<String>
    var deadlines: Set<String>
}

/// Writes a national corpus from the bundled plans: varied provinces, numbers, dates, phase years,
/// deadlines and heading styles, with a share of NFD, CRLF, BOM and UTF-16 copies.
struct SyntheticCorpus {
    let templates: [(id: String, text: String, record: PlanRecord)]

    init(corpusFolder: String) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: corpusFolder).filter { $0.hasSuffix(".txt") }.sorted()
        templates = try names.map { name in
            let source = try Ingester().ingest(path: corpusFolder + "/" + name)
            return (SourceText.id(forPath: name), source.text, PlanExtractor().extract(from: Segmenter().segment(source)))
        }
    }

    /// Writes `count` documents into `folder` and returns what each holds.
    func write(count: Int, into folder: String, seed: UInt64 = 2026) throws -> (truths: [Truth], bytes: Int) {
        var random = SplitMix64(seed: seed)
        var truths: [Truth] = []
        var bytes = 0
        for index in 0..<count {
            let template = templates[index % templates.count]
            var text = template.text
            var truth = Truth(
                file: "", province: template.record.province ?? "", number: template.record.number,
                phases: template.record.phases.map { "\($0.from)-\($0.to)" },
                awards: Set(template.record.awards.map { "\($0.formID)|\($0.occasion.rawValue)" }),
                deadlines: Set(template.record.deadlines.map(\.value)))
            // Province: every spelling of the template's province.
            let province = Provinces.all[Int.random(in: 0..<Provinces.all.count, using: &random)]
            if let old = template.record.province, !old.isEmpty, province != "Huế" {
                text = text.replacingOccurrences(of: old, with: province)
                    .replacingOccurrences(of: old.uppercased(), with: province.uppercased())
                truth.province = province
            }
            // Number: a new one, or blank as in a draft.
            if let range = text.range(of: #"Số: *[0-9]* */"#, options: .regularExpression) {
                let number = Int.random(in: 0..<4, using: &random) == 0 ? nil : Int.random(in: 1...9999, using: &random)
                text.replaceSubrange(range, with: "Số: \(number.map(String.init) ?? "")/")
                let code = text[range.lowerBound...].split(separator: "/", maxSplits: 1).last?.prefix { !$0.isWhitespace } ?? ""
                truth.number = number.map { "\($0)/\(code)" }
            }
            // Phase years shifted together.
            let shift = Int.random(in: 0...2, using: &random)
            if shift > 0 {
                for phase in template.record.phases {
                    for (from, to) in [("(\(phase.from)-\(phase.to))", "(\(phase.from + shift)-\(phase.to + shift))"),
                                       ("(từ \(phase.from)-\(phase.to))", "(từ \(phase.from + shift)-\(phase.to + shift))"),
                                       ("(từ \(phase.from) - \(phase.to))", "(từ \(phase.from + shift) - \(phase.to + shift))")] {
                        text = text.replacingOccurrences(of: from, with: to)
                    }
                }
                truth.phases = template.record.phases.map { "\($0.from + shift)-\($0.to + shift)" }
            }
            // Deadlines: a new implementation-plan day and a new yearly report day.
            if text.contains("trước ngày 30/5/2026") {
                let day = Int.random(in: 1...28, using: &random), month = Int.random(in: 5...9, using: &random)
                text = text.replacingOccurrences(of: "trước ngày 30/5/2026", with: "trước ngày \(day)/\(month)/2026")
                truth.deadlines.remove("2026-05-30")
                truth.deadlines.insert(String(format: "2026-%02d-%02d", month, day))
            }
            for old in ["trước ngày 15/11 hàng năm", "trước ngày 15/11 hằng năm"] where text.contains(old) {
                let day = Int.random(in: 1...28, using: &random), month = Int.random(in: 10...12, using: &random)
                text = text.replacingOccurrences(of: old, with: old.replacingOccurrences(of: "15/11", with: "\(day)/\(month)"))
                truth.deadlines.remove("--11-15")
                truth.deadlines.insert(String(format: "--%02d-%02d", month, day))
            }
            // Heading styles: markdown residue on Roman headings.
            switch Int.random(in: 0..<3, using: &random) {
            case 1: text = text.replacingOccurrences(of: "\nI. ", with: "\n## I. ").replacingOccurrences(of: "\nII. ", with: "\n### **II. ")
            case 2: text = text.replacingOccurrences(of: "\nIII. ", with: "\n#### III. ")
            default: break
            }
            // Encodings and line ends.
            let data: [UInt8]
            switch Int.random(in: 0..<20, using: &random) {
            case 0, 1: data = Array(text.decomposedStringWithCanonicalMapping.utf8)
            case 2, 3: data = Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)
            case 4, 5: data = TextEncoding.utf8WithBOM.encode(text)
            case 6: data = TextEncoding.utf16LittleEndian.encode(text)
            default: data = Array(text.utf8)
            }
            truth.file = folder + "/" + String(format: "%05d-%@.txt", index, template.id)
            guard FileManager.default.createFile(atPath: truth.file, contents: Data(data)) else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: truth.file])
            }
            bytes += data.count
            truths.append(truth)
        }
        return (truths, bytes)
    }
}
