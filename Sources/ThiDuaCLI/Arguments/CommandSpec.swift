/// One option of a command, declared once: parsing and help are both generated from it.
struct OptionSpec: Sendable {
    /// The long name without dashes: `format` for `--format`.
    var name: String
    /// A one-letter short name, or `nil`.
    var short: Character?
    /// The placeholder for the value (`format`), or `nil` for a flag.
    var valueName: String?
    /// The values allowed, when closed (`["text", "json"]`).
    var allowed: [String]?
    /// The default shown in help.
    var defaultValue: String?
    /// Whether the option may be given several times.
    var repeatable: Bool = false
    /// One line of help.
    var help: String

    var takesValue: Bool { valueName != nil }

    /// `--format <format>` or `-h, --help`.
    var synopsis: String {
        var text = short.map { "-\($0), " } ?? ""
        text += "--" + name
        if let valueName { text += " <\(valueName)>" }
        return text
    }
}

/// A subcommand: its name, what it does, its options and arguments, and examples.
struct CommandSpec: Sendable {
    var name: String
    var summary: String
    var discussion: String
    /// The placeholder for positional arguments (`file`), or `nil` when there are none.
    var argumentName: String?
    var argumentHelp: String = ""
    var options: [OptionSpec]
    var examples: [String] = []

    /// `--jobs N` and `--quiet`, for commands that process many documents.
    static let parallelOptions = [
        OptionSpec(name: "jobs", valueName: "n", help: "Process n documents at once (default: the number of active processors)."),
        OptionSpec(name: "quiet", help: "No progress line on stderr (it is shown only when stderr is a terminal)."),
    ]

    /// The options every command has.
    static let helpOption = OptionSpec(name: "help", short: "h", help: "Show this help.")

    var allOptions: [OptionSpec] { options + [CommandSpec.helpOption] }
}
