import CaseloadCore

extension Texts {
    /// Why a family waits, with the numbers behind it: the waiting list's detail column, the
    /// JSON's `detail`, the workbook's `toelichting` and `explain CASE`.
    public enum Waiting {
        /// `detail` in both languages, its figures as each language writes them.
        public static func detail(_ detail: WaitingDetail) -> Text {
            Text(nl: sentence(detail, Figures.dutch), en: sentence(detail, Figures.english))
        }

        /// `detail` in the language of `figures`.
        static func sentence(_ detail: WaitingDetail, _ figures: Figures) -> String {
            let nl = figures.language == .nl
            func h(_ x: Double) -> String { figures.shortHours(x) + (nl ? " uur" : " h") }
            func list(_ items: [String]) -> String { items.joined(separator: ", ") }
            func kindNames(_ ids: [String]) -> String { list(ids.map { TaskKind.name($0)(figures.language) }) }
            func leads(_ n: Int) -> String {
                nl ? "\(n) mogelijke \(n == 1 ? "regievoerder" : "regievoerders")" : "\(n) possible lead\(n == 1 ? "" : "s")"
            }
            switch detail {
            case .noWorkerInMunicipality(let registered, let municipality):
                return nl
                    ? "geen van de \(registered) geregistreerde medewerkers werkt in \(municipality)"
                    : "none of the \(registered) registered workers serves \(municipality)"
            case .noMandatedLead(let local, let municipality, let framework):
                return nl
                    ? "\(local) geregistreerde medewerkers werken in \(municipality); geen heeft het mandaat voor \(framework.name.nl)"
                    : "\(local) registered workers serve \(municipality); none is mandated for \(framework.rawValue)"
            case .missingSkill(let mandated, let municipality, let skills):
                return nl
                    ? "\(mandated) gemandateerde medewerkers werken in \(municipality); geen heeft \(list(skills))"
                    : "\(mandated) mandated workers serve \(municipality); none has \(list(skills))"
            case .missingTaskKind(let n):
                return nl
                    ? "geen van de \(leads(n)) mag elke geregistreerde taak van het gezin doen"
                    : "none of the \(leads(n)) may do every registered task of the case"
            case .caseloadNorm(let n) where n == 1:
                return nl ? "de enige mogelijke regievoerder zit aan de caseloadnorm" : "the one possible lead is at their caseload norm"
            case .caseloadNorm(let n):
                return nl ? "alle \(leads(n)) zitten aan hun caseloadnorm" : "all \(leads(n)) are at their caseload norm"
            case .noSupporterForFallback(let kinds, let n):
                return nl
                    ? "geen ondersteuner heeft ruimte voor \(kindNames(kinds)), en geen van de \(leads(n)) binnen de norm mag het doen"
                    : "no supporter has room for \(list(kinds)), and none of the \(leads(n)) within the norm may do it"
            case .noRegisteredCapacity(let n, let needed, let fallback, let kinds, let mostFree):
                let extra =
                    fallback > 0
                    ? nl
                        ? " (\(h(needed - fallback)) casuswerk + \(h(fallback)) \(kindNames(kinds)) waar geen ondersteuner ruimte voor heeft)"
                        : " (\(h(needed - fallback)) casework + \(h(fallback)) \(list(kinds)) no supporter has room for)"
                    : ""
                return nl
                    ? "\(leads(n)) binnen de norm; geen heeft \(h(needed)) vrij\(extra); hoogstens \(h(mostFree)) vrij"
                    : "\(leads(n)) within the norm; none has \(h(needed)) free\(extra); most free: \(h(mostFree))"
            case .noDuoPartner(let n, let hours, let across, let network):
                if network {
                    return nl
                        ? "\(leads(n)); de geregistreerde duopartners met \(h(hours)) vrij zijn van organisaties die geen netwerk met die van de regievoerders verbindt (H11)"
                        : "\(leads(n)); the registered partners with \(h(hours)) free are of organisations no network joins to the leads' (H11)"
                }
                return nl
                    ? "\(leads(n)); geen geregistreerde duopartner\(across ? " van een andere organisatie" : "") met \(h(hours)) vrij"
                    : "\(leads(n)); no registered partner\(across ? " from another organisation" : "") with \(h(hours)) free"
            case .partnerMissing(let lead):
                return nl
                    ? "\(lead) houdt het gezin; geen geregistreerde duopartner die mag aansluiten heeft deze week ruimte"
                    : "\(lead) keeps the family; no registered partner who may join them has room this week"
            case .delegableTasks(let n, let kinds):
                return nl
                    ? "\(leads(n)); de delegeerbare taken (\(kindNames(kinds))) passen niet bij een ondersteuner, de regievoerder of de duopartner"
                    : "\(leads(n)); the delegable tasks (\(list(kinds))) fit neither a supporter nor the lead or partner"
            case .leadLost(let lead, let forced, let blocker):
                return nl
                    ? "\(lead) mag het gezin niet houden (\(Texts.Plan.reason(forced).nl)); geen collega mag het overnemen: \(sentence(blocker, figures))"
                    : "\(lead) may not keep it (\(forced.rawValue)); no lawful colleague can take it: \(sentence(blocker, figures))"
            case .sentence(let text):
                return text
            }
        }
    }
}
