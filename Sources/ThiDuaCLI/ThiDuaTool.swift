/// Exit statuses that scripts can rely on.
public enum ExitCode {
    /// Everything worked.
    public static let success: Int32 = 0
    /// Something failed at run time: an input could not be read or had no recognisable structure.
    public static let failure: Int32 = 1
    /// The words of the call were off (unknown command or option, missing value).
    public static let usage: Int32 = 64
}

/// The `thidua` command line: dispatches to subcommands and answers `--help` and `--version`.
public enum ThiDuaTool {
    /// The tool's version.
    public static let version = "0.1.0"

    /// What `thidua` with no arguments does: the main job on the bundled corpus.
    static let defaultArguments = ["compare", "corpus"]

    struct Command: Sendable {
        var spec: CommandSpec
        var run: @Sendable (ParsedArguments, Console) throws(UsageError) -> Int32
    }

    static let commands: [Command] = [
        Command(spec: CompareCommand.spec, run: CompareCommand.run),
        Command(spec: ReportCommand.spec, run: ReportCommand.run),
        Command(spec: CheckCommand.spec, run: CheckCommand.run),
        Command(spec: RulesCommand.spec, run: RulesCommand.run),
        Command(spec: ExtractCommand.spec, run: ExtractCommand.run),
        Command(spec: OutlineCommand.spec, run: OutlineCommand.run),
    ]

    /// Runs one invocation.
    ///
    /// - Parameters:
    ///   - arguments: The arguments without the program name.
    ///   - console: Where to read and write.
    /// - Returns: The exit status.
    public static func run(_ arguments: [String], console: Console) -> Int32 {
        let arguments = arguments.isEmpty ? defaultArguments : arguments
        let first = arguments[0]
        switch first {
        case "-h", "--help":
            console.output(overview)
            return ExitCode.success
        case "--version", "-V":
            console.output("thidua \(version)\n")
            return ExitCode.success
        case "help":
            guard arguments.count > 1 else {
                console.output(overview)
                return ExitCode.success
            }
            guard let command = command(named: arguments[1], console: console) else { return ExitCode.usage }
            console.output(HelpFormatter.help(for: command.spec, tool: "thidua"))
            return ExitCode.success
        default:
            break
        }
        guard let command = command(named: first, console: console) else { return ExitCode.usage }
        let rest = Array(arguments.dropFirst())
        do throws(UsageError) {
            let parsed = try ArgumentParser.parse(rest, for: command.spec)
            if parsed.has("help") {
                console.output(HelpFormatter.help(for: command.spec, tool: "thidua"))
                return ExitCode.success
            }
            return try command.run(parsed, console)
        } catch {
            console.error("\(command.spec.name): \(error.message) (see 'thidua help \(command.spec.name)')")
            return ExitCode.usage
        }
    }

    private static func command(named name: String, console: Console) -> Command? {
        if let command = commands.first(where: { $0.spec.name == name }) { return command }
        let names = commands.map(\.spec.name) + ["help"]
        let suggestion = Suggestion.closest(to: name.hasPrefix("-") ? String(name.drop { $0 == "-" }) : name, among: names)
        let what = name.hasPrefix("-") ? "unknown option '\(name)'" : "unknown command '\(name)'"
        console.error(what + (suggestion.map { "; did you mean '\($0)'?" } ?? "") + " (see 'thidua --help')")
        return nil
    }

    static var overview: String {
        var lines = [
            "ThiDua reads Vietnamese provincial plans for emulation movements (phong trào thi đua),",
            "turns each into one typed record and shows analysts how provinces differ.",
            "",
            "USAGE: thidua <command> [options] [<file>...]",
            "       thidua              with no arguments: \(defaultArguments.joined(separator: " "))",
            "",
            "COMMANDS:",
        ]
        for command in commands { lines.append(HelpFormatter.row(command.spec.name, command.spec.summary)) }
        lines.append(HelpFormatter.row("help <command>", "Show help for a command."))
        lines += [
            "",
            "OPTIONS:",
            HelpFormatter.row("-h, --help", "Show this help."),
            HelpFormatter.row("--version", "Show the version."),
            "",
            "EXIT STATUS: 0 success; 1 an input could not be read or has no plan structure (check: a finding",
            "reached --fail-on; an unreadable input gives 2); 64 usage error.",
        ]
        return lines.joined(separator: "\n") + "\n"
    }
}
