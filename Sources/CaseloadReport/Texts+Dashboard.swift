import CaseloadCore

extension Texts {
    /// The dashboard of `caseload serve` (`/`), in the words a Dutch team lead uses.
    public enum Dashboard {
        static let title = Text(nl: "Teamstatus", en: "Team status")
        static let plan = Text(nl: "Plan", en: "Plan")
        static let approved = Text(nl: "goedgekeurd", en: "approved")
        static let savedNotApproved = Text(nl: "opgeslagen, nog niet goedgekeurd,", en: "saved, not yet approved,")
        static let refreshes = Text(nl: "Deze pagina ververst elke minuut.", en: "This page refreshes every minute.")
        static let jumpTo = Text(nl: "Naar", en: "Go to")

        /// The warning above everything when the plan's week has passed.
        static func pastWeek(_ plan: String, current: String) -> Text {
            Text(
                nl:
                    "Let op: dit plan is voor \(plan), en die week is voorbij. Het is nu \(current): maak en keur een plan voor deze week goed.",
                en: "Note: this plan is for \(plan), and that week has passed. It is now \(current): make and approve a plan for this week."
            )
        }

        // Cards.
        static let workers = Text(nl: "medewerkers", en: "workers")
        static let families = Text(nl: "gezinnen", en: "families")
        static let served = Text(nl: "geholpen", en: "served")
        static let waiting = Text(nl: "op de wachtlijst", en: "waiting")
        static let occupation = Text(nl: "bezetting (uren)", en: "hours used")
        static let highest = Text(nl: "hoogste", en: "highest")
        static let overloaded = Text(nl: "overbelast", en: "overloaded")

        // Sections.
        static let waitingList = Text(nl: "Wachtlijst", en: "Waiting list")
        static let registrations = Text(nl: "SKJ-registraties", en: "Registrations")
        static let handovers = Text(nl: "Overdrachten en waarneming", en: "Handovers and stand-ins")
        static let staff = Text(nl: "Medewerkers", en: "Workers")
        static let hoursByGroup = Text(nl: "Uren per groep", en: "Hours by group")

        // The waiting list.
        static let noneWaiting = Text(nl: "Geen gezin wacht.", en: "No family waits.")
        static let byPriority = Text(nl: "Per urgentie", en: "By priority")
        static let byReason = Text(nl: "Waarom", en: "Why")
        static let family = Text(nl: "gezin", en: "family")
        static let priority = Text(nl: "urgentie", en: "priority")
        static let weeksWaiting = Text(nl: "weken wachtend", en: "weeks waiting")
        static let reason = Text(nl: "reden", en: "reason")
        static func mostUrgent(_ shown: Int, of all: Int) -> Text {
            Text(
                nl: "De \(shown) meest urgente van \(all); /api/status geeft ze allemaal.",
                en: "The \(shown) most urgent of \(all); /api/status lists all.")
        }
        static func priorityName(_ p: Int) -> Text {
            switch p {
            case 1: Text(nl: "1 (spoed)", en: "1 (urgent)")
            default: Text(nl: "\(p)", en: "\(p)")
            }
        }

        // Registrations.
        static func registrationsNote(weeks: Int) -> Text {
            Text(
                nl:
                    "Verlopen op de maandag van de planweek, of verloopt binnen \(weeks) weken. Zonder geldige registratie mag iemand geen regievoerder of duopartner zijn.",
                en:
                    "Lapsed on the plan week's Monday, or lapsing within \(weeks) weeks. Without a valid registration no one may lead or partner a family."
            )
        }
        static let noRegistrations = Text(
            nl: "Geen registratie verlopen of verloopt binnenkort.", en: "No registration has lapsed or lapses soon.")
        static let worker = Text(nl: "medewerker", en: "worker")
        static let organisation = Text(nl: "organisatie", en: "organisation")
        static let registeredUntil = Text(nl: "geregistreerd tot en met", en: "registered until")
        static let lapsed = Text(nl: "verlopen", en: "lapsed")
        static let lapsing = Text(nl: "verloopt binnenkort", en: "lapses soon")
        static let notRegistered = Text(nl: "niet geregistreerd", en: "not registered")
        static let lapsedLabel = Text(nl: "registratie verlopen", en: "registration lapsed")
        static let noRegistrationRecorded = Text(nl: "geen registratie bekend", en: "none recorded")

        // Handovers and stand-ins.
        static let noHandovers = Text(nl: "Geen overdrachten deze week.", en: "No handovers this week.")
        static let role = Text(nl: "rol", en: "role")
        static let from = Text(nl: "van", en: "from")
        static let to = Text(nl: "naar", en: "to")
        static let nobody = Text(nl: "niemand", en: "nobody")
        static let standInsHeading = Text(nl: "Waarneming", en: "Stand-ins")
        static let noStandIns = Text(nl: "Geen waarneming nodig deze week.", en: "No stand-ins needed this week.")
        static let away = Text(nl: "afwezig", en: "away")
        static let standIn = Text(nl: "waarnemer", en: "stand-in")
        static let hours = Text(nl: "uren", en: "hours")
        static let uncoveredHeading = Text(nl: "Niet waargenomen", en: "Not covered")
        static let uncoveredNote = Text(
            nl: "Uren van afwezige regievoerders en duopartners die geen collega kan overnemen.",
            en: "Hours of leads and partners away that no colleague can take over.")

        static func role(_ role: Handover.Role) -> Text {
            Text(nl: Texts.Plan.role(role).nl, en: role == .lead ? "lead" : "duo partner")
        }

        static func reason(_ reason: HandoverReason) -> Text {
            switch reason {
            case .registrationLapsed: Text(nl: "SKJ-registratie verlopen", en: "registration lapsed")
            case .noMandate: Text(nl: "geen mandaat voor dit gezin", en: "no mandate for this family")
            case .notQualified: Text(nl: "mag dit werk niet doen", en: "may not do this work")
            case .absent: Text(nl: "te lang afwezig voor waarneming", en: "away too long for a stand-in")
            case .leaving: Text(nl: "vertrekt", en: "leaving")
            case .overNorm: Text(nl: "boven de caseloadnorm", en: "over the caseload norm")
            case .overHours: Text(nl: "te weinig uren", en: "not enough hours")
            case .pinned: Text(nl: "vastgezet door de manager", en: "pinned by the manager")
            case .allowed: Text(nl: "vrijwillig, binnen de afgesproken ruimte", en: "voluntary, within the allowance")
            }
        }

        static func reason(_ reason: WaitingReason) -> Text {
            switch reason {
            case .noRegisteredCapacity:
                Text(nl: "geen geregistreerde medewerker met uren over", en: "no registered worker with hours left")
            case .noDuoPartner: Text(nl: "geen duopartner beschikbaar", en: "no duo partner available")
            case .missingSkill: Text(nl: "niemand met de nodige deskundigheid", en: "no one with the skill it needs")
            case .noWorkerInMunicipality: Text(nl: "geen medewerker in de gemeente", en: "no worker in the family's area")
            case .caseloadNorm:
                Text(nl: "elke mogelijke regievoerder zit aan de caseloadnorm", en: "every possible lead is at the caseload norm")
            case .noSupporterCapacity: Text(nl: "geen ondersteuner met uren over", en: "no supporter with hours left")
            case .missingTaskKind:
                Text(nl: "niemand mag een taak doen die het gezin nodig heeft", en: "no one may do a task the family needs")
            case .noMandatedLead: Text(nl: "geen regievoerder met het nodige mandaat", en: "no lead with the mandate it needs")
            case .leadLost:
                Text(nl: "regievoerder moet loslaten, niemand kan overnemen", en: "its lead must let go and no one can take over")
            }
        }

        // Workers.
        static let staffNote = Text(
            nl:
                "Het stoplicht staat op wat het eerst vol is: de uren of de caseloadnorm (gezinnen en kinderen). Norm precies vol is groen, erboven rood.",
            en:
                "The light shows whichever fills first: hours or the caseload norm (families and children). A norm exactly full is green, above it red."
        )
        static let hoursUsed = Text(nl: "uren", en: "hours")
        static let familiesNorm = Text(nl: "gezinnen", en: "families")
        static let childrenNorm = Text(nl: "kinderen", en: "children")
        static let binds = Text(nl: "bindt", en: "binds")
        static let bindsHours = Text(nl: "uren", en: "hours")
        static let bindsNorm = Text(nl: "norm", en: "norm")
        static let light = Text(nl: "stoplicht", en: "light")
        static let supporter = Text(nl: "ondersteuner", en: "supporter")
        static func groupWorkers(_ n: Int) -> Text { Text(nl: "\(n) medewerkers", en: "\(n) workers") }
        static func suppressed(_ minimum: Int) -> Text {
            Text(nl: "totalen weggelaten (minder dan \(minimum) medewerkers)", en: "totals left out (fewer than \(minimum) workers)")
        }
        static func planned(_ planned: String, of available: String, _ share: String) -> Text {
            Text(nl: "\(planned) van \(available) uur gepland (\(share))", en: "\(planned) of \(available) h planned (\(share))")
        }

        /// What the light means, on the limit that binds.
        static func lightWord(_ load: WorkerLoad) -> Text {
            let fullNorm = load.binding == .norm && abs((load.normUse ?? 0) - 1) < 1e-9
            if fullNorm { return Text(nl: "vol", en: "full") }
            switch load.bindingLight {
            case .blue: return Text(nl: "ruimte", en: "room")
            case .green: return Text(nl: "goed bezet", en: "well used")
            case .amber: return Text(nl: "iets te veel", en: "slightly over")
            case .red:
                return load.binding == .norm ? Text(nl: "boven de norm", en: "over the norm") : Text(nl: "overbelast", en: "overloaded")
            case .off: return Text(nl: "geen uren", en: "no hours")
            }
        }

        // Hours by group.
        static let registeredStaff = Text(nl: "geregistreerde medewerkers", en: "registered workers")
        static let supporters = Text(nl: "ondersteuners", en: "supporters")
        static let plannedAgainstAvailable = Text(
            nl: "Gepland (blauw) tegen beschikbaar (grijs), in uren deze week.",
            en: "Planned (blue) against available (grey) hours this week.")

        static let privacy = Text(
            nl: "Gezinnen staan hier alleen met hun pseudoniem.", en: "Families appear by their pseudonymous code only.")
    }
}
