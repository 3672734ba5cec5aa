import VietText

/// Values by text, the texts matched by their bytes (texts are NFC since ingest, so equal bytes are
/// equal strings, and hashing a `String` that is not ASCII would normalise it first).
///
/// Searched in a list while the texts are few, as in almost every document (a plan cites or names a
/// handful, and comparing a few costs less than hashing them), and through a dictionary once they
/// are many: a rule that searched a list for each of tens of thousands read one document for minutes.
struct TextIndex<Value> {
    /// The texts, in the order they were added, and the value of each.
    private var texts: [ExactText] = []
    private var values: [Value] = []
    /// The index in ``texts`` of each text, once there are more than ``listLimit``.
    private var indices: [ExactText: Int]?

    /// The number of texts searched in a list before they are hashed.
    static var listLimit: Int { 32 }

    /// The value of `text`, or `nil` when it has not been added.
    subscript(text: String) -> Value? {
        index(of: ExactText(text)).map { values[$0] }
    }

    /// Adds `text` with `value` unless it is there already (its first value stays); returns whether
    /// it was added.
    @discardableResult
    mutating func insert(_ text: String, _ value: Value) -> Bool {
        let key = ExactText(text)
        guard index(of: key) == nil else { return false }
        texts.append(key)
        values.append(value)
        if indices != nil {
            indices?[key] = texts.count - 1
        } else if texts.count > Self.listLimit {
            indices = Dictionary(uniqueKeysWithValues: texts.enumerated().map { ($1, $0) })
        }
        return true
    }

    private func index(of key: ExactText) -> Int? {
        if let indices { return indices[key] }
        return texts.firstIndex(of: key)
    }
}

extension TextIndex where Value == Void {
    /// Adds `text` unless it is there already; returns whether it was added.
    mutating func insert(_ text: String) -> Bool {
        insert(text, ())
    }
}
