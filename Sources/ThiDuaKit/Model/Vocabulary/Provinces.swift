import VietText

/// The provinces and centrally-run cities of Viet Nam, before and after the 2025 merger.
public enum Provinces {
    /// Canonical names with diacritics.
    public static let all: [String] = [
        "An Giang", "Bà Rịa - Vũng Tàu", "Bạc Liêu", "Bắc Giang", "Bắc Kạn", "Bắc Ninh", "Bến Tre", "Bình Dương",
        "Bình Định", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Cần Thơ", "Đà Nẵng", "Đắk Lắk", "Đắk Nông",
        "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Nội", "Hà Tĩnh", "Hải Dương",
        "Hải Phòng", "Hậu Giang", "Hòa Bình", "Hồ Chí Minh", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum",
        "Lai Châu", "Lạng Sơn", "Lào Cai", "Lâm Đồng", "Long An", "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận",
        "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng",
        "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế", "Huế", "Tiền Giang",
        "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
    ]

    private static let keyed: [(key: String, name: String)] = all.map { (MatchingKey($0).value, $0) }
        .sorted { $0.key.count > $1.key.count }

    /// The province a name refers to (`Sơn La`, `SƠN LA`, `Thanh Hoá`), or `nil`.
    public static func province(named text: String) -> String? {
        let key = MatchingKey(text).value
        // Lengths first (keys are NFC, so equal keys are equal bytes): comparing two strings of
        // Vietnamese text goes through the stdlib's general comparison, some two hundred
        // instructions for each of the sixty-odd keys.
        let length = key.utf8.count
        return keyed.first { $0.key.utf8.count == length && $0.key == key }?.name
    }

    /// The province named after `tỉnh ` (or `thành phố `) in `text`, or `nil`.
    public static func province(after text: String) -> String? {
        let key = MatchingKey(text).value
        for marker in ["tỉnh ", "thành phố "] {
            var searchRange = key.startIndex..<key.endIndex
            while let found = key.byteRange(of: marker, from: searchRange.lowerBound) {
                let rest = key[found.upperBound...]
                if let match = keyed.first(where: { rest.hasPrefix($0.key) }) {
                    let end = rest.index(rest.startIndex, offsetBy: match.key.count)
                    if end == rest.endIndex || !(rest[end].isLetter) { return match.name }
                }
                searchRange = found.upperBound..<key.endIndex
            }
        }
        return nil
    }
}
