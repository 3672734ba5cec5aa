/// The states of a ``ByteAutomaton``: its cases in order, the first where it starts and the one it
/// accepts in.
protocol ByteAutomatonState: CaseIterable, RawRepresentable<Int> {
    /// The state no byte leaves.
    static var rejected: Self { get }
}

extension ByteAutomatonState {
    /// `state` when `byte` is in `range` and is none of `excluded`, else ``rejected``: the step that
    /// needs a byte of a range.
    static func to(_ state: Self, if byte: UInt8, in range: ClosedRange<UInt8>, unless excluded: [UInt8] = []) -> Self {
        range.contains(byte) && !excluded.contains(byte) ? state : .rejected
    }
}

/// A deterministic automaton over bytes, of at most ten states, run with no branch per byte (after
/// Per Vognsen's shift-based automata).
///
/// A state is the shift at which its next state stands in each byte's row, six bits a state, so one
/// step is a load and a shift. A rejected state is one no byte leaves: it is tested for once every 64
/// bytes, not at each.
struct ByteAutomaton: Sendable {
    /// For each byte, the next state from every state.
    private let rows: [UInt64]
    /// The rejected state's shift: once there, the automaton stays.
    private let rejectedShift: UInt64

    /// Builds the rows from `next`, which gives the next state from a state and a byte.
    init<State: ByteAutomatonState>(_: State.Type, next: (State, UInt8) -> State) {
        let states = Array(State.allCases)
        precondition(states.count <= 10, "six bits a state fill a row of 64 bits at ten states")
        precondition(states.map(\.rawValue) == Array(states.indices), "states are numbered from 0, in order")
        precondition((0...255).allSatisfy { next(.rejected, UInt8($0)) == .rejected }, "no byte leaves the rejected state")
        rejectedShift = UInt64(State.rejected.rawValue * 6)
        rows = (0...255).map { byte in
            states.reduce(UInt64(0)) { row, state in
                row | UInt64(next(state, UInt8(byte)).rawValue * 6) << UInt64(state.rawValue * 6)
            }
        }
    }

    /// Whether the automaton ends in its first state after reading `bytes`.
    ///
    /// (Passing over words of eight ASCII bytes at once cost more than it saved on the plans: in
    /// Vietnamese, few runs of eight bytes hold no letter with marks.)
    @inline(__always)
    func accepts(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let n = bytes.count
        var state: UInt64 = 0
        return rows.withUnsafeBufferPointer { rows in
            var i = 0
            // A shift takes the low six bits of the state: the row's bits above them come along and are
            // dropped by the mask at the end. Eight steps a round, unrolled; every 64 bytes, a test of
            // whether the bytes were rejected, so that a file that is not plain (CRLF, decomposed
            // letters) is not read to its end.
            while i + 64 <= n {
                for k in 0..<64 { state = rows[Int(base[i &+ k])] &>> state }
                i += 64
                if state & 63 == rejectedShift { return false }
            }
            while i + 8 <= n {
                for k in 0..<8 { state = rows[Int(base[i &+ k])] &>> state }
                i += 8
            }
            while i < n {
                state = rows[Int(base[i])] &>> state
                i += 1
            }
            return state & 63 == 0
        }
    }
}
