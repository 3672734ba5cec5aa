import Foundation
import ThiDuaKit

/// `thidua check`: review a draft plan before it is signed.
enum CheckCommand {
    static let spec = CommandSpec(
        name: "check",
        summary: "Review draft plans: numbers, dates, phases, numbering, names, references, spelling, deadlines.",
        discussion: """
            Prints one finding per line, compiler style (path:line:column: severity: message [rule]), then the
            line with a caret under the column, and a closing count. --against compares the plan with the plan
            it implements; --corpus with the other plans of the same movement in a folder. Exit status: 0 when
            nothing reaches --fail-on, 1 when something does, 2 when an input cannot be read, 64 for usage errors.
            `thidua rules` lists the rules.
            """,
        argumentName: "file",
        argumentHelp: "Draft plan files or folders; - reads standard input.",
        options: [
            OptionSpec(name: "against", valueName: "parent", help: "The plan this one implements (parent-* rules)."),
            OptionSpec(name: "corpus", valueName: "dir", help: "Plans of the same movement to compare with (peer-* rules)."),
            OptionSpec(name: "format", valueName: "format", allowed: ["text", "json"], defaultValue: "text", help: "Output format."),
            OptionSpec(name: "lang", valueName: "language", allowed: ["en", "vi"], defaultValue: "en", help: "Language of the messages."),
            OptionSpec(name: "disable", valueName: "rule", repeatable: true, help: "Do not run this rule (repeatable)."),
            OptionSpec(
                name: "fail-on", valueName: "severity", allowed: ["error", "warning", "info"], defaultValue: "error",
                help: "Exit 1 when a finding is this severe or more."),
        ] + CommandSpec.parallelOptions,
        examples: [
            "thidua check corpus/lam-dong-2025-ke-hoach-thi-dua-dmst-cds.txt",
            "thidua check corpus/son-la-2026-van-phong-ubnd-ke-hoach.txt --against corpus/son-la-2026-ke-hoach-thi-dua-dmst-cdx.txt",
            "thidua check draft.txt --corpus corpus --fail-on warning --format json",
        ])

    static let unreadable: Int32 = 2

    static func run(_ arguments: ParsedArguments, console: Console) throws(UsageError) -> Int32 {
        guard !arguments.positionals.isEmpty else { throw UsageError(message: "no input files; give plan files or a folder") }
        let known = Set(Checker.descriptions.map(\.id))
        for rule in arguments.allValues("disable") where !known.contains(rule) {
            let suggestion = Suggestion.closest(to: rule, among: Array(known))
            throw UsageError(message: "unknown rule '\(rule)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""))
        }
        let reader = try DocumentReader(console: console, arguments: arguments)
        var failed = false
        var parent: PlanRecord?
        if let path = arguments.value("against") {
            let (records, parentFailed) = reader.records([path])
            failed = failed || parentFailed
            parent = records.first
        }
        var corpus: [PlanRecord] = []
        if let folder = arguments.value("corpus") {
            let (records, corpusFailed) = reader.records([folder])
            failed = failed || corpusFailed
            corpus = records
        }
        let checker = Checker(configuration: .init(disabled: Set(arguments.allValues("disable"))))
        let (perDocument, inputFailed) = reader.map(arguments.positionals) { [parent, corpus] source, document in
            let record = PlanExtractor().extract(from: document)
            let context = CheckContext(
                source: source, document: document, record: record, parent: parent, peers: peers(of: record, in: corpus))
            return checker.check(context)
        }
        failed = failed || inputFailed
        let findings = perDocument.flatMap { $0 }
        let documents = perDocument
        let vietnamese = arguments.value("lang") == "vi"
        switch arguments.value("format") ?? "text" {
        case "json": console.output(FindingWriter.json(findings, vietnamese: vietnamese))
        default: console.output(FindingWriter.text(findings, files: documents.count, vietnamese: vietnamese, width: console.width))
        }
        if failed { return unreadable }
        let threshold = Severity(rawValue: arguments.value("fail-on") ?? "error") ?? .error
        return findings.contains { $0.severity >= threshold } ? ExitCode.failure : ExitCode.success
    }

    /// The corpus plans of the same movement as `record`, without it.
    static func peers(of record: PlanRecord, in corpus: [PlanRecord]) -> [PlanRecord] {
        let others = corpus.filter { $0.id != record.id }
        let comparison = Comparator(configuration: .init(dimensions: [])).compare(others + [record])
        guard let group = comparison.groups.first(where: { $0.columns.contains { $0.id == record.id } }) else { return [] }
        let ids = Set(group.columns.map(\.id))
        return others.filter { ids.contains($0.id) }
    }
}

/// `thidua rules`: the rule catalogue.
enum RulesCommand {
    static let spec = CommandSpec(
        name: "rules",
        summary: "List every check rule: id, severity, summary.",
        discussion: "With --format markdown, the catalogue with each rule's rationale and examples (docs/rules.md is this output).",
        argumentName: nil,
        options: [
            OptionSpec(name: "format", valueName: "format", allowed: ["text", "markdown"], defaultValue: "text", help: "Output format.")
        ],
        examples: ["thidua rules", "thidua rules --format markdown > docs/rules.md"])

    static func run(_ arguments: ParsedArguments, console: Console) throws(UsageError) -> Int32 {
        guard arguments.positionals.isEmpty else { throw UsageError(message: "rules takes no arguments") }
        console.output(arguments.value("format") == "markdown" ? FindingWriter.catalogue() : FindingWriter.ruleList())
        return ExitCode.success
    }
}
