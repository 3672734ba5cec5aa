import ThiDuaModel

/// Maps segmented documents to the common schema: the third stage of the pipeline.
///
/// Extraction is total: unknown wording yields no value rather than a wrong one.
public struct PlanExtractor: Sendable {
    /// Every rule, in the order they run (later rules may read what earlier ones found).
    static let rules: [any ExtractionRule] = [
        IdentityRule(), SignerRule(), LegalBasisRule(), PhaseRule(), MovementRule(), AwardRule(), DeadlineRule(),
        AgencyRule(), TargetRule(),
    ]

    /// The descriptions of every rule, in the order they run.
    public static var descriptions: [ExtractionRuleDescription] {
        rules.map { type(of: $0).description }
    }

    /// Creates an extractor.
    public init() {}

    /// The record of one document.
    public func extract(from document: SegmentedDocument) -> PlanRecord {
        let context = ExtractionContext(document: document)
        var record = PlanRecord(id: document.id, source: document.source)
        for rule in Self.rules { rule.apply(context, to: &record) }
        return record
    }

    /// The records of a run of documents, with blanks filled from citations between them.
    ///
    /// - Returns: One record per document, in the order given.
    public func extract(from documents: [SegmentedDocument]) -> [PlanRecord] {
        RunResolver.resolve(documents.map(extract(from:)), documents)
    }
}
