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
    /// Which units a rule reads.
    enum Scope {
        /// Every unit of the document.
        case document
        /// The units of the plan part, or of the whole document when it has no plan part.
        case plan
    }

    let document: SegmentedDocument
    let units: DocumentUnits
    /// The indices of the plan part's units (of every unit when there is no plan part), found once.
    private let planIndices: [Int]

    init(document: SegmentedDocument) {
        self.document = document
        let units = DocumentUnits(of: document)
        self.units = units
        let plan = units.entries.indices.filter { units.entries[$0].part == .plan }
        planIndices = plan.isEmpty ? Array(units.entries.indices) : plan
    }

    /// Calls `body` with the index, the entry and the bytes of each unit of `scope`, in order: a rule
    /// tests these before it makes the unit with ``DocumentUnits/unit(_:)``.
    func forEachUnit(in scope: Scope, _ body: (Int, DocumentUnits.Entry, UnsafeBufferPointer<UInt8>) -> Void) {
        switch scope {
        case .document: units.forEach(units.entries.indices, body)
        case .plan: units.forEach(planIndices, body)
        }
    }

    /// The units of `scope` whose entry and bytes pass `include`, in order.
    func units(in scope: Scope, where include: (DocumentUnits.Entry, UnsafeBufferPointer<UInt8>) -> Bool) -> [TextUnit] {
        var chosen: [Int] = []
        forEachUnit(in: scope) { index, entry, bytes in
            if include(entry, bytes) { chosen.append(index) }
        }
        return chosen.map(units.unit)
    }
}
