import Dispatch
import Synchronization

/// Independent work on several threads, for the stages and the command line: each index is taken
/// once, by whichever thread is free, and the call returns when every index is done.
public enum Parallel {
    /// Calls `work` with every index in `0..<count` on up to `jobs` threads (on the caller's thread
    /// alone when `jobs` or `count` is 1 or less).
    public static func forEach(count: Int, jobs: Int, _ work: @Sendable (Int) -> Void) {
        guard count > 0 else { return }
        guard jobs > 1, count > 1 else {
            for index in 0..<count { work(index) }
            return
        }
        let next = Counter()
        DispatchQueue.concurrentPerform(iterations: min(jobs, count)) { _ in
            while true {
                let index = next.take()
                guard index < count else { return }
                work(index)
            }
        }
    }

    /// `work` applied to every index in `0..<count` on up to `jobs` threads, the results in index order.
    public static func map<T: Sendable>(count: Int, jobs: Int, _ work: @Sendable (Int) -> T) -> [T] {
        guard jobs > 1, count > 1 else { return (0..<count).map(work) }
        // Each index writes only its own slot, and the slots are read once every index is done.
        nonisolated(unsafe) let slots = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        slots.initialize(repeating: nil)
        defer {
            slots.deinitialize()
            slots.deallocate()
        }
        forEach(count: count, jobs: jobs) { index in slots[index] = work(index) }
        return slots.map { $0! }
    }

    /// The next index to take, shared by the threads.
    private final class Counter: Sendable {
        private let value = Atomic<Int>(0)

        func take() -> Int {
            value.wrappingAdd(1, ordering: .relaxed).oldValue
        }
    }
}
