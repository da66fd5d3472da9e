extension Scenario {
    /// The frameworks `worker` may lead (rule H10): their own mandates, else their
    /// organisation's; none when the organisation is unknown.
    public func mandates(of worker: Worker) -> [Framework] {
        worker.mandates ?? organisations.first { $0.id == worker.organisation }?.mandatedFrameworks ?? []
    }

    /// Whether a family led from organisation `lead` may be seen by a worker of organisation
    /// `other` as its duo partner (rule H11): the same organisation, or both in one network.
    public func mayShare(lead: String, with other: String) -> Bool {
        lead == other || networks.contains { $0.organisations.contains(lead) && $0.organisations.contains(other) }
    }

    /// Whether a supporter of organisation `supporter` may work for a family led from
    /// organisation `lead` (rule H11): the same organisation, or both in a network that shares
    /// support.
    public func maySupport(lead: String, by supporter: String) -> Bool {
        lead == supporter
            || networks.contains {
                $0.sharedSupport && $0.organisations.contains(lead) && $0.organisations.contains(supporter)
            }
    }
}
