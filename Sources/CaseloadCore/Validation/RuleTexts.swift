/// What the plan checker says of a broken hard rule, in Dutch and English.
///
/// The texts live here rather than in CaseloadReport's `Texts` catalogue because the rules
/// module cannot see the reports; each is a `Text`, so a message without its translation does
/// not compile. The English keeps the wording logs and tests have always read; ids, rule codes
/// and framework codes stay as the data names them.
enum RuleTexts {
    /// Hours as the language writes them: the English as Swift prints the number (unchanged for
    /// logs), the Dutch rounded to two decimals with a decimal comma (`28,8`).
    static func hours(_ h: Double) -> Text { Text.number(h, decimals: 2) }

    /// `case X: …` / `gezin X: …`.
    static func onCase(_ id: String, _ text: Text) -> Text {
        Text(nl: "gezin \(id): \(text.nl)", en: "case \(id): \(text.en)")
    }

    /// `worker X: …` / `medewerker X: …`.
    static func onWorker(_ id: String, _ text: Text) -> Text {
        Text(nl: "medewerker \(id): \(text.nl)", en: "worker \(id): \(text.en)")
    }

    // The plan against the scenario.
    static func otherWeek(plan: String, scenario: String) -> Text {
        Text(nl: "het plan is voor \(plan), het scenario voor \(scenario)", en: "plan is for \(plan), scenario for \(scenario)")
    }
    static func caseNotInScenario(_ id: String) -> Text {
        Text(nl: "gezin \(id) staat niet in het scenario", en: "case \(id) is not in the scenario")
    }
    static func caseTwice(_ id: String) -> Text {
        Text(nl: "gezin \(id) komt twee keer voor", en: "case \(id) appears twice")
    }
    static func leadNoWorker(_ lead: String) -> Text {
        Text(nl: "regievoerder \(lead) is geen medewerker", en: "lead \(lead) is no worker")
    }
    static func leadNotRegistered(_ lead: String, on day: Day) -> Text {
        Text(nl: "regievoerder \(lead) heeft op \(day) geen SKJ-registratie", en: "lead \(lead) is not registered on \(day)")
    }
    static func leadNoCasework(_ lead: String) -> Text {
        Text(nl: "regievoerder \(lead) mag geen casuswerk doen", en: "lead \(lead) may not do casework")
    }
    static func leadLacksSkill(_ lead: String) -> Text {
        Text(nl: "regievoerder \(lead) mist een vaardigheid die het gezin nodig heeft", en: "lead \(lead) lacks a required skill")
    }
    static func leadNotServing(_ lead: String, _ municipality: String) -> Text {
        Text(nl: "regievoerder \(lead) werkt niet in \(municipality)", en: "lead \(lead) does not serve \(municipality)")
    }
    static func leadNoMandate(_ lead: String, _ organisation: String, _ framework: Framework) -> Text {
        Text(
            nl: "regievoerder \(lead) (\(organisation)) heeft geen mandaat voor \(framework.name.nl)",
            en: "lead \(lead) (\(organisation)) has no mandate for \(framework.rawValue)")
    }
    static let partnerIsLead = Text(nl: "de duopartner is de regievoerder", en: "partner is the lead")
    static func partnerNotRegistered(_ partner: String) -> Text {
        Text(nl: "duopartner \(partner) heeft geen SKJ-registratie", en: "partner \(partner) is not registered")
    }
    static func partnerSameOrganisation(_ partner: String) -> Text {
        Text(
            nl: "duopartner \(partner) is van de organisatie van de regievoerder",
            en: "partner \(partner) is from the lead's organisation")
    }
    static func partnerOutsideNetwork(_ partner: String, _ organisation: String, lead: String) -> Text {
        Text(
            nl:
                "duopartner \(partner) (\(organisation)) mag een gezin met een regievoerder van \(lead) niet zien: geen netwerk verbindt beide",
            en: "partner \(partner) (\(organisation)) may not see a family led from \(lead): no network holds both")
    }
    static func partnerNotServing(_ partner: String, _ municipality: String) -> Text {
        Text(nl: "duopartner \(partner) werkt niet in \(municipality)", en: "partner \(partner) does not serve \(municipality)")
    }
    static func partnerNoWorker(_ partner: String) -> Text {
        Text(nl: "duopartner \(partner) is geen medewerker", en: "partner \(partner) is no worker")
    }
    static func duoWithoutPartner(_ id: String) -> Text {
        Text(nl: "duogezin \(id) heeft geen duopartner", en: "duo case \(id) has no partner")
    }
    static func taskWorkerNoWorker(_ worker: String) -> Text {
        Text(nl: "de taak van \(worker) hoort bij geen medewerker", en: "task worker \(worker) is no worker")
    }
    static func taskHours(_ kind: String, _ hours: Double) -> Text {
        let h = Self.hours(hours)
        return Text(nl: "taak \(kind) heeft \(h.nl) uur", en: "task \(kind) has \(h.en) h")
    }
    static func unknownKind(_ kind: String) -> Text {
        Text(nl: "taaksoort \(kind) is onbekend", en: "unknown task kind \(kind)")
    }
    static func registeredKindUnregistered(_ worker: String, _ kind: String) -> Text {
        Text(nl: "\(worker) doet \(kind) zonder SKJ-registratie", en: "\(worker) does \(kind) without a registration")
    }
    static func kindNotListed(_ worker: String, _ kind: String) -> Text {
        Text(nl: "\(worker) mag geen \(kind) doen", en: "\(worker) may not do \(kind)")
    }
    static func supporterOutsideNetwork(_ worker: String, _ organisation: String, _ kind: String, lead: String) -> Text {
        Text(
            nl: "ondersteuner \(worker) (\(organisation)) mag geen \(kind) doen voor een gezin met een regievoerder van \(lead)",
            en: "supporter \(worker) (\(organisation)) may not do \(kind) for a family led from \(lead)")
    }
    static func kindHours(_ kind: String, got: Double, need: Double) -> Text {
        let (g, n) = (hours(got), hours(need))
        return Text(
            nl: "\(kind) heeft \(g.nl) uur gepland van de \(n.nl) uur die nodig zijn",
            en: "\(kind) has \(g.en) h planned of \(n.en) h needed")
    }
    static func waitingNotInScenario(_ id: String) -> Text {
        Text(nl: "wachtend gezin \(id) staat niet in het scenario", en: "waiting case \(id) is not in the scenario")
    }
    static func servedAndWaiting(_ id: String) -> Text {
        Text(
            nl: "gezin \(id) is zowel ingepland als wachtend, of staat twee keer op de wachtlijst",
            en: "case \(id) is both served and waiting, or waits twice")
    }
    static func neitherServedNorWaiting(_ id: String) -> Text {
        Text(nl: "gezin \(id) is niet ingepland en staat niet op de wachtlijst", en: "case \(id) is neither served nor waiting")
    }
    static func overHours(_ planned: Double, limit: Double) -> Text {
        let (p, l) = (hours(planned), hours(limit))
        return Text(nl: "\(p.nl) uur gepland > \(l.nl) uur beschikbaar", en: "planned \(p.en) h > \(l.en) h")
    }
    static func overFamilies(_ n: Int, norm: Int) -> Text {
        Text(nl: "\(n) gezinnen > caseloadnorm \(norm)", en: "\(n) families > norm \(norm)")
    }
    static func overChildren(_ n: Int, norm: Int) -> Text {
        Text(nl: "\(n) kinderen > caseloadnorm \(norm)", en: "\(n) children > norm \(norm)")
    }
    static func lockChangedWithoutReason(_ id: String) -> Text {
        Text(
            nl: "vastgezet gezin \(id) is veranderd en het plan zegt niet waarom",
            en: "locked case \(id) was changed and the plan does not say why")
    }
    static func lockChangedNeedlessly(_ id: String, reason: String) -> Text {
        Text(
            nl: "vastgezet gezin \(id) is veranderd (\"\(reason)\") terwijl de vastgezette medewerkers het konden houden",
            en: "locked case \(id) was changed (\"\(reason)\") although its given people could keep it")
    }

    // Stand-ins.
    static func standInNotInPlan(_ id: String, absent: String, standIn: String) -> Text {
        Text(
            nl: "waarneming bij \(id): \(absent) of \(standIn) staat niet in het plan",
            en: "stand-in on \(id): \(absent) or \(standIn) is not in the plan")
    }
    static func standInForNonHolder(_ absent: String, _ standIn: String) -> Text {
        Text(
            nl: "\(absent) is regievoerder noch duopartner, maar \(standIn) neemt voor hen waar",
            en: "\(absent) is neither lead nor partner, yet \(standIn) stands in for them")
    }
    static func standInNotRegistered(_ standIn: String) -> Text {
        Text(
            nl: "waarnemer \(standIn) is geen collega met SKJ-registratie die casuswerk doet",
            en: "stand-in \(standIn) is not a registered colleague who does casework")
    }
    static func standInNotServing(_ standIn: String, _ municipality: String) -> Text {
        Text(nl: "waarnemer \(standIn) werkt niet in \(municipality)", en: "stand-in \(standIn) does not serve \(municipality)")
    }
    static func standInOutsideNetwork(_ standIn: String, _ organisation: String, family: String) -> Text {
        Text(
            nl: "waarnemer \(standIn) (\(organisation)) mag een gezin van \(family) niet zien",
            en: "stand-in \(standIn) (\(organisation)) may not see a family of \(family)")
    }
    static func standInNoMandate(_ standIn: String, _ framework: Framework) -> Text {
        Text(
            nl: "waarnemer \(standIn) heeft geen mandaat voor \(framework.name.nl)",
            en: "stand-in \(standIn) has no mandate for \(framework.rawValue)")
    }
    static func standInLacksSkill(_ standIn: String) -> Text {
        Text(
            nl: "waarnemer \(standIn) mist een vaardigheid die het gezin nodig heeft",
            en: "stand-in \(standIn) lacks a required skill")
    }
    static func absentShareUnlisted(_ worker: String, percent: Int, listed: Double, of share: Double) -> Text {
        let (l, s) = (hours(listed), hours(share))
        return Text(
            nl: "\(worker) is \(percent) % van de week afwezig; waarneming en niet-waargenomen uren tellen \(l.nl) van \(s.nl) uur",
            en: "\(worker) is away \(percent) % of the week; stand-ins and uncovered hours list \(l.en) h of \(s.en) h")
    }

    // A stored plan against its own figures.
    static func leadNotAmongWorkers(_ lead: String) -> Text {
        Text(nl: "regievoerder \(lead) staat niet bij de medewerkers van het plan", en: "lead \(lead) is not among the plan's workers")
    }
    static func leadWasNotRegistered(_ lead: String) -> Text {
        Text(nl: "regievoerder \(lead) had geen SKJ-registratie", en: "lead \(lead) was not registered")
    }
    static func partnerWasNotRegistered(_ partner: String) -> Text {
        Text(nl: "duopartner \(partner) had geen SKJ-registratie", en: "partner \(partner) was not registered")
    }
    static func caseworkByUnregistered(_ worker: String) -> Text {
        Text(nl: "casuswerk door \(worker), die geen SKJ-registratie had", en: "casework by \(worker), who was not registered")
    }
    static func tasksDoNotAddUp(_ planned: Double, tasks: Double) -> Text {
        let (p, t) = (hours(planned), hours(tasks))
        return Text(
            nl: "\(p.nl) uur gepland, maar de taken tellen op tot \(t.nl) uur",
            en: "planned \(p.en) h but tasks add up to \(t.en) h")
    }
}
