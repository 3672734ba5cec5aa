/// A usage error: the words of the call are off. Reported on stderr with exit status 64.
struct UsageError: Error, Equatable {
    var message: String
}

/// The arguments of one call, parsed against a ``CommandSpec``.
struct ParsedArguments: Equatable {
    private(set) var values: [String: [String]] = [:]
    private(set) var flags: Set<String> = []
    var positionals: [String] = []

    /// The last value given for `option`, or `nil`.
    func value(_ option: String) -> String? { values[option]?.last }
    /// Every value given for `option`, in order.
    func allValues(_ option: String) -> [String] { values[option] ?? [] }
    /// Whether the flag was given.
    func has(_ flag: String) -> Bool { flags.contains(flag) }

    fileprivate mutating func add(_ option: String, _ value: String) { values[option, default: []].append(value) }
    fileprivate mutating func set(_ flag: String) { flags.insert(flag) }
}

extension ParsedArguments {
    /// `--width N` (at least 40), else the console's width.
    func width(console: Console) throws(UsageError) -> Int {
        guard let text = value("width") else { return console.width }
        guard let value = Int(text), value >= 40 else {
            throw UsageError(message: "invalid value '\(text)' for '--width'; expected a whole number from 40")
        }
        return value
    }
}

/// Parses arguments the way users expect: `--opt value`, `--opt=value`, `-h`, `--` ends options,
/// `-` is a positional (standard input), unknown options get a "did you mean" suggestion.
enum ArgumentParser {
    static func parse(_ arguments: [String], for spec: CommandSpec) throws(UsageError) -> ParsedArguments {
        var parsed = ParsedArguments()
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if optionsEnded || argument == "-" || !argument.hasPrefix("-") {
                parsed.positionals.append(argument)
                continue
            }
            if argument == "--" {
                optionsEnded = true
                continue
            }
            let (option, inlineValue) = try resolve(argument, in: spec)
            if option.takesValue {
                let value: String
                if let inlineValue {
                    value = inlineValue
                } else {
                    guard index < arguments.count else {
                        throw UsageError(message: "option '--\(option.name)' needs a value <\(option.valueName ?? "value")>")
                    }
                    value = arguments[index]
                    index += 1
                }
                if let allowed = option.allowed, !allowed.contains(value) {
                    throw UsageError(
                        message: "invalid value '\(value)' for '--\(option.name)'; expected \(allowed.joined(separator: ", "))")
                }
                parsed.add(option.name, value)
            } else {
                if inlineValue != nil {
                    throw UsageError(message: "option '--\(option.name)' takes no value")
                }
                parsed.set(option.name)
            }
        }
        return parsed
    }

    private static func resolve(_ argument: String, in spec: CommandSpec) throws(UsageError) -> (OptionSpec, String?) {
        if argument.hasPrefix("--") {
            let body = argument.dropFirst(2)
            let name: String
            var value: String?
            if let equals = body.firstIndex(of: "=") {
                name = String(body[..<equals])
                value = String(body[body.index(after: equals)...])
            } else {
                name = String(body)
            }
            if let option = spec.allOptions.first(where: { $0.name == name }) { return (option, value) }
            let suggestion = Suggestion.closest(to: name, among: spec.allOptions.map(\.name))
            throw UsageError(
                message: "unknown option '--\(name)'" + (suggestion.map { "; did you mean '--\($0)'?" } ?? ""))
        }
        let letters = Array(argument.dropFirst())
        if letters.count == 1, let option = spec.allOptions.first(where: { $0.short == letters[0] }) {
            return (option, nil)
        }
        let names = spec.allOptions.map(\.name)
        let suggestion = Suggestion.closest(to: String(letters), among: names)
        throw UsageError(message: "unknown option '\(argument)'" + (suggestion.map { "; did you mean '--\($0)'?" } ?? ""))
    }
}

/// "Did you mean": the closest candidate by edit distance, when it is close enough.
enum Suggestion {
    static func closest(to word: String, among candidates: [String]) -> String? {
        let scored = candidates.map { ($0, distance(word, $0)) }
        guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
        let tolerance = max(1, min(3, best.0.count / 3))
        if best.1 <= tolerance { return best.0 }
        // A prefix of a longer name (`--form` for `--format`).
        return candidates.first { $0.hasPrefix(word) && word.count >= 2 }
    }

    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            previous = current
        }
        return previous[b.count]
    }
}
