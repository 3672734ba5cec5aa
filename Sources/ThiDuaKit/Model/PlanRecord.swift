/// One plan (or decision with its plan) as one typed record: the common schema.
///
/// Every value carries the line it came from; what the text does not say stays `nil` or empty.
/// The JSON names are a contract (schema version 1): fields may be added, none renamed.
public struct PlanRecord: Hashable, Sendable, Codable {
    /// The file name without extension.
    public var id: String
    /// The path as given.
    public var source: String
    /// The province, canonical with diacritics (`Lâm Đồng`).
    @ExplicitNull public var province: String?
    /// The issuing body (`Ủy ban nhân dân tỉnh Sơn La`).
    @ExplicitNull public var issuer: String?
    /// Whether the issuer is the province itself or an agency under it.
    @ExplicitNull public var issuerLevel: IssuerLevel?
    /// What the document holds: a decision, a plan, or both.
    public var kinds: [DocumentKind]
    /// The document number (`2037/QĐ-UBND`), `nil` when the draft leaves it blank.
    @ExplicitNull public var number: String?
    /// The number of the decision the plan says it is attached to (*Kèm theo Quyết định số ...*).
    @ExplicitNull public var attachedTo: String?
    /// The issue date, ISO 8601, partial when the draft leaves day or month blank (`2026`).
    @ExplicitNull public var issued: String?
    /// The lines that hold the identity fields, by field name (`number`, `issued`, `province`, …).
    public var lines: [String: Int]
    /// Blank fields filled from another document of the same run that cites this one.
    public var resolved: [Resolution]
    /// Who signed.
    @ExplicitNull public var signer: Signer?
    /// The movement the plan runs.
    @ExplicitNull public var movement: Movement?
    /// Every document cited as a basis (*Căn cứ*, *Thực hiện*, *Theo đề nghị*).
    public var legalBases: [LegalBasis]
    /// The phases (*giai đoạn*), with their reviews.
    public var phases: [Phase]
    /// Award forms by occasion.
    public var awards: [Award]
    /// Deadlines: what is due by when.
    public var deadlines: [Deadline]
    /// Agencies and their roles.
    public var agencies: [AgencyAssignment]
    /// Quantitative targets (*chỉ tiêu*).
    public var targets: [Target]

    /// Creates an empty record for a document.
    public init(id: String, source: String) {
        self.id = id
        self.source = source
        kinds = []
        lines = [:]
        resolved = []
        legalBases = []
        phases = []
        awards = []
        deadlines = []
        agencies = []
        targets = []
    }


}

/// Whether a document is issued by the province or by an agency under it.
public enum IssuerLevel: String, Hashable, Sendable, Codable {
    /// The provincial People's Committee or its chair.
    case province
    /// A department, office or other agency (*Văn phòng UBND tỉnh*, *Sở ...*).
    case agency
}

/// The kinds of administrative document a file holds.
public enum DocumentKind: String, Hashable, Sendable, Codable {
    /// A decision (*Quyết định*).
    case decision
    /// A plan (*Kế hoạch*).
    case plan
}

/// A blank field filled from another document of the same run.
public struct Resolution: Hashable, Sendable, Codable {
    /// The field filled (`number`, `issued`).
    public var field: String
    /// The value filled in.
    public var value: String
    /// The id of the document that cites this one.
    public var citedBy: String
    /// The line of the citing document that holds the citation.
    public var line: Int

    public init(field: String, value: String, citedBy: String, line: Int) {
        self.field = field
        self.value = value
        self.citedBy = citedBy
        self.line = line
    }
}

/// The signer of a document.
public struct Signer: Hashable, Sendable, Codable {
    /// The name as printed (`Nguyễn Đình Việt`).
    @ExplicitNull public var name: String?
    /// The title (`Phó Chủ tịch`).
    @ExplicitNull public var title: String?
    /// The capacity the signature is given in (`KT. Chủ tịch`; `TM. Ủy ban nhân dân; KT. Chủ tịch`).
    @ExplicitNull public var capacity: String?
    /// The line of the name (or of the title when there is no name).
    public var line: Int

    public init(name: String?, title: String?, capacity: String?, line: Int) {
        self.name = name
        self.title = title
        self.capacity = capacity
        self.line = line
    }
}

/// The movement (*phong trào thi đua*) a plan runs.
public struct Movement: Hashable, Sendable, Codable {
    /// The name as quoted (`Đổi mới sáng tạo và chuyển đổi số`).
    @ExplicitNull public var name: String?
    /// The first year of the period.
    @ExplicitNull public var from: Int?
    /// The last year of the period.
    @ExplicitNull public var to: Int?
    /// The period with months when the text gives them (`2024-06/2025-10`).
    @ExplicitNull public var period: String?
    /// The number of the national decision the plan implements (`923/QĐ-TTg`).
    @ExplicitNull public var nationalDecision: String?
    /// The line of the name.
    public var line: Int

    public init(name: String?, from: Int?, to: Int?, period: String?, nationalDecision: String?, line: Int) {
        self.name = name
        self.from = from
        self.to = to
        self.period = period
        self.nationalDecision = nationalDecision
        self.line = line
    }
}

/// A document cited as a basis.
public struct LegalBasis: Hashable, Sendable, Codable {
    /// The kind as printed (`Quyết định`, `Nghị định`, `Luật`, `Kế hoạch hành động`).
    public var kind: String
    /// The number as printed (`923/QĐ-TTg`), `nil` for laws cited by name.
    @ExplicitNull public var number: String?
    /// The name, for laws (`Luật Thi đua, khen thưởng`).
    @ExplicitNull public var name: String?
    /// The date, ISO 8601 (partial when the text gives only a year).
    @ExplicitNull public var date: String?
    /// Who issued it (`Thủ tướng Chính phủ`).
    @ExplicitNull public var issuer: String?
    /// What the citing text says the document is about (`về ban hành Kế hoạch ...`).
    @ExplicitNull public var subject: String?
    /// The line of the citation.
    public var line: Int

    public init(kind: String, number: String?, name: String?, date: String?, issuer: String?, subject: String? = nil, line: Int) {
        self.kind = kind
        self.number = number
        self.name = name
        self.date = date
        self.issuer = issuer
        self.subject = subject
        self.line = line
    }
}

/// A review of the movement.
public enum ReviewKind: String, Hashable, Sendable, Codable {
    /// Mid-term review (*sơ kết*).
    case preliminary
    /// Final review (*tổng kết*).
    case final
}

/// A phase (*giai đoạn*) of the movement.
public struct Phase: Hashable, Sendable, Codable {
    /// The review that closes a phase, and when.
    public struct Review: Hashable, Sendable, Codable {
        /// Mid-term or final.
        public var kind: ReviewKind
        /// When: a year, quarter or month in the deadline shapes (`2027`, `2027-Q4`).
        @ExplicitNull public var when: String?

        public init(kind: ReviewKind, when: String?) {
            self.kind = kind
            self.when = when
        }
    }

    /// The label as printed (`Giai đoạn I`, `Giai đoạn 1`).
    public var label: String
    /// The first year.
    public var from: Int
    /// The last year.
    public var to: Int
    /// The review at the end of the phase, when the text names one.
    @ExplicitNull public var review: Review?
    /// The line of the label.
    public var line: Int

    public init(label: String, from: Int, to: Int, review: Review?, line: Int) {
        self.label = label
        self.from = from
        self.to = to
        self.review = review
        self.line = line
    }
}

/// The occasion an award is given at.
public enum AwardOccasion: String, Hashable, Sendable, Codable, CaseIterable {
    /// Yearly (*hằng năm*).
    case annual
    /// At the mid-term review (*sơ kết*).
    case preliminary
    /// At the final review (*tổng kết*).
    case final
    /// Ad hoc (*đột xuất*).
    case adHoc = "ad-hoc"
    /// The text does not say.
    case unspecified
}

/// An award form offered at an occasion.
public struct Award: Hashable, Sendable, Codable {
    /// The canonical form (`Bằng khen của Thủ tướng Chính phủ`).
    public var form: String
    /// The registry id of the form (`pm-certificate`).
    public var formID: String
    /// The tier of the form.
    @ExplicitNull public var tier: AwardTier?
    /// The occasion.
    public var occasion: AwardOccasion
    /// Who grants it, for *Giấy khen* (`Chánh Văn phòng UBND tỉnh`).
    @ExplicitNull public var grantor: String?
    /// The line of the mention.
    public var line: Int

    public init(form: String, formID: String, tier: AwardTier?, occasion: AwardOccasion, grantor: String?, line: Int) {
        self.form = form
        self.formID = formID
        self.tier = tier
        self.occasion = occasion
        self.grantor = grantor
        self.line = line
    }
}

/// The shape of a deadline's value.
public enum DeadlineKind: String, Hashable, Sendable, Codable {
    /// A day: `YYYY-MM-DD`.
    case date
    /// A month: `YYYY-MM`.
    case month
    /// A quarter: `YYYY-Qn`.
    case quarter
    /// A year: `YYYY`.
    case year
    /// Every year on a day: `--MM-DD`.
    case annual
    /// A duration from an event: ISO 8601 (`P15D`).
    case relative
    /// From one month or year to another: `YYYY-MM/YYYY-MM` or `YYYY/YYYY`.
    case range
}

/// What a deadline is for.
public enum DeadlinePurpose: String, Hashable, Sendable, Codable, CaseIterable {
    /// A unit's own implementation plan is due.
    case implementationPlan = "implementation-plan"
    /// A report is due.
    case report
    /// Award nominations are due.
    case awardNomination = "award-nomination"
    /// A review is held.
    case review
    /// Anything else.
    case other
}

/// A deadline: what is due by when.
public struct Deadline: Hashable, Sendable, Codable {
    /// The deadline as written (`trước ngày 30/5/2026`).
    public var text: String
    /// The shape of the value.
    public var kind: DeadlineKind
    /// The normalised value in the shape of `kind`.
    public var value: String
    /// What is due.
    public var purpose: DeadlinePurpose
    /// Whether a relative deadline counts working days.
    @ExplicitNull public var workingDays: Bool?
    /// Who delivers, when the text says so.
    @ExplicitNull public var from: String?
    /// To whom, when the text says so (`Sở Nội vụ`).
    @ExplicitNull public var to: String?
    /// The line that holds the text.
    public var line: Int

    public init(
        text: String, kind: DeadlineKind, value: String, purpose: DeadlinePurpose, workingDays: Bool? = nil,
        from: String? = nil, to: String? = nil, line: Int
    ) {
        self.text = text
        self.kind = kind
        self.value = value
        self.purpose = purpose
        self.workingDays = workingDays
        self.from = from
        self.to = to
        self.line = line
    }
}

/// A role an agency has in the movement.
public enum AgencyRole: String, Hashable, Sendable, Codable, CaseIterable {
    /// Leads (*chủ trì*).
    case lead
    /// Standing body (*cơ quan thường trực*).
    case standing
    /// Coordinates (*phối hợp*).
    case coordinate
    /// Advises (*tham mưu*).
    case advise
    /// Appraises nominations (*thẩm định*).
    case appraise
    /// Compiles and reports (*tổng hợp*, *báo cáo*).
    case report
    /// Guides (*hướng dẫn*).
    case guide
    /// Inspects and monitors (*kiểm tra*, *theo dõi*, *giám sát*).
    case monitor
    /// Communicates (*tuyên truyền*).
    case communicate
}

/// An agency named in the plan's organisation of implementation, with its roles and tasks.
public struct AgencyAssignment: Hashable, Sendable, Codable {
    /// The canonical name, or the printed name when the agency is not in the registry.
    public var name: String
    /// The registry id, `nil` when the agency is recognised by its shape only.
    @ExplicitNull public var agencyID: String?
    /// The roles, in the order the text first gives them.
    public var roles: [AgencyRole]
    /// The tasks as written.
    public var tasks: [String]
    /// The line of the heading that names the agency.
    public var line: Int

    public init(name: String, agencyID: String?, roles: [AgencyRole], tasks: [String], line: Int) {
        self.name = name
        self.agencyID = agencyID
        self.roles = roles
        self.tasks = tasks
        self.line = line
    }
}

/// A quantitative target (*chỉ tiêu*).
public struct Target: Hashable, Sendable, Codable {
    /// What is measured, as written (`tổng sản phẩm (GRDP) bình quân`).
    public var indicator: String
    /// The number as written (`60`, `18,5`, `6.250`).
    public var value: String
    /// The unit as written (`triệu đồng/người/năm`, `%`).
    public var unit: String
    /// A qualifier before the number (`trên`, `ít nhất`), if any.
    @ExplicitNull public var qualifier: String?
    /// The line that holds it.
    public var line: Int

    public init(indicator: String, value: String, unit: String, qualifier: String?, line: Int) {
        self.indicator = indicator
        self.value = value
        self.unit = unit
        self.qualifier = qualifier
        self.line = line
    }
}
