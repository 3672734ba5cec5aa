/// Values by key, each key with the value it was first given, in the order the keys were added.
///
/// Searched in a list while the keys are few, as in almost every document (a plan cites, names or
/// offers a handful, and comparing a few costs less than hashing them), and through a dictionary once
/// they are many: rules that searched a list for each of tens of thousands read one document for
/// minutes. Texts are keyed as ``ExactText``, by their bytes (texts are NFC since ingest, so equal
/// bytes are equal strings, and hashing a `String` that is not ASCII would normalise it first).
struct KeyIndex<Key: Hashable, Value> {
    /// The keys, in the order they were added, and the value of each.
    private var keys: [Key] = []
    private var values: [Value] = []
    /// The index in ``keys`` of each key, once there are more than ``listLimit``.
    private var indices: [Key: Int]?

    /// The number of keys searched in a list before they are hashed.
    static var listLimit: Int { 32 }

    /// The number of keys.
    var count: Int { keys.count }

    /// The keys from the `start`th on, in the order they were added.
    func keys(from start: Int) -> ArraySlice<Key> {
        keys[start...]
    }

    /// The value of `key`, or `nil` when it has not been added.
    subscript(key: Key) -> Value? {
        index(of: key).map { values[$0] }
    }

    /// Adds `key` with `value` unless it is there already (its first value stays); returns whether it
    /// was added.
    @discardableResult
    mutating func insert(_ key: Key, _ value: Value) -> Bool {
        guard index(of: key) == nil else { return false }
        keys.append(key)
        values.append(value)
        if indices != nil {
            indices?[key] = keys.count - 1
        } else if keys.count > Self.listLimit {
            indices = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) })
        }
        return true
    }

    private func index(of key: Key) -> Int? {
        if let indices { return indices[key] }
        return keys.firstIndex(of: key)
    }
}

extension KeyIndex where Value == Void {
    /// Adds `key` unless it is there already; returns whether it was added.
    mutating func insert(_ key: Key) -> Bool {
        insert(key, ())
    }
}
