import ThiDuaModel
import VietText

/// Groups plans by movement: the same national decision, the same name once case, punctuation and
/// tone placement are set aside, or a name whose words all stand in the other's (a plan for the
/// narrower movement sits beside the wider one).
enum MovementGrouping {
    static let stopWords: Set<String> = ["và", "của", "trên", "địa", "bàn", "tỉnh", "giai", "đoạn", "phong", "trào", "thi", "đua", "cả", "nước"]

    static func groups(_ records: [PlanRecord]) -> [[PlanRecord]] {
        var groups: [[PlanRecord]] = []
        for record in records {
            if let index = groups.firstIndex(where: { $0.contains { belongTogether($0, record) } }) {
                groups[index].append(record)
            } else {
                groups.append([record])
            }
        }
        return groups
    }

    static func belongTogether(_ a: PlanRecord, _ b: PlanRecord) -> Bool {
        if let x = a.movement?.nationalDecision, let y = b.movement?.nationalDecision, numberKey(x) == numberKey(y) {
            return true
        }
        guard let x = a.movement?.name, let y = b.movement?.name else { return false }
        let wordsX = words(x), wordsY = words(y)
        if wordsX == wordsY { return true }
        let (small, large) = wordsX.count <= wordsY.count ? (wordsX, wordsY) : (wordsY, wordsX)
        return small.count >= 3 && small.isSubset(of: large)
    }

    /// The content words of a name, case, punctuation and tone placement set aside.
    static func words(_ name: String) -> Set<String> {
        let key = MatchingKey(name).value
        let words = key.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        return Set(words.filter { !stopWords.contains($0) })
    }

    static func numberKey(_ number: String) -> String {
        MatchingKey(number).value.filter { $0.isLetter || $0.isNumber }
    }
}
