import Synchronization
import Testing
import ThiDuaKit

@Suite struct ParallelTests {
    @Test func everyIndexRunsOnceOnAnyNumberOfThreads() {
        for jobs in [1, 2, 7] {
            let runs = Mutex([Int](repeating: 0, count: 100))
            Parallel.forEach(count: 100, jobs: jobs) { index in runs.withLock { $0[index] += 1 } }
            #expect(runs.withLock { $0 } == [Int](repeating: 1, count: 100), "jobs \(jobs)")
        }
        Parallel.forEach(count: 0, jobs: 4) { _ in Issue.record("no index to run") }
    }

    @Test func resultsComeInIndexOrder() {
        for jobs in [1, 3] {
            #expect(Parallel.map(count: 50, jobs: jobs) { $0 * $0 } == (0..<50).map { $0 * $0 })
        }
        #expect(Parallel.map(count: 0, jobs: 2) { $0 }.isEmpty)
    }
}
