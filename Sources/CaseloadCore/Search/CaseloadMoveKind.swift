import CaseloadSearch

/// The neighbourhoods of the caseload search, each a small type in `Moves/`.
public enum CaseloadMoveKind: Int, CaseIterable, Sendable {
    /// Serve a waiting family, moving or displacing one of its new lead's families if needed.
    case serveWaiting
    /// Serve a waiting family by putting enough of its new lead's less urgent families back.
    case serveDisplacing
    /// Give a family another lead.
    case changeLead
    /// Give a duo another partner.
    case changePartner
    /// Give a delegable task to another supporter, or back to the lead.
    case changeSupporter
    /// Swap the leads of two families.
    case swapLeads
    /// Give a family back to its lead of record.
    case returnLead

    /// The neighbourhood that proposes this kind of move.
    var neighbourhood: any CaseloadNeighbourhood.Type {
        switch self {
        case .serveWaiting: ServeWaitingMove.self
        case .serveDisplacing: ServeDisplacingMove.self
        case .changeLead: ChangeLeadMove.self
        case .changePartner: ChangePartnerMove.self
        case .changeSupporter: ChangeSupporterMove.self
        case .swapLeads: SwapLeadsMove.self
        case .returnLead: ReturnLeadMove.self
        }
    }

    /// Draws a kind: waiting families get a third of the draws while there are any, as they
    /// carry the heaviest term of the score; of those, 60 % make room by displacing, as on a
    /// full region most leads have none left, and the rest try the lighter `ServeWaitingMove`.
    static func draw(waiting: Bool, using generator: inout SplitMix64) -> Self {
        if waiting && generator.chance(35) { return generator.chance(60) ? .serveDisplacing : .serveWaiting }
        switch generator.next() % 100 {
        case 0..<25: return .changeLead
        case 25..<40: return .changePartner
        case 40..<60: return .changeSupporter
        case 60..<80: return .swapLeads
        default: return .returnLead
        }
    }
}

/// Proposes moves of one kind from the current plan.
protocol CaseloadNeighbourhood {
    /// The changes of one move, or `nil` when the draw found none that keeps the rules.
    static func propose(in space: CaseloadSpace, using generator: inout SplitMix64) -> [CaseloadSpace.Change]?
}
