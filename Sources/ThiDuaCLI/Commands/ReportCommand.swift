import Foundation
import ThiDuaKit

/// `thidua report`: the comparison and the data as files.
enum ReportCommand {
    static let spec = CommandSpec(
        name: "report",
        summary: "Write the comparison and the data as files: comparison.md, per-dimension CSV, facts.csv, plans.json.",
        discussion: """
            Writes into --out: comparison.md (every dimension and the key differences), phases.csv,
            awards.csv, deadlines.csv, agencies.csv (tidy: one row per item), facts.csv (one row per fact)
            and plans.json (the extract contract). The same input gives byte-identical files: no
            timestamps, and paths as given. With no path, reports on the bundled corpus/.
            """,
        argumentName: "path",
        argumentHelp: "Plan files or folders (default: corpus).",
        options: [
            OptionSpec(name: "out", valueName: "dir", help: "The folder to write (created if missing). Required."),
            OptionSpec(name: "lang", valueName: "language", allowed: ["en", "vi"], defaultValue: "en", help: "Language of the summary."),
            OptionSpec(name: "excel", help: "CSV for spreadsheets: a byte-order mark, and cells starting = + - @ guarded."),
        ] + CommandSpec.parallelOptions,
        examples: ["thidua report corpus --out reports"])

    static func run(_ arguments: ParsedArguments, console: Console) throws(UsageError) -> Int32 {
        guard let out = arguments.value("out") else { throw UsageError(message: "missing '--out <dir>'") }
        let paths = arguments.positionals.isEmpty ? ["corpus"] : arguments.positionals
        let reader = try DocumentReader(console: console, arguments: arguments)
        let (records, failed) = reader.records(paths)
        let comparison = Comparator(configuration: .init(jobs: reader.jobs)).compare(records)
        let writer = ReportWriter(
            configuration: .init(
                language: ReportLanguage(rawValue: arguments.value("lang") ?? "en") ?? .en, excel: arguments.has("excel")))
        do {
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            for file in writer.files(records: records, comparison: comparison) {
                try file.content.write(toFile: (out as NSString).appendingPathComponent(file.name), atomically: true, encoding: .utf8)
            }
        } catch {
            console.error("\(out): cannot write: \(error.localizedDescription)")
            return ExitCode.failure
        }
        return failed ? ExitCode.failure : ExitCode.success
    }
}
