extension Framework {
    /// The framework as a Dutch manager names it, and its code in English (the JSON keeps the
    /// code). In CaseloadCore so that the rule checker's messages and the reports use one word.
    public var name: Text {
        switch self {
        case .voluntary: Text(nl: "vrijwillig", en: "voluntary")
        case .ots: Text(nl: "ots", en: "ots")
        case .provisionalOts: Text(nl: "voorlopige ots", en: "provisional-ots")
        case .guardianship: Text(nl: "voogdij", en: "guardianship")
        case .youthProbation: Text(nl: "jeugdreclassering", en: "youth-probation")
        case .vtInvestigation: Text(nl: "vt-onderzoek", en: "vt-investigation")
        case .rvdkInvestigation: Text(nl: "raadsonderzoek", en: "rvdk-investigation")
        }
    }
}
