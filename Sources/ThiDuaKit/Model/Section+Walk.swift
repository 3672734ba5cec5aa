/// Walking the section tree: the one traversal every stage uses.
extension Section {
    /// Visits this node and every descendant in document order (pre-order), with its depth.
    ///
    /// - Parameter visit: Called with each node and its depth (this node is depth 0). Return
    ///   `false` to skip the node's children.
    public func walk(_ visit: (Section, Int) throws -> Bool) rethrows {
        try walk(depth: 0, visit)
    }

    private func walk(depth: Int, _ visit: (Section, Int) throws -> Bool) rethrows {
        guard try visit(self, depth) else { return }
        for child in children { try child.walk(depth: depth + 1, visit) }
    }

    /// Every node of the tree in document order, this one first.
    public var allNodes: [Section] {
        var nodes: [Section] = []
        walk { node, _ in
            nodes.append(node)
            return true
        }
        return nodes
    }

    /// The first node (this one included) that satisfies `predicate`, in document order.
    public func first(where predicate: (Section) -> Bool) -> Section? {
        // `found == nil` would compare two optional sections (they are `Equatable`); a flag is plainer.
        var found: Section?
        var searching = true
        walk { node, _ in
            if searching, predicate(node) {
                found = node
                searching = false
            }
            return searching
        }
        return found
    }
}
