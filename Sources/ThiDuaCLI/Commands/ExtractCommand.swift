import Foundation
import ThiDuaKit

/// `thidua extract`: every plan as one typed record.
enum ExtractCommand {
    static let spec = CommandSpec(
        name: "extract",
        summary: "Extract each plan into the common schema: identity, movement, phases, awards, deadlines, agencies.",
        discussion: """
            JSON follows the contract of schema version 1 (see README): one record per document, every
            item with the line it came from, null where the text says nothing. CSV is tidy: one row per
            fact (document, province, field, value, detail, line), RFC 4180. A document that cites another
            of the same run fills its blank number and date (marked in "resolved").
            """,
        argumentName: "path",
        argumentHelp: "Plan files or folders (their .txt and .md files, in name order); - reads standard input.",
        options: [
            OptionSpec(
                name: "format", valueName: "format", allowed: ["json", "csv"], defaultValue: "json", help: "Output format."),
            OptionSpec(name: "output", valueName: "file", help: "Write to this file instead of standard output."),
            OptionSpec(name: "excel", help: "CSV for spreadsheets: a byte-order mark, and cells starting = + - @ guarded."),
        ] + CommandSpec.parallelOptions,
        examples: [
            "thidua extract corpus",
            "thidua extract corpus --format csv --output facts.csv",
        ])

    static func run(_ arguments: ParsedArguments, console: Console) throws(UsageError) -> Int32 {
        guard !arguments.positionals.isEmpty else {
            throw UsageError(message: "no input files; give plan files or a folder")
        }
        let (records, failed) = try DocumentReader(console: console, arguments: arguments).records(arguments.positionals)
        let output: String
        switch arguments.value("format") ?? "json" {
        case "csv": output = RecordWriter.factsCSV(records, configuration: .init(excel: arguments.has("excel")))
        default: output = RecordWriter.json(records)
        }
        if let path = arguments.value("output") {
            do {
                try output.write(toFile: path, atomically: true, encoding: .utf8)
            } catch {
                console.error("\(path): cannot write: \(error.localizedDescription)")
                return ExitCode.failure
            }
        } else {
            console.output(output)
        }
        return failed ? ExitCode.failure : ExitCode.success
    }
}
