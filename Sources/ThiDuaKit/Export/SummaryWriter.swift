import ThiDuaCompare
import ThiDuaModel

/// The language of summaries and headings.
public enum ReportLanguage: String, Sendable, Hashable, CaseIterable {
    case en, vi
}

/// Puts key differences into plain sentences, in English or Vietnamese.
public struct SummaryWriter: Sendable {
    public var language: ReportLanguage

    public init(language: ReportLanguage = .en) {
        self.language = language
    }

    /// One sentence per key difference, in order.
    public func sentences(_ differences: [KeyDifference]) -> [String] {
        differences.map(sentence)
    }

    func sentence(_ difference: KeyDifference) -> String {
        let vi = language == .vi
        switch difference {
        case .phaseStart(let earliest, let year, let later):
            let laterYears = Set(later.map(\.year))
            if laterYears.count == 1, let other = laterYears.first {
                let gap = other - year
                let names = list(later.map(\.province))
                if vi {
                    return "Giai đoạn đầu của \(list(earliest)) bắt đầu từ năm \(year), sớm hơn \(names) (\(other)) \(gap) năm."
                }
                let span = gap == 1 ? "a year" : "\(gap) years"
                return "\(list(earliest))’s first phase starts in \(year), \(span) before \(names) (\(other))."
            }
            let others = list(later.map { "\($0.province) (\($0.year))" })
            return vi
                ? "Giai đoạn đầu của \(list(earliest)) bắt đầu từ năm \(year), sớm hơn \(others)."
                : "\(list(earliest))’s first phase starts in \(year), before \(others)."
        case .phaseOverlap(let province, let years, let first, let second):
            let when = list(years.map(String.init))
            return vi
                ? "Các giai đoạn của \(province) chồng lấn năm \(when) (\(first) và \(second))."
                : "\(province)’s phases overlap in \(when) (\(first) and \(second))."
        case .noPhases(let provinces):
            return vi ? "\(list(provinces)) không chia giai đoạn." : "\(list(provinces)) sets no phases."
        case .occasion(let occasion, let offered, let notBy):
            return vi
                ? "\(occasionName(occasion, capitalised: true)): có ở \(list(offered)); không có ở \(list(notBy))."
                : "\(occasionName(occasion, capitalised: true)) awards: \(list(offered)); none in \(list(notBy))."
        case .award(let form, let occasion, let offered, let notBy):
            return vi
                ? "\(form) \(occasionPhrase(occasion)): có ở \(list(offered)); không có ở \(list(notBy))."
                : "\(form) \(occasionPhrase(occasion)): offered by \(list(offered)), not by \(list(notBy))."
        case .deadline(let purpose, let entries, let none):
            let listed = entries.prefix(8).map { "\($0.province) \($0.values.prefix(4).joined(separator: ", "))" }.joined(separator: "; ")
                + (entries.count > 8 ? (vi ? "; và \(entries.count - 8) nơi khác" : "; and \(entries.count - 8) more") : "")
            let missing = none.isEmpty ? "" : (vi ? "; \(list(none)) không quy định" : "; none set in \(list(none))")
            return "\(purposeName(purpose)): \(listed)\(missing)."
        case .role(let role, let entries, let none):
            let listed = entries.prefix(8).map { "\($0.province): \($0.values.prefix(6).joined(separator: ", "))" }.joined(separator: "; ")
                + (entries.count > 8 ? (vi ? "; và \(entries.count - 8) nơi khác" : "; and \(entries.count - 8) more") : "")
            let missing = none.isEmpty ? "" : (vi ? "; không nêu ở \(list(none))" : "; none named in \(list(none))")
            let title = role == .standing ? (vi ? "Cơ quan thường trực" : "Standing body") : (vi ? "Cơ quan chủ trì" : "Lead")
            return "\(title): \(listed)\(missing)."
        }
    }

    /// `A, B and C`; past eight items, `A, B, … H and 12 more`.
    public func list(_ items: [String]) -> String {
        let limit = 8
        if items.count > limit {
            let more = items.count - limit
            return items.prefix(limit).joined(separator: ", ") + (language == .vi ? " và \(more) nơi khác" : " and \(more) more")
        }
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + (language == .vi ? " và " : " and ") + last
    }

    func occasionName(_ occasion: AwardOccasion, capitalised: Bool) -> String {
        switch (occasion, language) {
        case (.annual, .en): return "Yearly"
        case (.adHoc, .en): return "Ad hoc"
        case (.annual, .vi): return "Khen thưởng hằng năm"
        case (.adHoc, .vi): return "Khen thưởng đột xuất"
        default: return occasionPhrase(occasion)
        }
    }

    func occasionPhrase(_ occasion: AwardOccasion) -> String {
        switch (occasion, language) {
        case (.preliminary, .en): return "at the mid-term review"
        case (.final, .en): return "at the final review"
        case (.annual, .en): return "every year"
        case (.adHoc, .en): return "ad hoc"
        case (.unspecified, .en): return "(occasion not given)"
        case (.preliminary, .vi): return "khi sơ kết"
        case (.final, .vi): return "khi tổng kết"
        case (.annual, .vi): return "hằng năm"
        case (.adHoc, .vi): return "đột xuất"
        case (.unspecified, .vi): return "(không nêu dịp)"
        }
    }

    func purposeName(_ purpose: DeadlinePurpose) -> String {
        switch (purpose, language) {
        case (.implementationPlan, .en): return "Implementation plans due"
        case (.report, .en): return "Reports due"
        case (.awardNomination, .en): return "Award nominations due"
        case (.review, .en): return "Reviews"
        case (.other, .en): return "Other deadlines"
        case (.implementationPlan, .vi): return "Hạn xây dựng kế hoạch triển khai"
        case (.report, .vi): return "Hạn báo cáo"
        case (.awardNomination, .vi): return "Hạn đề nghị khen thưởng"
        case (.review, .vi): return "Sơ kết, tổng kết"
        case (.other, .vi): return "Thời hạn khác"
        }
    }
}
