/// Renders help from the same specs the parser uses, so help cannot drift from behaviour.
enum HelpFormatter {
    static func help(for spec: CommandSpec, tool: String) -> String {
        var lines: [String] = []
        lines.append("\(spec.summary)")
        lines.append("")
        var usage = "USAGE: \(tool) \(spec.name)"
        if !spec.options.isEmpty { usage += " [options]" }
        if let argument = spec.argumentName { usage += " <\(argument)>..." }
        lines.append(usage)
        if !spec.discussion.isEmpty {
            lines.append("")
            lines.append(spec.discussion)
        }
        if let argument = spec.argumentName {
            lines.append("")
            lines.append("ARGUMENTS:")
            lines.append(row("<\(argument)>...", spec.argumentHelp))
        }
        lines.append("")
        lines.append("OPTIONS:")
        for option in spec.allOptions {
            var help = option.help
            if let allowed = option.allowed { help += " One of: \(allowed.joined(separator: ", "))." }
            if let value = option.defaultValue { help += " (default: \(value))" }
            lines.append(row(option.synopsis, help))
        }
        if !spec.examples.isEmpty {
            lines.append("")
            lines.append("EXAMPLES:")
            for example in spec.examples { lines.append("  " + example) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func row(_ left: String, _ right: String) -> String {
        let column = 26
        let padded = "  " + left
        if padded.count + 2 > column { return padded + "\n" + String(repeating: " ", count: column) + right }
        return padded + String(repeating: " ", count: column - padded.count) + right
    }
}
