import ThiDuaModel

/// Numbered siblings: the runs of nodes of one numbering scheme under one parent.
enum NumberedSiblings {
    static let numberedKinds: Set<SectionKind> = [.article, .part, .clause, .subclause, .point]

    /// For every parent, its numbered children grouped by kind, in order.
    static func runs(_ document: SegmentedDocument) -> [[Section]] {
        var runs: [[Section]] = []
        document.root.walk { node, _ in
            for kind in numberedKinds {
                let run = node.children.filter { $0.kind == kind && $0.ordinal != nil }
                if !run.isEmpty { runs.append(run) }
            }
            return true
        }
        return runs
    }

    static func line(_ node: Section) -> Int { node.headingSpans.first?.line ?? node.lines.first }

    /// The label a scheme expects at `ordinal`, printed like `model` (`đ)` for 5 in a lettered run).
    static func expectedLabel(_ ordinal: Int, like model: Section) -> String {
        guard let label = model.label else { return "\(ordinal)" }
        switch model.kind {
        case .point:
            let alphabet = ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"]
            return ordinal >= 1 && ordinal <= alphabet.count ? alphabet[ordinal - 1] + ")" : "\(ordinal))"
        case .part:
            let numerals = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
            return ordinal >= 1 && ordinal <= numerals.count ? numerals[ordinal - 1] + "." : "\(ordinal)."
        case .subclause:
            let prefix = label.split(separator: ".").dropLast().joined(separator: ".")
            return prefix + ".\(ordinal)."
        case .article:
            return "Điều \(ordinal)."
        default:
            return label.hasSuffix(")") ? "\(ordinal))" : "\(ordinal)."
        }
    }
}

/// The same label twice among siblings.
struct NumberingDuplicateRule: CheckRule {
    static let description = CheckRuleDescription(
        id: "numbering-duplicate", severity: .warning,
        summary: "A label appears twice among siblings (b) twice, 8. twice).",
        rationale: "A cross-reference to ‘point b)’ becomes ambiguous, and the second item usually should carry the next label.",
        triggering: [CheckExample("KẾ HOẠCH\n\nI. TỔ CHỨC\n\na) Một.\n\nb) Hai.\n\nb) Ba.\n", lines: [9])],
        nonTriggering: [CheckExample("KẾ HOẠCH\n\nI. TỔ CHỨC\n\na) Một.\n\nb) Hai.\n\nII. KHÁC\n\na) Ba.\n")])

    func check(_ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        for run in NumberedSiblings.runs(context.document) {
            for (previous, node) in zip(run, run.dropFirst()) where node.ordinal == previous.ordinal {
                let label = node.label ?? ""
                findings.append(context.finding(Self.description, line: NumberedSiblings.line(node), at: label, Message(
                    en: "‘\(label)’ again: the item before it (line \(NumberedSiblings.line(previous))) has the same label",
                    vi: "‘\(label)’ lặp lại: mục trước (dòng \(NumberedSiblings.line(previous))) cùng ký hiệu")))
            }
        }
        return findings
    }
}

/// A label that skips one or more of its scheme (d) then e) skips đ)).
struct NumberingSkipRule: CheckRule {
    static let description = CheckRuleDescription(
        id: "numbering-skip", severity: .warning,
        summary: "Numbering skips a label (d) followed by e): the Vietnamese alphabet has đ) between them).",
        rationale: "A skipped label suggests a lost item, or a list numbered with the English alphabet.",
        triggering: [CheckExample("KẾ HOẠCH\n\nI. NỘI DUNG\n\nc) Ba.\n\nd) Bốn.\n\ne) Năm.\n", lines: [5, 9])],
        nonTriggering: [CheckExample("KẾ HOẠCH\n\nI. NỘI DUNG\n\na) Một.\n\nb) Hai.\n\nc) Ba.\n\nd) Bốn.\n\nđ) Năm.\n\ne) Sáu.\n\ng) Bảy.\n")])

    func check(_ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        for run in NumberedSiblings.runs(context.document) {
            if let first = run.first, let ordinal = first.ordinal, ordinal > 1 {
                let expected = NumberedSiblings.expectedLabel(1, like: first)
                findings.append(context.finding(Self.description, line: NumberedSiblings.line(first), at: first.label, Message(
                    en: "the list starts at ‘\(first.label ?? "")’: ‘\(expected)’ is missing",
                    vi: "danh sách bắt đầu từ ‘\(first.label ?? "")’: thiếu ‘\(expected)’")))
            }
            for (previous, node) in zip(run, run.dropFirst()) {
                guard let before = previous.ordinal, let after = node.ordinal, after > before + 1 else { continue }
                let missing = (before + 1..<after).map { NumberedSiblings.expectedLabel($0, like: node) }
                let list = missing.map { "‘\($0)’" }.joined(separator: ", ")
                findings.append(context.finding(Self.description, line: NumberedSiblings.line(node), at: node.label, Message(
                    en: "‘\(node.label ?? "")’ follows ‘\(previous.label ?? "")’: \(list) \(missing.count == 1 ? "is" : "are") missing",
                    vi: "‘\(node.label ?? "")’ đứng sau ‘\(previous.label ?? "")’: thiếu \(list)")))
            }
        }
        return findings
    }
}

/// A label lower than the one before it.
struct NumberingOrderRule: CheckRule {
    static let description = CheckRuleDescription(
        id: "numbering-order", severity: .warning,
        summary: "A label comes after a higher one (c) after d)).",
        rationale: "Items out of order break references and suggest a paste in the wrong place.",
        triggering: [CheckExample("KẾ HOẠCH\n\nI. NỘI DUNG\n\na) Một.\n\nb) Hai.\n\na) Lại một.\n", lines: [9])],
        nonTriggering: [CheckExample("KẾ HOẠCH\n\nI. NỘI DUNG\n\na) Một.\n\nb) Hai.\n\nII. KHÁC\n\na) Một.\n")])

    func check(_ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        for run in NumberedSiblings.runs(context.document) {
            for (previous, node) in zip(run, run.dropFirst()) {
                guard let before = previous.ordinal, let after = node.ordinal, after < before else { continue }
                findings.append(context.finding(Self.description, line: NumberedSiblings.line(node), at: node.label, Message(
                    en: "‘\(node.label ?? "")’ comes after ‘\(previous.label ?? "")’",
                    vi: "‘\(node.label ?? "")’ đứng sau ‘\(previous.label ?? "")’")))
            }
        }
        return findings
    }
}
