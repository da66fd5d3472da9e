/// The legal framework a family is in, which sets its case type.
public enum Framework: String, CaseIterable, Hashable, Sendable, Codable {
    case voluntary
    case ots
    case provisionalOts = "provisional-ots"
    case guardianship
    case youthProbation = "youth-probation"
    case vtInvestigation = "vt-investigation"
    case rvdkInvestigation = "rvdk-investigation"
}

/// Where a case is in its course; the start is heavier than the middle.
public enum Phase: String, CaseIterable, Hashable, Sendable, Codable {
    case start
    case middle
    case end
}
