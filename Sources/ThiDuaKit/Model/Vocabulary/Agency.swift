import VietText

/// A provincial agency, with its canonical name and the abbreviations plans use.
public struct Agency: Hashable, Sendable, Identifiable {
    /// A stable id (`home-affairs`).
    public let id: String
    /// The canonical full name (`Sở Nội vụ`).
    public let name: String
    /// Abbreviations and variants (`SNV`, `Sở KH&CN`).
    public let aliases: [String]
}

/// The registry of agencies, and recognition of agencies that are not in it by their shape.
public enum Agencies {
    /// Every registered agency.
    public static let all: [Agency] = [
        Agency(id: "people-committee", name: "Ủy ban nhân dân tỉnh", aliases: ["UBND tỉnh"]),
        Agency(id: "people-committee-office", name: "Văn phòng Ủy ban nhân dân tỉnh", aliases: ["Văn phòng UBND tỉnh", "VPUB", "VP UBND tỉnh"]),
        Agency(id: "home-affairs", name: "Sở Nội vụ", aliases: ["SNV"]),
        Agency(id: "science-technology", name: "Sở Khoa học và Công nghệ", aliases: ["Sở KH&CN", "Sở KHCN", "Sở Khoa học Công nghệ"]),
        Agency(id: "culture-sports-tourism", name: "Sở Văn hóa, Thể thao và Du lịch", aliases: ["Sở VHTTDL", "Sở VH,TT&DL", "Sở Văn hóa Thể thao và Du lịch"]),
        Agency(id: "education-training", name: "Sở Giáo dục và Đào tạo", aliases: ["Sở GD&ĐT", "Sở GDĐT"]),
        Agency(id: "agriculture-environment", name: "Sở Nông nghiệp và Môi trường", aliases: ["Sở NN&MT", "Sở NNMT"]),
        Agency(id: "finance", name: "Sở Tài chính", aliases: []),
        Agency(id: "construction", name: "Sở Xây dựng", aliases: []),
        Agency(id: "information-communications", name: "Sở Thông tin và Truyền thông", aliases: ["Sở TT&TT", "Sở TTTT"]),
        Agency(id: "industry-trade", name: "Sở Công Thương", aliases: ["Sở Công thương"]),
        Agency(id: "health", name: "Sở Y tế", aliases: []),
        Agency(id: "justice", name: "Sở Tư pháp", aliases: []),
        Agency(id: "emulation-council", name: "Hội đồng Thi đua - Khen thưởng tỉnh", aliases: ["Hội đồng TĐKT tỉnh", "HĐTĐKT tỉnh", "Hội đồng Thi đua, Khen thưởng tỉnh"]),
        Agency(id: "emulation-board", name: "Ban Thi đua - Khen thưởng", aliases: ["Ban TĐKT"]),
        Agency(id: "fatherland-front", name: "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", aliases: ["Ủy ban MTTQVN tỉnh", "Ủy ban MTTQ tỉnh", "Ủy ban Mặt trận Tổ quốc tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam", "Ủy ban Mặt trận Tổ quốc", "Mặt trận Tổ quốc Việt Nam tỉnh", "Mặt trận Tổ quốc Việt Nam"]),
        Agency(id: "propaganda-mass-mobilization", name: "Ban Tuyên giáo và Dân vận Tỉnh ủy", aliases: ["Ban Tuyên giáo Tỉnh ủy"]),
    ]

    /// The words that begin an agency's name when it is recognised by its shape.
    public static let shapeWords = [
        "Sở", "Phòng", "Ban", "Trung tâm", "Báo", "Đài", "Hội đồng", "Ủy ban", "Văn phòng", "Cục", "Chi cục", "Bộ",
        "Công an", "Bộ Chỉ huy",
    ]

    private static let shapePrefixes: [[UInt8]] = shapeWords.map { Array(($0 + " ").utf8) }

    private static let keyed: [(key: [UInt8], agency: Agency)] = all.flatMap { agency in
        ([agency.name] + agency.aliases).map { (Array(MatchingKey($0).value.utf8), agency) }
    }.sorted { $0.key.count > $1.key.count }

    /// What may follow a spelling at the start of a longer name.
    private static let continuations: [[UInt8]] = [" (", " tỉnh", ","].map { Array($0.utf8) }

    /// The registered agency a printed name refers to, or `nil`.
    ///
    /// The name matches when it equals a spelling, or starts with one followed by a place
    /// (`Sở Nội vụ tỉnh Sơn La`) or a parenthesis.
    public static func agency(named printed: String) -> Agency? {
        let key = Array(MatchingKey(printed).value.utf8)
        // The first byte first: most spellings are passed over on it, without a call to compare them.
        guard let first = key.first else { return nil }
        for entry in keyed where entry.key.first == first && key.count >= entry.key.count && key.starts(with: entry.key) {
            let rest = key[entry.key.count...]
            if rest.isEmpty || continuations.contains(where: { rest.starts(with: $0) }) { return entry.agency }
        }
        return nil
    }

    /// Whether a printed name has the shape of an agency (`Sở …`, `Phòng …`, `Trung tâm …`).
    public static func hasAgencyShape(_ printed: String) -> Bool {
        shapePrefixes.contains { printed.utf8.starts(with: $0) }
    }
}
