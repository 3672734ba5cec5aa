import VietText
import Foundation
import ThiDuaModel

/// Impossible or garbled dates.
struct DateMalformedRule: CheckRule {
    static let description = CheckRuleDescription(
        id: "date-malformed", severity: .error,
        summary: "A date that cannot exist (31/2/2026) or is garbled (ngày 08 tháng 6 tháng 2022).",
        rationale: "A wrong date in a citation or a deadline sends readers to the wrong document or the wrong day.",
        triggering: [
            CheckExample("KẾ HOẠCH\n\nI. MỤC ĐÍCH\n\nBáo cáo trước ngày 31/2/2026.\n", lines: [5]),
            CheckExample("KẾ HOẠCH\n\nCăn cứ Luật ngày 08 tháng 6 tháng 2022;\n\nI. MỤC ĐÍCH\n", lines: [3]),
        ],
        nonTriggering: [CheckExample("KẾ HOẠCH\n\nCăn cứ Nghị định ngày 29/2/2024 và ngày 14 tháng 6 năm 2025;\n\nI. MỤC ĐÍCH\n")])

    static let numeric = try? NSRegularExpression(pattern: #"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])"#)
    static let spelled = try? NSRegularExpression(pattern: #"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})"#)
    static let garbled = try? NSRegularExpression(pattern: #"(?:ngày\s+\d{1,2}\s+ngày|tháng\s+\d{1,2}\s+tháng|năm\s+\d{4}\s+năm\s+\d)"#)

    func check(_ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        for line in context.sourceLines {
            let cues = Self.cues(line.text)
            guard cues.numeric || cues.spelled || cues.garbled else { continue }
            let (number, text) = (line.number, line.text)
            let range = NSRange(text.startIndex..., in: text)
            for pattern in [cues.numeric ? Self.numeric : nil, cues.spelled ? Self.spelled : nil].compactMap({ $0 }) {
                for match in pattern.matches(in: text, range: range) {
                    guard let whole = Range(match.range, in: text), let d = Range(match.range(at: 1), in: text),
                        let m = Range(match.range(at: 2), in: text), let y = Range(match.range(at: 3), in: text),
                        let day = Int(text[d]), let month = Int(text[m]), let year = Int(text[y])
                    else { continue }
                    if Self.exists(day: day, month: month, year: year) { continue }
                    let written = String(text[whole])
                    findings.append(context.finding(Self.description, line: number, at: written, Message(
                        en: "‘\(written)’ is not a date", vi: "‘\(written)’ không phải là một ngày có thật")))
                }
            }
            for match in (cues.garbled ? Self.garbled : nil)?.matches(in: text, range: range) ?? [] {
                guard let whole = Range(match.range, in: text) else { continue }
                let written = String(text[whole])
                findings.append(context.finding(Self.description, line: number, at: written, Message(
                    en: "garbled date: ‘\(written)…’", vi: "ngày tháng viết sai: ‘\(written)…’")))
            }
        }
        return findings
    }

    /// Which of the patterns may match in a line: a cheap test on its bytes before the regular
    /// expressions, which are slow.
    struct Cues: Equatable {
        /// A `/` between digits, as ``numeric`` needs.
        var numeric = false
        /// `ngày`, `tháng` and `năm`, as ``spelled`` needs.
        var spelled = false
        /// One of those words twice, as ``garbled`` needs.
        var garbled = false
    }

    private static let dateWords = ["ngày", "tháng", "năm"].map(BytePattern.init)

    static func cues(_ text: String) -> Cues {
        var text = text
        return text.withUTF8 { bytes in
            var cues = Cues()
            // A digit before and after the first `/` of a date; a byte from 0x80 may end or start a
            // digit of another script, which `\d` takes, and is left to the pattern.
            func mayBeDigit(_ byte: UInt8) -> Bool { byte >= 0x80 || (0x30...0x39).contains(byte) }
            var from = 0
            while !cues.numeric, let at = ByteScan.firstIndex(of: UInt8(ascii: "/"), in: bytes, from: from) {
                cues.numeric = at > 0 && at + 1 < bytes.count && mayBeDigit(bytes[at - 1]) && mayBeDigit(bytes[at + 1])
                from = at + 1
            }
            // How often each word stands in the line, counted up to twice.
            let counts = dateWords.map { word in
                var count = 0, from = 0
                while count < 2, let found = ByteScan.firstIndex(of: word, in: bytes, from: from) {
                    count += 1
                    from = found + 1
                }
                return count
            }
            cues.spelled = !counts.contains(0)
            cues.garbled = counts.contains(2)
            return cues
        }
    }

    static func exists(day: Int, month: Int, year: Int) -> Bool {
        guard (1...12).contains(month), day >= 1 else { return false }
        let days = [31, (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= days[month - 1]
    }
}
