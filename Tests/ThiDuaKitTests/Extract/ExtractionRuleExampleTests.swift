import Testing
import ThiDuaKit

/// Every rule's examples, run as tests: the facts of the rule's fields, in order, with their lines.
@Suite struct ExtractionRuleExampleTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let rule: String
        let fields: [String]
        let example: ExtractionExample
        let index: Int
        var testDescription: String { "\(rule) example \(index + 1)" }
    }

    static let cases: [Case] = PlanExtractor.descriptions.flatMap { description in
        description.examples.enumerated().map { Case(rule: description.id, fields: description.fields, example: $1, index: $0) }
    }

    @Test(arguments: cases)
    func exampleGivesItsFacts(_ testCase: Case) {
        let document = Segmenter().segment(SourceText(text: testCase.example.text, path: "example.txt"))
        let record = PlanExtractor().extract(from: document)
        let facts = record.facts.filter { testCase.fields.contains($0.field) }.map(\.rendered)
        #expect(facts == testCase.example.facts)
    }

    @Test func everyRuleHasATriggeringAndANonTriggeringExample() {
        for description in PlanExtractor.descriptions {
            #expect(description.examples.contains { $0.triggers }, "\(description.id)")
            #expect(description.examples.contains { !$0.triggers }, "\(description.id)")
        }
    }

    @Test func ruleIDsAreUniqueAndFieldsDoNotOverlap() {
        let ids = PlanExtractor.descriptions.map(\.id)
        #expect(Set(ids).count == ids.count)
        let fields = PlanExtractor.descriptions.flatMap(\.fields)
        #expect(Set(fields).count == fields.count)
    }
}
