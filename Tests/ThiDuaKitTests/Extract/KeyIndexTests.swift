import Testing
import ThiDuaKit

@testable import ThiDuaExtract

/// A rule's list of keys answers the same whether it is searched as a list or, once long, hashed.
@Suite struct KeyIndexTests {
    @Test func valuesAreThoseFirstGivenBelowAndAboveTheListLimit() {
        // Vietnamese names and their numbers, each added twice, the second time with another value.
        let names = (0..<(3 * KeyIndex<ExactText, Int>.listLimit)).map { "Sở Nội vụ \($0)" }
        var index = KeyIndex<ExactText, Int>()
        var reference: [String: Int] = [:]
        for (position, name) in names.enumerated() {
            #expect(index[ExactText(name)] == nil)
            let added = index.insert(ExactText(name), position)
            reference[name] = position
            // Every name so far is found with its first value, the earliest too, as the index grows.
            let addedAgain = index.insert(ExactText(names[position / 2]), -1)
            #expect(added && !addedAgain)
            #expect(index[ExactText(names[0])] == 0 && index[ExactText(names[position / 2])] == position / 2)
        }
        for name in names { #expect(index[ExactText(name)] == reference[name], "\(name)") }
        #expect(index[ExactText("Sở Nội vụ")] == nil && index[ExactText("sở Nội vụ 1")] == nil)
    }

    @Test func aSetOfTextsAddsEachOnce() {
        var seen = KeyIndex<ExactText, Void>()
        let numbers = (0..<100).map { "\($0)/QĐ-UBND" }
        var firstTimes: [Bool] = [], secondTimes: [Bool] = []
        for number in numbers { firstTimes.append(seen.insert(ExactText(number))) }
        for number in numbers { secondTimes.append(seen.insert(ExactText(number))) }
        #expect(firstTimes == [Bool](repeating: true, count: numbers.count))
        #expect(secondTimes == [Bool](repeating: false, count: numbers.count))
        let added = seen.insert(ExactText("100/QĐ-UBND"))
        #expect(added)
    }
}
