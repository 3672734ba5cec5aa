import ThiDuaModel

/// How serious a finding is.
public enum Severity: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    /// Worth knowing (a blank number in a draft).
    case info
    /// Probably wrong; a reviewer should look.
    case warning
    /// Wrong: must be fixed before signing.
    case error

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}

/// A message in English and Vietnamese.
public struct Message: Hashable, Sendable, Codable {
    public var en: String
    public var vi: String

    public init(en: String, vi: String) {
        self.en = en
        self.vi = vi
    }
}

/// One finding of the checker: a value handed to whoever prints it.
public struct Finding: Hashable, Sendable, Codable {
    /// The rule id (`phase-overlap`).
    public var rule: String
    public var severity: Severity
    public var message: Message
    /// The path as given.
    public var path: String
    /// The 1-based line.
    public var line: Int
    /// The 1-based column (Unicode scalars of the line).
    public var column: Int
    /// The line's text.
    public var excerpt: String

    public init(rule: String, severity: Severity, message: Message, path: String, line: Int, column: Int, excerpt: String) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.path = path
        self.line = line
        self.column = column
        self.excerpt = excerpt
    }
}

/// A check rule's description: documentation and tests at once.
public struct CheckRuleDescription: Sendable {
    public let id: String
    public let severity: Severity
    public let summary: String
    public let rationale: String
    /// Drafts that must trigger the rule, with the lines it must report.
    public let triggering: [CheckExample]
    /// Drafts that must not trigger it.
    public let nonTriggering: [CheckExample]
    /// Whether the rule needs `--against` (a parent plan) or `--corpus` (peers).
    public let needs: Requirement

    public enum Requirement: String, Sendable {
        case document, parent, corpus
    }

    public init(
        id: String, severity: Severity, summary: String, rationale: String, triggering: [CheckExample],
        nonTriggering: [CheckExample], needs: Requirement = .document
    ) {
        self.id = id
        self.severity = severity
        self.summary = summary
        self.rationale = rationale
        self.triggering = triggering
        self.nonTriggering = nonTriggering
        self.needs = needs
    }
}

/// A draft for a rule example, with the lines the rule must report (empty for non-triggering ones).
/// `parent` is the plan it is checked against, `peers` the plans of the same movement, for rules that
/// need them.
public struct CheckExample: Sendable {
    public let text: String
    public let lines: [Int]
    public let parent: String?
    public let peers: [String]

    public init(_ text: String, lines: [Int] = [], parent: String? = nil, peers: [String] = []) {
        self.text = text
        self.lines = lines
        self.parent = parent
        self.peers = peers
    }
}
