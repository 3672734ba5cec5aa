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
            // A folder may hold thousands of plans: the extension is read off the name and the kind
            // of entry asked of `stat` directly, without Foundation's bridging on every name.
            for name in names.sorted() where extensions.contains(pathExtension(of: name)) {
                let full = base + name
                var status = stat()
                if stat(full, &status) == 0, status.st_mode & S_IFMT != S_IFDIR { result.append(full) }
            }
        }
        return result
    }

    /// `Plan.TXT` → `txt`; a name without a dot, or with only a leading one (`.md`), has none.
    static func pathExtension(of name: String) -> String {
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")), dot != name.utf8.startIndex else { return "" }
        return String(name[name.utf8.index(after: dot)...]).lowercased()
    }
}
