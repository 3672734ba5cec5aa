/// A deterministic automaton over bytes, of at most ten states, run with no branch per byte (after
/// Per Vognsen's shift-based automata).
///
/// A state is the shift at which its next state stands in each byte's row, six bits a state, so one
/// step is a load and a shift. State 0 is where the automaton starts and the one it accepts in; a
/// reject state is one no byte leaves, so the bytes are read to the end, never tested on the way.
struct ByteAutomaton: Sendable {
    /// For each byte, the next state from every state.
    private let rows: [UInt64]

    /// Builds the rows from `next`, which gives the next state (an index below `states`) from a state
    /// and a byte.
    init(states: Int, next: (_ state: Int, _ byte: UInt8) -> Int) {
        precondition(states <= 10, "six bits a state fill a row of 64 bits at ten states")
        rows = (0...255).map { byte in
            (0..<states).reduce(UInt64(0)) { row, state in
                let target = next(state, UInt8(byte))
                precondition(target < states)
                return row | UInt64(target * 6) << UInt64(state * 6)
            }
        }
    }

    /// Whether the automaton ends in state 0 after reading `bytes`.
    ///
    /// (Passing over words of eight ASCII bytes at once cost more than it saved, even on ASCII-heavy
    /// text: in Vietnamese, few words of eight bytes hold no letter with marks.)
    @inline(__always)
    func accepts(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let n = bytes.count
        var state: UInt64 = 0
        rows.withUnsafeBufferPointer { rows in
            var i = 0
            // A shift takes the low six bits of the state: the row's bits above them come along and are
            // dropped by the mask at the end. Eight steps a round, unrolled.
            while i + 8 <= n {
                for k in 0..<8 { state = rows[Int(base[i &+ k])] &>> state }
                i += 8
            }
            while i < n {
                state = rows[Int(base[i])] &>> state
                i += 1
            }
        }
        return state & 63 == 0
    }
}
