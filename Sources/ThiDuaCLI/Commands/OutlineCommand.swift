import ThiDuaKit

/// `thidua outline`: the section tree of each plan.
enum OutlineCommand {
    static let spec = CommandSpec(
        name: "outline",
        summary: "Print the section tree of each plan: parts, numbered sections, points and bullets.",
        discussion: """
            Each node shows its label as printed (or its kind), its title shortened to fit the terminal,
            and the lines of the file it covers. Levels come from the numbering scheme (I., 1., 2.1., a),
            -, +), never from markdown '#' levels. Folders are read for their .txt and .md files in name
            order. A file that cannot be read is reported on stderr and the others are still printed.
            """,
        argumentName: "file",
        argumentHelp: "Plan files or folders; - reads standard input.",
        options: [
            OptionSpec(
                name: "format", valueName: "format", allowed: ["text", "json"], defaultValue: "text",
                help: "Output format."),
            OptionSpec(
                name: "depth", valueName: "n",
                help: "Show only n levels below the document's parts (0: the parts alone)."),
            OptionSpec(
                name: "width", valueName: "columns",
                help: "Fit lines to this many columns (default: $COLUMNS, else 100)."),
        ] + CommandSpec.parallelOptions,
        examples: [
            "thidua outline corpus/lam-dong-2025-ke-hoach-thi-dua-dmst-cds.txt --depth 1",
            "thidua outline --format json corpus/ > trees.json",
        ])

    static func run(_ arguments: ParsedArguments, console: Console) throws(UsageError) -> Int32 {
        guard !arguments.positionals.isEmpty else {
            throw UsageError(message: "no input files; give plan files or a folder")
        }
        let depth = try arguments.value("depth").map { (text) throws(UsageError) -> Int in
            guard let value = Int(text), value >= 0 else {
                throw UsageError(message: "invalid value '\(text)' for '--depth'; expected a whole number from 0")
            }
            return value
        }
        let width = try arguments.width(console: console)
        let (documents, failed) = try DocumentReader(console: console, arguments: arguments).read(arguments.positionals)
        switch arguments.value("format") ?? "text" {
        case "json":
            console.output(json(documents.map(\.document), maxDepth: depth))
        default:
            let writer = OutlineWriter(configuration: .init(width: width, maxDepth: depth))
            console.output(documents.map { writer.write($0.document) }.joined(separator: "\n"))
        }
        return failed ? ExitCode.failure : ExitCode.success
    }

    private struct Output: Encodable {
        var schemaVersion = 1
        var documents: [SegmentedDocument]
    }

    private static func json(_ documents: [SegmentedDocument], maxDepth: Int?) -> String {
        let trimmed = documents.map { document -> SegmentedDocument in
            guard let maxDepth else { return document }
            var copy = document
            copy.root = prune(document.root, depth: 0, maxDepth: maxDepth + 1)
            return copy
        }
        return JSONWriter.documentText(Output(documents: trimmed))
    }

    private static func prune(_ node: Section, depth: Int, maxDepth: Int) -> Section {
        var copy = node
        copy.children = depth >= maxDepth ? [] : node.children.map { prune($0, depth: depth + 1, maxDepth: maxDepth) }
        return copy
    }
}
