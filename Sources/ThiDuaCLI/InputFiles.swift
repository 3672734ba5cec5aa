import Foundation

/// Turns the paths a user gave into the list of documents to read.
enum InputFiles {
    /// The extensions read from a folder.
    static let extensions: Set<String> = ["txt", "md"]

    /// Expands folders into their `.txt` and `.md` files in name order; files and `-` stay as given,
    /// and so do paths that do not exist (reading them reports the problem).
    static func expand(_ paths: [String]) -> [String] {
        var result: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
                isDirectory.boolValue
            else {
                result.append(path)
                continue
            }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            let base = path.hasSuffix("/") ? path : path + "/"
            for name in names.sorted() where extensions.contains((name as NSString).pathExtension.lowercased()) {
                var isSubdirectory: ObjCBool = false
                let full = base + name
                if FileManager.default.fileExists(atPath: full, isDirectory: &isSubdirectory), !isSubdirectory.boolValue {
                    result.append(full)
                }
            }
        }
        return result
    }
}
