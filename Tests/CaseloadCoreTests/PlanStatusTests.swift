import CaseloadCore
import CaseloadSearch
import CaseloadTestSupport
import Testing

/// The dashboard's figures in the core: the limit that binds (hours or the caseload norm) and
/// the registrations lapsed or lapsing.
@Suite struct PlanStatusTests {
    static func load(available: Double, planned: Double, cases: Int, maxCases: Int, children: Int = 0, maxChildren: Int = 30)
        -> WorkerLoad
    {
        WorkerLoad(
            id: "w", organisation: "jbg", registered: maxCases > 0, availableHours: available, plannedHours: planned, cases: cases,
            maxCases: maxCases, children: children, maxChildren: maxChildren)
    }

    @Test func theNormBindsWhenFamiliesFillBeforeHours() {
        // jbg-15 in issue 30: 42 % of the hours, 9 of 9 families: full, green, on the norm.
        let full = Self.load(available: 36, planned: 15.12, cases: 9, maxCases: 9, children: 14, maxChildren: 25)
        #expect(full.light == .blue)
        #expect(full.binding == .norm && full.normUse == 1 && full.bindingLight == .green && full.bindingUse == 1)
        // One family over the norm is red at once: the norm has no overload band.
        #expect(Self.load(available: 36, planned: 15, cases: 10, maxCases: 9).bindingLight == .red)
        // Even just over it, where hours would still be amber.
        let over = Self.load(available: 36, planned: 15, cases: 4, maxCases: 9, children: 21, maxChildren: 20)
        #expect(over.normUse == 1.05 && over.bindingLight == .red)
        // Children bind as families do.
        let children = Self.load(available: 36, planned: 10, cases: 4, maxCases: 9, children: 19, maxChildren: 20)
        #expect(children.binding == .norm && children.normUse == 0.95 && children.bindingLight == .green)
        // Hours above the norm's use: hours bind, with their amber band.
        let hours = Self.load(available: 36, planned: 38, cases: 5, maxCases: 9)
        #expect(hours.binding == .hours && hours.bindingLight == .amber && hours.bindingLight == hours.light)
        // A supporter has no norm; a worker without hours or families is off.
        #expect(Self.load(available: 20, planned: 19, cases: 0, maxCases: 0, maxChildren: 0).normUse == nil)
        #expect(Self.load(available: 0, planned: 0, cases: 0, maxCases: 9).bindingLight == .off)
    }

    static func plans() -> [(Scenario, Plan)] {
        (UInt64(1)...6).map { seed in
            var scenario = RandomScenarios.make(seed: seed, workers: 14, cases: 60, tight: seed % 2 == 0)
            // Registrations spread around the week (the generator's are far off or lapsed), so
            // some lapse within eight weeks and some just after.
            var rng = SplitMix64(seed: seed &* 31)
            for i in scenario.staff.indices where scenario.staff[i].registeredUntil != nil && i % 2 == 0 {
                scenario.staff[i].registeredUntil = scenario.week.monday.adding(days: Int.random(in: -20...80, using: &rng))
            }
            return (scenario, Planner.plan(scenario, options: PlanOptions(seed: seed, maxMoves: 2_000)))
        }
    }

    @Test func overGeneratedPlansTheLightIsOnWhicheverBinds() {
        var norms = 0
        for (_, plan) in Self.plans() {
            for w in plan.workers {
                let hours = w.availableHours > 0 ? w.plannedHours / w.availableHours : 0
                let familyShare = w.maxCases > 0 ? Double(w.cases) / Double(w.maxCases) : 0
                let childShare = w.maxChildren > 0 ? Double(w.children) / Double(w.maxChildren) : 0
                let norm = max(familyShare, childShare)
                if norm > hours + 1e-9 {
                    norms += 1
                    #expect(w.binding == .norm, "\(w.id)")
                    let expected: WorkerLoad.Light = norm > 1 + 1e-9 ? .red : norm >= 0.8 ? .green : .blue
                    #expect(w.bindingLight == expected, "\(w.id): norm \(norm)")
                } else {
                    #expect(w.binding == .hours && w.bindingLight == w.light, "\(w.id)")
                }
                #expect((w.bindingUse ?? 0) + 1e-9 >= max(hours, norm), "\(w.id)")
            }
        }
        // The generated teams have workers on both sides, or the check above proves little.
        #expect(norms > 0)
    }

    @Test func everyLapsedOrLapsingRegistrationIsListedAndNoOther() {
        var seen: Set<PlanStatus.Registration.State> = []
        for (scenario, plan) in Self.plans() {
            let status = PlanStatus(
                plan: plan, organisations: scenario.organisations, staff: scenario.staff, taskKinds: scenario.allTaskKinds)
            let monday = plan.week.monday
            let registeredKinds = Set(scenario.allTaskKinds.filter(\.registered).map(\.id))
            var expected: [String: PlanStatus.Registration.State] = [:]
            for worker in scenario.staff {
                let listed = worker.registeredUntil != nil || !registeredKinds.isDisjoint(with: worker.tasks)
                guard listed else { continue }
                guard let until = worker.registeredUntil, until >= monday else {
                    expected[worker.id] = .lapsed
                    continue
                }
                if until.ordinal - monday.ordinal < 56 { expected[worker.id] = .lapsing }
            }
            let listed = Dictionary(status.registrations.map { ($0.worker, $0.state) }, uniquingKeysWith: { a, _ in a })
            #expect(listed == expected, "\(scenario.name)")
            #expect(status.registrations.count == listed.count, "a worker listed twice")
            for r in status.registrations {
                #expect(r.until == scenario.staff.first { $0.id == r.worker }?.registeredUntil)
            }
            seen.formUnion(listed.values)
        }
        #expect(seen == [.lapsed, .lapsing])
    }

    @Test func theStatusCarriesTheWeeksHandoversAndStandIns() {
        var handovers = 0
        for (scenario, plan) in Self.plans() {
            let status = PlanStatus(
                plan: plan, organisations: scenario.organisations, staff: scenario.staff, taskKinds: scenario.allTaskKinds)
            #expect(status.handovers == plan.handovers && status.standIns == plan.standIns && status.uncovered == plan.uncovered)
            handovers += plan.handovers.count
        }
        #expect(handovers > 0)
    }
}
