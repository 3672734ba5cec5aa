import ThiDuaModel

/// What an extraction rule is, for people and for tests.
public struct ExtractionRuleDescription: Sendable {
    /// A stable id (`phases`).
    public let id: String
    /// One line: what the rule reads.
    public let summary: String
    /// Why it reads it the way it does.
    public let rationale: String
    /// The fact fields the rule fills (see ``Fact``).
    public let fields: [String]
    /// Examples that are documentation and tests at once.
    public let examples: [ExtractionExample]
}

/// A small document and the facts a rule must find in it. Facts render as `field=value (detail) @line`.
public struct ExtractionExample: Sendable {
    /// The document text.
    public let text: String
    /// The facts of the rule's fields, in order.
    public let facts: [String]
    /// Whether the example shows the rule reading something, rather than a trap it must not fall into.
    public let triggers: Bool

    /// Creates an example; it triggers when it expects facts, unless `triggers` says otherwise.
    public init(_ text: String, facts: [String], triggers: Bool? = nil) {
        self.text = text
        self.facts = facts
        self.triggers = triggers ?? !facts.isEmpty
    }
}

/// One extraction rule: reads one family of fields from a segmented document into the record.
protocol ExtractionRule: Sendable {
    static var description: ExtractionRuleDescription { get }
    func apply(_ context: ExtractionContext, to record: inout PlanRecord)
}

/// What rules read: the document and its text units in document order.
struct ExtractionContext {
    let document: SegmentedDocument
    let units: [TextUnit]
    /// The units of the plan part (or of the whole document when it has no plan part), found once.
    let planUnits: [TextUnit]

    init(document: SegmentedDocument) {
        self.document = document
        let units = DocumentText.units(of: document)
        self.units = units
        let plan = units.filter { $0.part == .plan }
        self.planUnits = plan.isEmpty ? units : plan
    }
}
