import CaseloadCore
import CaseloadSearch

/// Test support shared by the test targets.
///
/// Random valid scenarios that reach every rule: expired and missing registrations, mandates,
/// networks (and an organisation outside every network), ramp-up,
/// absences, skills, municipalities, duos within one organisation, declared task kinds, locks,
/// explicit hours and current assignments that are no longer allowed.
public enum RandomScenarios {
    public static let municipalities = ["ede", "barneveld", "nijkerk", "rhenen", "wageningen"]
    public static let skills = ["lvb", "crisis", "trauma"]

    public static func make(seed: UInt64, workers: Int, cases: Int, tight: Bool = false) -> Scenario {
        var rng = SplitMix64(seed: seed)
        func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &rng) < p }
        func pick<T>(_ xs: [T]) -> T { xs[Int.random(in: 0..<xs.count, using: &rng)] }
        func some<T>(_ xs: [T], _ p: Double) -> [T] { xs.filter { _ in chance(p) } }

        let week = ISOWeek(year: 2026, week: Int.random(in: 1...52, using: &rng))!
        let monday = week.monday
        var scenario = Scenario(name: "random \(seed)", week: week)
        scenario.settings.overloadAllowed = chance(0.2) ? 0.1 : 0
        scenario.settings.duoAcrossOrganisations = chance(0.7)
        scenario.settings.caseworkShare = pick([0.6, 0.8, 1.0])
        if chance(0.3) { scenario.settings.duoSplit = pick([0.3, 0.5, 0.7]) }
        // Every third organisation keeps its kind's mandates (H10 binds there); the others may
        // lead every framework. Chosen by position, so the random draws stay as they were.
        let organisations = (0..<Int.random(in: 1...5, using: &rng)).map {
            Organisation(
                id: "org\($0)", name: "Org \($0)", kind: pick(Organisation.Kind.allCases),
                mandates: $0 % 3 == 2 ? nil : Framework.allCases)
        }
        scenario.organisations = organisations
        // Networks by position too (H11): the first three organisations share families, sharing
        // support on even seeds; the third and fourth share support; the fifth stands alone.
        if organisations.count >= 2 {
            scenario.networks.append(
                Network(id: "net-a", organisations: organisations.prefix(3).map(\.id), sharedSupport: seed % 2 == 0))
        }
        if organisations.count >= 4 {
            scenario.networks.append(Network(id: "net-b", organisations: [organisations[2].id, organisations[3].id], sharedSupport: true))
        }
        if chance(0.3) { scenario.taskKinds.append(TaskKind(id: "court-report", registered: true)) }
        if chance(0.3) { scenario.taskKinds.append(TaskKind(id: "transport", registered: false)) }
        let kinds = scenario.allTaskKinds.map(\.id)

        for w in 0..<workers {
            let supporter = chance(0.25)
            var tasks =
                supporter ? some(kinds.filter { $0 != "casework" }, 0.5) : ["casework"] + some(kinds.filter { $0 != "casework" }, 0.4)
            if supporter && chance(0.1) { tasks.append("casework") }  // listed but never allowed (H1)
            let registration: Day? =
                supporter
                ? nil
                : chance(0.1)
                    ? monday.adding(days: -Int.random(in: 1...200, using: &rng)) : chance(0.05) ? monday : monday.adding(days: 400)
            var absences: [Absence] = []
            if chance(0.3) {
                let from = monday.adding(days: Int.random(in: -5...6, using: &rng))
                absences.append(
                    Absence(
                        from: from, to: from.adding(days: Int.random(in: 0...9, using: &rng)),
                        hours: chance(0.3) ? Double(Int.random(in: 1...16, using: &rng)) : nil))
            }
            scenario.staff.append(
                Worker(
                    id: "w\(w)", organisation: pick(organisations).id, tasks: tasks, registeredUntil: registration,
                    hours: chance(0.05) ? 0 : Double(Int.random(in: 8...40, using: &rng)),
                    caseworkShare: chance(0.1) ? 0.5 : nil, maxCases: chance(0.1) ? Int.random(in: 0...6, using: &rng) : nil,
                    maxChildren: chance(0.05) ? Int.random(in: 0...8, using: &rng) : nil,
                    started: chance(0.2) ? monday.adding(days: -Int.random(in: -20...250, using: &rng)) : nil,
                    skills: some(skills, 0.3), municipalities: chance(0.4) ? some(municipalities, 0.5) : nil, absences: absences))
        }
        let staffIDs = scenario.staff.map(\.id)
        for c in 0..<cases {
            var hours: [String: Double]?
            if chance(0.3) {
                var h: [String: Double] = ["casework": Double(Int.random(in: 0...(tight ? 16 : 8), using: &rng)) / 2]
                for k in some(kinds.filter { $0 != "casework" }, 0.4) { h[k] = Double(Int.random(in: 0...6, using: &rng)) / 4 }
                hours = h
            }
            let duo = chance(0.2)
            var supporters: [String: String] = [:]
            if chance(0.2), let s = staffIDs.randomElement(using: &rng) { supporters[pick(["admin", "legal"])] = s }
            let lead = chance(0.6) ? pick(staffIDs) : nil
            var partner = duo && chance(0.6) ? pick(staffIDs) : nil
            if partner == lead { partner = nil }
            scenario.cases.append(
                Case(
                    id: "c\(c)", municipality: pick(municipalities), children: Int.random(in: 0...4, using: &rng),
                    framework: pick(Framework.allCases), phase: pick(Phase.allCases), priority: Int.random(in: 1...3, using: &rng),
                    duo: duo, skills: chance(0.2) ? [pick(skills)] : [], hours: hours, lead: lead, partner: partner,
                    supporters: supporters,
                    waitingSince: chance(0.3) ? monday.adding(days: -Int.random(in: 0...120, using: &rng)) : nil,
                    lock: lead != nil && chance(0.05)))
        }
        if tight {
            for i in scenario.staff.indices { scenario.staff[i].hours = (scenario.staff[i].hours / 3).rounded() }
        }
        return scenario
    }
}

extension PlanOptions {
    /// A short search: enough moves to exercise every neighbourhood, quick in a debug build.
    public static let quick = PlanOptions(maxMoves: 20_000)
}
