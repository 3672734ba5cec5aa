import ThiDuaExtract
import ThiDuaIngest
import ThiDuaModel

/// Lints a plan: the checking stage of the pipeline.
public struct Checker: Sendable {
    /// Which rules run.
    public struct Configuration: Sendable, Hashable {
        /// Rule ids not to run.
        public var disabled: Set<String>

        public init(disabled: Set<String> = []) {
            self.disabled = disabled
        }
    }

    /// Every rule, sorted by id: one explicit registry.
    static let rules: [any CheckRule] = {
        let all: [any CheckRule] = [
            DateBlankRule(), DateMalformedRule(), DeadlineAfterPeriodRule(), DeadlineBeforeIssueRule(), InvalidSyllableRule(),
            MissingSectionRule(), MovementNameInconsistentRule(), NumberBlankRule(), NumberMismatchRule(), NumberingDuplicateRule(),
            NumberingOrderRule(), NumberingSkipRule(), ParentAwardMismatchRule(), ParentDeadlineLaterRule(),
            ParentDeadlineMissingRule(), ParentPhaseOutsideRule(), PeerAwardMissingRule(), PeerDeadlineMissingRule(),
            PhaseGapRule(), PhaseOutsidePeriodRule(), PhaseOverlapRule(), ReferenceDateConflictRule(), ReferenceMalformedRule(),
            RepeatedWordRule(), TypoRule(),
        ]
        return all.sorted { type(of: $0).description.id < type(of: $1).description.id }
    }()

    /// The descriptions of every rule, sorted by id.
    public static var descriptions: [CheckRuleDescription] { rules.map { type(of: $0).description } }

    public var configuration: Configuration

    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
    }

    /// The findings for one plan, ordered by line, column and rule.
    public func check(_ context: CheckContext) -> [Finding] {
        Self.rules
            .filter { !configuration.disabled.contains(type(of: $0).description.id) }
            .flatMap { $0.check(context) }
            .sorted { ($0.line, $0.column, $0.rule) < ($1.line, $1.column, $1.rule) }
    }
}
