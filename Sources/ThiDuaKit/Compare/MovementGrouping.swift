import ThiDuaModel
import VietText

/// Groups plans by movement: the same national decision, the same name once case, punctuation and
/// tone placement are set aside, or a name whose words all stand in the other's (a plan for the
/// narrower movement sits beside the wider one).
enum MovementGrouping {
    static let stopWords: Set<String> = ["và", "của", "trên", "địa", "bàn", "tỉnh", "giai", "đoạn", "phong", "trào", "thi", "đua", "cả", "nước"]

    /// The groups, each in input order, ordered by their first member.
    ///
    /// - Complexity: O(n + k²) for n records with k distinct names: records are joined through shared
    ///   decision keys and name keys, and only distinct names are compared with each other.
    static func groups(_ records: [PlanRecord]) -> [[PlanRecord]] {
        var parent = Array(records.indices)
        func find(_ i: Int) -> Int {
            var i = i
            while parent[i] != i {
                parent[i] = parent[parent[i]]
                i = parent[i]
            }
            return i
        }
        func union(_ a: Int, _ b: Int) {
            let (ra, rb) = (find(a), find(b))
            if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
        }
        var byDecision: [String: Int] = [:]
        var byName: [[String]: Int] = [:]
        var nameSets: [(words: Set<String>, record: Int)] = []
        // Many plans quote the same decision and name: each distinct one is keyed once.
        var decisionKeys: [String: String] = [:]
        var nameKeys: [String: (words: Set<String>, sorted: [String])] = [:]
        // By index: a `for` over the records would copy each one, retaining all its fields.
        for index in records.indices {
            let movement = records[index].movement
            if let decision = movement?.nationalDecision {
                let key = decisionKeys[decision] ?? numberKey(decision)
                decisionKeys[decision] = key
                if let first = byDecision[key] { union(first, index) } else { byDecision[key] = index }
            }
            if let name = movement?.name {
                let (set, key) = nameKeys[name] ?? { let set = words(name); return (set, set.sorted()) }()
                nameKeys[name] = (set, key)
                if let first = byName[key] {
                    union(first, index)
                } else {
                    byName[key] = index
                    nameSets.append((set, index))
                }
            }
        }
        for (i, a) in nameSets.enumerated() {
            for b in nameSets[(i + 1)...] where contained(a.words, b.words) { union(a.record, b.record) }
        }
        var order: [Int] = []
        var members: [Int: [PlanRecord]] = [:]
        for (index, record) in records.enumerated() {
            let root = find(index)
            if members[root] == nil { order.append(root) }
            members[root, default: []].append(record)
        }
        return order.compactMap { members[$0] }
    }

    /// Whether the smaller word set (of at least three words) stands whole in the larger.
    static func contained(_ x: Set<String>, _ y: Set<String>) -> Bool {
        let (small, large) = x.count <= y.count ? (x, y) : (y, x)
        return small.count >= 3 && small.isSubset(of: large)
    }

    static func belongTogether(_ a: PlanRecord, _ b: PlanRecord) -> Bool {
        if let x = a.movement?.nationalDecision, let y = b.movement?.nationalDecision, numberKey(x) == numberKey(y) {
            return true
        }
        guard let x = a.movement?.name, let y = b.movement?.name else { return false }
        let wordsX = words(x), wordsY = words(y)
        return wordsX == wordsY || contained(wordsX, wordsY)
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
