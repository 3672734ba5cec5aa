import ThiDuaModel
import VietText

/// Reads the agencies the plan assigns, with their roles and tasks.
struct AgencyRule: ExtractionRule {
    static let description = ExtractionRuleDescription(
        id: "agencies",
        summary: "Agencies named in the organisation of implementation, with roles (lead, standing, coordinate …) and tasks.",
        rationale: """
            The part on organisation (`TỔ CHỨC THỰC HIỆN`, `Trách nhiệm thực hiện`) gives each agency a
            heading (`1. Sở Khoa học và Công nghệ (cơ quan Thường trực ...)`, `đ) Sở Nội vụ`). An agency is a
            registered one (abbreviations included) or has an agency's shape (`Sở …`, `Ban …`, `Báo …`);
            groups (`Các cơ quan, đơn vị …`) are not agencies. Roles come from the verbs of its tasks, in the
            order they first appear: `cơ quan thường trực` standing, `chủ trì` lead, `phối hợp` coordinate,
            `tham mưu` advise, `thẩm định` appraise, `tổng hợp`/`báo cáo` report.
            """,
        fields: ["agency"],
        examples: [
            ExtractionExample(
                "KẾ HOẠCH\n\nV. TỔ CHỨC THỰC HIỆN\n\n1. Sở Khoa học và Công nghệ (cơ quan Thường trực của Phong trào thi đua)\n\n- Chủ trì, phối hợp với Sở Nội vụ đề xuất khen thưởng.\n\n2. Đề nghị Ủy ban Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tỉnh\n\nTuyên truyền, vận động.\n\n3. Các cơ quan, đơn vị\n\nXây dựng kế hoạch.\n",
                facts: [
                    "agency=Sở Khoa học và Công nghệ (roles=standing,lead,coordinate) @5",
                    "agency=Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh (roles=communicate) @9",
                ]),
            ExtractionExample(
                "KẾ HOẠCH\n\nI. MỤC ĐÍCH\n\n1. Sở Nội vụ\n\nChủ trì.\n", facts: []),
        ])

    static let roleWords: [(String, AgencyRole)] = [
        ("cơ quan thường trực", .standing), ("thường trực của phong trào", .standing), ("chủ trì", .lead),
        ("phối hợp", .coordinate), ("tham mưu", .advise), ("thẩm định", .appraise), ("tổng hợp", .report),
        ("báo cáo", .report), ("hướng dẫn", .guide), ("kiểm tra", .monitor), ("theo dõi", .monitor),
        ("giám sát", .monitor), ("đôn đốc", .monitor), ("tuyên truyền", .communicate),
    ]

    private static let roleWordBytes = roleWords.map { (BytePattern($0.0), $0.1) }

    /// Bytes every organisation heading holds in one case or the other: a cheap test before its key.
    private static let headingCues = ["hiện", "HIỆN", "nhiệm", "NHIỆM"]

    func apply(_ context: ExtractionContext, to record: inout PlanRecord) {
        let units = context.units, nodes = units.nodes
        guard let plan = nodes.part(.plan) else { return }
        let sections = (plan..<nodes.subtreeEnds[plan]).filter { Self.isOrganisationHeading(nodes.nodes[$0]) }
        // Nodes already read as part of an agency's subtree.
        var read = [Bool](repeating: false, count: nodes.nodes.count)
        // Where each agency listed stands, by name: the list searched once per heading made a plan of
        // tens of thousands of headings take minutes.
        var positions = KeyIndex<ExactText, Int>()
        for (position, agency) in record.agencies.enumerated() { positions.insert(ExactText(agency.name), position) }
        for section in sections {
            // Agencies head numbered items (`1. Sở ...`, `đ) Sở Nội vụ`), never bullets.
            for index in (section + 1)..<nodes.subtreeEnds[section] where !read[index] {
                let node = nodes.nodes[index]
                guard node.kind != .bullet, let title = node.title, let (name, id) = Self.agency(in: title) else { continue }
                let subtree = index..<nodes.subtreeEnds[index]
                var tasks: [String] = []
                for descendant in subtree {
                    read[descendant] = true
                    tasks += nodes.nodes[descendant].body.map(\.text)
                }
                let assignment = AgencyAssignment(
                    name: name, agencyID: id, roles: Self.roles(in: units, ofSubtree: index), tasks: tasks,
                    line: node.headingLineSpans.first?.line ?? node.lines.first)
                if let existing = positions[ExactText(name)] {
                    for role in assignment.roles where !record.agencies[existing].roles.contains(role) {
                        record.agencies[existing].roles.append(role)
                    }
                    record.agencies[existing].tasks += tasks
                } else {
                    positions.insert(ExactText(name), record.agencies.count)
                    record.agencies.append(assignment)
                }
            }
        }
    }

    /// Whether `node` is a part or clause on the organisation of implementation.
    private static func isOrganisationHeading(_ node: Section) -> Bool {
        guard node.kind == .part || node.kind == .clause, let title = node.title,
            headingCues.contains(where: { title.containsBytes($0) })
        else { return false }
        let key = MatchingKey(title).value
        return key.containsBytes("tổ chức thực hiện") || key.containsBytes("trách nhiệm")
    }

    /// Words that ask an agency to act, before its name (`Đề nghị Ủy ban ...`).
    private static let requestWords = ["Đề nghị ", "Giao "]
    /// What follows an agency's name in a heading: the groups with it, a note, a colon.
    private static let nameEnds = [" và các ", ", các ", " (", ":"].map(BytePattern.init)
    private static let trimmedAroundName: TrimmedCharacters = [" ", ",", ";"]

    /// The agency a heading names, canonical when registered: `Đề nghị Ủy ban Mặt trận Tổ quốc và các
    /// tổ chức ...` → the Fatherland Front.
    static func agency(in title: String) -> (String, String?)? {
        var printed = title
        for prefix in requestWords where printed.startsWithBytes(prefix) { printed = String(printed.dropFirst(prefix.count)) }
        // The name ends at the first of these; each is sought in what the ones before it left.
        let end = printed.withUTF8 { bytes in
            nameEnds.reduce(bytes.count) { end, separator in
                ByteScan.firstIndex(of: separator, in: UnsafeBufferPointer(rebasing: bytes[..<end]), from: 0) ?? end
            }
        }
        if end < printed.utf8.count { printed = printed.slice(utf8: 0..<end) }
        printed = printed.trimming(Self.trimmedAroundName)
        if let agency = Agencies.agency(named: printed) { return (agency.name, agency.id) }
        guard Agencies.hasAgencyShape(printed) else { return nil }
        return (printed, nil)
    }

    /// The roles the words of the text of node `node` and its descendants give, in the order they
    /// first appear.
    static func roles(in units: DocumentUnits, ofSubtree node: Int) -> [AgencyRole] {
        let lower = units.lowercasedText(ofSubtree: node)
        var found: [(Int, AgencyRole)] = []
        lower.withUnsafeBufferPointer { lower in
            for (word, role) in roleWordBytes {
                guard let offset = ByteScan.firstIndex(of: word, in: lower, from: 0) else { continue }
                if let index = found.firstIndex(where: { $0.1 == role }) {
                    found[index].0 = min(found[index].0, offset)
                } else {
                    found.append((offset, role))
                }
            }
        }
        return found.sorted { $0.0 < $1.0 }.map(\.1)
    }
}
