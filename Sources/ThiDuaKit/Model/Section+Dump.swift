/// A stable, line-per-node text rendering of the tree, for tests and debugging.
extension Section {
    /// Renders the tree one node per line, indented two spaces a level.
    ///
    /// A node line reads `kind label "title" lines`; with `paragraphs`, each body paragraph follows
    /// as `¶ role lines "text"`. Texts are cut to `textLimit` characters.
    ///
    /// - Parameters:
    ///   - paragraphs: Whether to list body paragraphs.
    ///   - maxDepth: How deep to go below this node (`nil`: all the way).
    ///   - textLimit: How many characters of a title or paragraph to show.
    public func dump(paragraphs: Bool = false, maxDepth: Int? = nil, textLimit: Int = 40) -> String {
        var lines: [String] = []
        walk { node, depth in
            let indent = String(repeating: "  ", count: depth)
            var line = indent + node.kind.rawValue
            if let label = node.label { line += " " + label }
            if let title = node.title { line += " \"" + Section.cut(title, textLimit) + "\"" }
            line += " " + node.lines.description
            lines.append(line)
            if paragraphs {
                for paragraph in node.body {
                    lines.append(
                        indent + "  ¶ \(paragraph.role.rawValue) \(paragraph.lines) \"\(Section.cut(paragraph.text, textLimit))\"")
                }
            }
            return maxDepth.map { depth < $0 } ?? true
        }
        return lines.joined(separator: "\n")
    }

    private static func cut(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit)) + "…"
    }
}
