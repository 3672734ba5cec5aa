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
        // Room for the lines of the identity and movement fields the rules fill, so the table does
        // not grow field by field (a plan fills about a dozen).
        record.lines.reserveCapacity(16)
        for rule in Self.rules { rule.apply(context, to: &record) }
        return record
    }

    /// The records of a run of documents, with blanks filled from citations between them.
    ///
    /// - Returns: One record per document, in the order given.
    public func extract(from documents: [SegmentedDocument]) -> [PlanRecord] {
        resolve(documents.map(extract(from:)), numberCodes: documents.map(Self.numberCode(of:)))
    }

    /// The code of the number printed in a document's header (`QĐ-UBND`), even when the number is blank.
    ///
    /// Keep it beside the record when documents are extracted one by one (in parallel, dropping each
    /// text once done) and resolved afterwards with ``resolve(_:numberCodes:)``.
    public static func numberCode(of document: SegmentedDocument) -> String? {
        RunResolver.numberCode(of: document)
    }

    /// Fills blanks across a run: see ``extract(from:)-([SegmentedDocument])``.
    ///
    /// - Parameters:
    ///   - records: The records of the run, in order.
    ///   - numberCodes: Each record's ``numberCode(of:)``, aligned with `records`.
    public func resolve(_ records: consuming [PlanRecord], numberCodes: [String?]) -> [PlanRecord] {
        RunResolver.resolve(records, numberCodes: numberCodes)
    }
}
