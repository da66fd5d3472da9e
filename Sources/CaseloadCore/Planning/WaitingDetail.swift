/// The numbers behind a waiting family's reason, as facts rather than a sentence: the reports
/// say them in the reader's language, and a stored plan reads back the same facts. Names only
/// workers, municipalities, frameworks, skills and task kinds — never anything about the family.
public indirect enum WaitingDetail: Hashable, Sendable, Codable {
    /// None of the `registered` workers serves the family's municipality.
    case noWorkerInMunicipality(registered: Int, municipality: String)
    /// `local` registered workers serve the municipality; none is mandated for the framework (H10).
    case noMandatedLead(local: Int, municipality: String, framework: Framework)
    /// `mandated` workers serve the municipality; none has every one of `skills` (H6).
    case missingSkill(mandated: Int, municipality: String, skills: [String])
    /// None of the `leads` otherwise possible may do every registered task of the family (H2).
    case missingTaskKind(leads: Int)
    /// All `leads` possible are at their caseload norm (H4).
    case caseloadNorm(leads: Int)
    /// No supporter has room for `kinds`, and none of the `leads` within the norm may do them.
    case noSupporterForFallback(kinds: [String], leads: Int)
    /// `leads` possible leads within the norm, none with `needed` hours free (of which
    /// `fallback` hours of `fallbackKinds` no supporter has room for); the most free is `mostFree`.
    case noRegisteredCapacity(leads: Int, needed: Double, fallback: Double, fallbackKinds: [String], mostFree: Double)
    /// `leads` possible leads, but no registered partner with `partnerHours` free (from another
    /// organisation when duos must cross one); with `network`, there are such partners, but of
    /// organisations no network joins to the leads' (H11).
    case noDuoPartner(leads: Int, partnerHours: Double, acrossOrganisations: Bool, network: Bool)
    /// `lead` keeps the family; no registered partner who may join them has room this week.
    case partnerMissing(lead: String)
    /// `leads` possible leads; the delegable tasks (`kinds`) fit neither a supporter nor the
    /// lead or partner.
    case delegableTasks(leads: Int, kinds: [String])
    /// `lead` may not keep the family (`forced`), and no lawful colleague can take it, because of
    /// `blocker`.
    case leadLost(lead: String, forced: HandoverReason, blocker: WaitingDetail)
    /// A sentence stored by an older version, before details were kept as facts.
    case sentence(String)
}
