import Foundation

/// Where a command reads and writes: the process's streams, or buffers in tests.
public final class Console {
    let writeOutput: (String) -> Void
    let writeError: (String) -> Void
    let readInput: () -> [UInt8]
    /// The environment (`COLUMNS` is read from it).
    public let environment: [String: String]

    /// Creates a console from closures.
    public init(
        environment: [String: String] = [:],
        readInput: @escaping () -> [UInt8] = { [] },
        writeOutput: @escaping (String) -> Void,
        writeError: @escaping (String) -> Void
    ) {
        self.environment = environment
        self.readInput = readInput
        self.writeOutput = writeOutput
        self.writeError = writeError
    }

    /// The process's standard streams and environment.
    public static func system() -> Console {
        let console = Console(
            environment: ProcessInfo.processInfo.environment,
            readInput: { [UInt8](FileHandle.standardInput.readDataToEndOfFile()) },
            writeOutput: { FileHandle.standardOutput.write(Data($0.utf8)) },
            writeError: { FileHandle.standardError.write(Data($0.utf8)) })
        console.errorIsTerminal = isatty(2) == 1
        return console
    }

    /// Writes data to standard output.
    func output(_ text: String) { writeOutput(text) }

    /// Writes one diagnostic line to standard error, prefixed with the tool's name.
    func error(_ message: String) { writeError("thidua: \(message)\n") }

    /// Whether standard error is a terminal (progress is shown only then).
    public var errorIsTerminal = false

    /// The terminal width: `COLUMNS` when it is a number, else 100.
    var width: Int {
        environment["COLUMNS"].flatMap(Int.init).flatMap { $0 > 0 ? $0 : nil } ?? 100
    }
}
