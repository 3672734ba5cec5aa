import Foundation
import ThiDuaKit

/// `thidua compare`: how provinces implement the same movement.
enum CompareCommand {
    static let spec = CommandSpec(
        name: "compare",
        summary: "Compare plans across provinces: phases, award forms by occasion, deadlines, lead agencies.",
        discussion: """
            Groups the documents by movement (same national decision, same name, or a name contained in the
            other's) and aligns each dimension across them, one column per document; an agency's sub-plan
            stands beside its province. Rows where the documents differ are marked ≠; — means the document
            says nothing. Below the tables, the key differences among the provincial plans in plain
            sentences. With no path, compares the bundled corpus/.
            """,
        argumentName: "path",
        argumentHelp: "Plan files or folders (default: corpus).",
        options: [
            OptionSpec(
                name: "dimension", valueName: "name", allowed: ComparisonDimension.allCases.map(\.rawValue), repeatable: true,
                help: "Show only this dimension (repeatable)."),
            OptionSpec(
                name: "format", valueName: "format", allowed: ["table", "csv", "json", "markdown"], defaultValue: "table",
                help: "Output format."),
            OptionSpec(name: "only-differences", help: "Show only rows where the documents differ."),
            OptionSpec(name: "lang", valueName: "language", allowed: ["en", "vi"], defaultValue: "en", help: "Language of the summary."),
            OptionSpec(name: "width", valueName: "columns", help: "Fit the table to this many columns (default: $COLUMNS, else 100)."),
            OptionSpec(name: "excel", help: "CSV for spreadsheets: a byte-order mark, and cells starting = + - @ guarded."),
        ] + CommandSpec.parallelOptions,
        examples: [
            "thidua compare",
            "thidua compare corpus --dimension phases --dimension deadlines --only-differences",
            "thidua compare corpus --format markdown --lang vi > so-sanh.md",
        ])

    static func run(_ arguments: ParsedArguments, console: Console) throws(UsageError) -> Int32 {
        let paths = arguments.positionals.isEmpty ? ["corpus"] : arguments.positionals
        let width = try arguments.width(console: console)
        let dimensions = arguments.allValues("dimension").compactMap(ComparisonDimension.init(rawValue:))
        let reader = try DocumentReader(console: console, arguments: arguments)
        let (records, failed) = reader.records(paths)
        let comparison = Comparator(
            configuration: .init(dimensions: dimensions.isEmpty ? ComparisonDimension.allCases : dimensions, jobs: reader.jobs)
        ).compare(records)
        let writer = ComparisonWriter(
            configuration: .init(
                width: width, onlyDifferences: arguments.has("only-differences"),
                language: ReportLanguage(rawValue: arguments.value("lang") ?? "en") ?? .en, excel: arguments.has("excel")))
        switch arguments.value("format") ?? "table" {
        case "csv": console.output(writer.csv(comparison))
        case "json": console.output(writer.json(comparison))
        case "markdown": console.output(writer.markdown(comparison))
        default: console.output(writer.table(comparison))
        }
        return failed ? ExitCode.failure : ExitCode.success
    }

}
