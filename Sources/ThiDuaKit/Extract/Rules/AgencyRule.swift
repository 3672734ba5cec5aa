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
        guard let plan = context.document.part(.plan) else { return }
        var sections: [Section] = []
        plan.walk { node, _ in
            if node.kind == .part || node.kind == .clause, let title = node.title, Self.headingCues.contains(where: { title.containsBytes($0) }) {
                let key = MatchingKey(title).value
                if key.containsBytes("tổ chức thực hiện") || key.containsBytes("trách nhiệm") { sections.append(node) }
            }
            return true
        }
        // Nodes already read as part of an agency's subtree, by where their heading stands.
        var seen = Set<LineSpan>()
        for section in sections {
            // Agencies head numbered items (`1. Sở ...`, `đ) Sở Nội vụ`), never bullets.
            section.walk { node, depth in
                guard depth > 0, node.kind != .bullet else { return true }
                if let heading = node.headingSpans.first, seen.contains(heading) { return true }
                guard let title = node.title, let (name, id) = Self.agency(in: title) else { return true }
                var tasks: [String] = []
                node.walk { descendant, _ in
                    if let heading = descendant.headingSpans.first { seen.insert(heading) }
                    tasks += descendant.body.map(\.text)
                    return true
                }
                let assignment = AgencyAssignment(
                    name: name, agencyID: id, roles: Self.roles(in: PhaseRule.text(of: node)), tasks: tasks,
                    line: node.headingSpans.first?.line ?? node.lines.first)
                if let index = record.agencies.firstIndex(where: { $0.name == name }) {
                    for role in assignment.roles where !record.agencies[index].roles.contains(role) {
                        record.agencies[index].roles.append(role)
                    }
                    record.agencies[index].tasks += tasks
                } else {
                    record.agencies.append(assignment)
                }
                return true
            }
        }
    }

    /// Words that ask an agency to act, before its name (`Đề nghị Ủy ban ...`).
    private static let requestWords = ["Đề nghị ", "Giao "]
    /// What follows an agency's name in a heading: the groups with it, a note, a colon.
    private static let nameEnds = [" và các ", ", các ", " (", ":"].map(BytePattern.init)
    private static let trimmedAroundName: Set<Character> = [" ", ",", ";"]

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
        if end < printed.utf8.count { printed = String(printed[..<printed.utf8.index(printed.utf8.startIndex, offsetBy: end)]) }
        printed = printed.trimming(Self.trimmedAroundName)
        if let agency = Agencies.agency(named: printed) { return (agency.name, agency.id) }
        guard Agencies.hasAgencyShape(printed) else { return nil }
        return (printed, nil)
    }

    /// The roles the words of `text` give, in the order they first appear.
    static func roles(in text: String) -> [AgencyRole] {
        let lower = LatinCase.lowercasedUTF8(text)
        var found: [(Int, AgencyRole)] = []
        for (word, role) in roleWordBytes {
            guard let offset = lower.withUnsafeBufferPointer({ ByteScan.firstIndex(of: word, in: $0, from: 0) }) else { continue }
            if let index = found.firstIndex(where: { $0.1 == role }) {
                found[index].0 = min(found[index].0, offset)
            } else {
                found.append((offset, role))
            }
        }
        return found.sorted { $0.0 < $1.0 }.map(\.1)
    }
}
