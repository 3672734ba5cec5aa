import Testing
import ThiDuaKit

/// Every rule's examples, run as tests: each rule alone, on its examples.
@Suite struct CheckRuleExampleTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let rule: String
        let example: CheckExample
        let triggers: Bool
        let index: Int
        var testDescription: String { "\(rule) \(triggers ? "triggers" : "does not trigger") \(index + 1)" }
    }

    static let cases: [Case] = Checker.descriptions.flatMap { description in
        description.triggering.enumerated().map { Case(rule: description.id, example: $1, triggers: true, index: $0) }
            + description.nonTriggering.enumerated().map { Case(rule: description.id, example: $1, triggers: false, index: $0) }
    }

    @Test(arguments: cases)
    func example(_ testCase: Case) {
        let source = SourceText(text: testCase.example.text, path: "draft.txt")
        let document = Segmenter().segment(source)
        let context = CheckContext(
            source: source, document: document, record: PlanExtractor().extract(from: document),
            parent: testCase.example.parent.map { Constructed.record($0, path: "parent.txt") },
            peers: testCase.example.peers.enumerated().map { Constructed.record($1, path: "peer-\($0).txt") })
        let others = Set(Checker.descriptions.map(\.id)).subtracting([testCase.rule])
        let findings = Checker(configuration: .init(disabled: others)).check(context)
        #expect(findings.map(\.line) == testCase.example.lines)
        #expect(findings.allSatisfy { $0.rule == testCase.rule && !$0.message.en.isEmpty && !$0.message.vi.isEmpty })
        #expect(testCase.triggers == !testCase.example.lines.isEmpty)
    }

    @Test func everyRuleHasBothKindsOfExampleAndIdsAreUniqueAndSorted() {
        let ids = Checker.descriptions.map(\.id)
        #expect(ids == ids.sorted())
        #expect(Set(ids).count == ids.count)
        for description in Checker.descriptions {
            #expect(!description.triggering.isEmpty, "\(description.id) has no triggering example")
            #expect(!description.nonTriggering.isEmpty, "\(description.id) has no non-triggering example")
        }
        for required in [
            "number-blank", "date-blank", "number-mismatch", "date-malformed", "phase-overlap", "phase-gap", "phase-outside-period",
            "numbering-duplicate", "numbering-skip", "numbering-order", "movement-name-inconsistent", "reference-malformed",
            "reference-date-conflict", "invalid-syllable", "typo", "repeated-word", "deadline-before-issue", "deadline-after-period",
            "missing-section", "parent-phase-outside", "parent-award-mismatch", "parent-deadline-later", "parent-deadline-missing",
        ] {
            #expect(ids.contains(required), "missing rule \(required)")
        }
        #expect(ids.contains { $0.hasPrefix("peer-") })
    }
}
