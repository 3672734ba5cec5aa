import Foundation
import ThiDuaCLI

exit(ThiDuaTool.run(Array(CommandLine.arguments.dropFirst()), console: .system()))
