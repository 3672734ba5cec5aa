import ThiDuaKit

/// Reads and segments the inputs of a command, reporting each bad one on stderr and going on.
struct DocumentReader {
    let console: Console
    var ingester = Ingester()
    var segmenter = Segmenter()

    /// A document that was read and segmented.
    struct Loaded {
        var source: SourceText
        var document: SegmentedDocument
    }

    /// Reads every path (folders expanded); returns what could be read and whether anything failed.
    ///
    /// A folder that holds no `.txt` or `.md` file is itself reported, so nothing is silently empty.
    func read(_ paths: [String]) -> (documents: [Loaded], failed: Bool) {
        var documents: [Loaded] = []
        var failed = false
        for path in paths {
            let files = InputFiles.expand([path])
            if files.isEmpty {
                console.error("\(path): folder holds no .txt or .md files")
                failed = true
            }
            for file in files {
                do {
                    let source = try file == "-"
                        ? ingester.ingest(bytes: console.readInput(), path: "-")
                        : ingester.ingest(path: file)
                    let document = segmenter.segment(source)
                    guard document.hasRecognisableStructure else {
                        console.error(
                            "\(file): no recognisable plan structure (no QUYẾT ĐỊNH or KẾ HOẠCH heading, no numbered sections)")
                        failed = true
                        continue
                    }
                    documents.append(Loaded(source: source, document: document))
                } catch {
                    console.error(error.description)
                    failed = true
                }
            }
        }
        return (documents, failed)
    }
}
