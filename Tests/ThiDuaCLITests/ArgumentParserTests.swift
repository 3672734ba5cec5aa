import Testing

@testable import ThiDuaCLI

@Suite struct ArgumentParserTests {
    let spec = OutlineCommand.spec

    @Test func valuesInBothSpellingsAndPositionals() throws {
        let parsed = try ArgumentParser.parse(["--format", "json", "a.txt", "--depth=2", "-", "b.txt"], for: spec)
        #expect(parsed.value("format") == "json")
        #expect(parsed.value("depth") == "2")
        #expect(parsed.positionals == ["a.txt", "-", "b.txt"])
    }

    @Test func doubleDashEndsOptions() throws {
        let parsed = try ArgumentParser.parse(["--", "--format", "-h"], for: spec)
        #expect(parsed.positionals == ["--format", "-h"])
        #expect(parsed.value("format") == nil)
    }

    @Test func helpFlagInShortAndLongForm() throws {
        #expect(try ArgumentParser.parse(["-h"], for: spec).has("help"))
        #expect(try ArgumentParser.parse(["--help"], for: spec).has("help"))
    }

    @Test func unknownOptionsSuggestTheClosestName() {
        #expect(throws: UsageError(message: "unknown option '--fromat'; did you mean '--format'?")) {
            try ArgumentParser.parse(["--fromat", "json"], for: spec)
        }
        #expect(throws: UsageError(message: "unknown option '--dep'; did you mean '--depth'?")) {
            try ArgumentParser.parse(["--dep", "1"], for: spec)
        }
        #expect(throws: UsageError(message: "unknown option '--zzzzzzzz'")) {
            try ArgumentParser.parse(["--zzzzzzzz"], for: spec)
        }
    }

    @Test func missingAndInvalidValues() {
        #expect(throws: UsageError(message: "option '--format' needs a value <format>")) {
            try ArgumentParser.parse(["--format"], for: spec)
        }
        #expect(throws: UsageError(message: "invalid value 'xml' for '--format'; expected text, json")) {
            try ArgumentParser.parse(["--format=xml"], for: spec)
        }
        #expect(throws: UsageError(message: "option '--help' takes no value")) {
            try ArgumentParser.parse(["--help=yes"], for: spec)
        }
    }

    @Test func helpIsGeneratedFromTheSameSpec() {
        let help = HelpFormatter.help(for: spec, tool: "thidua")
        #expect(help.contains("USAGE: thidua outline [options] <file>..."))
        for option in spec.allOptions { #expect(help.contains("--" + option.name)) }
        #expect(help.contains("One of: text, json."))
    }
}
