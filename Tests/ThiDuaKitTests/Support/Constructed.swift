import ThiDuaKit

/// Plans written in a test, read as a file of theirs would be.
enum Constructed {
    /// `text` segmented, as the file at `path` would be.
    static func document(_ text: String, path: String = "constructed.txt") -> SegmentedDocument {
        Segmenter().segment(SourceText(text: text, path: path))
    }

    /// The record of `text`, as of the file at `path`.
    static func record(_ text: String, path: String = "constructed.txt") -> PlanRecord {
        PlanExtractor().extract(from: document(text, path: path))
    }
}
