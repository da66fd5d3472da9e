/// What stands between a family and being served in a plan: every possible lead with what
/// blocks them, how many leads each rule stops, and the smallest changes that would serve it —
/// more hours or a norm place for the lead closest to fitting, or one other family moved.
public struct ServiceGap: Sendable {
    /// A lead who would fit with more hours or norm places and nothing else.
    public struct CapacityFix: Hashable, Sendable {
        /// The worker.
        public var worker: Int
        /// Units they have left.
        public var room: Int
        /// Units leading the family would give them.
        public var need: Int
        /// Families their norm would have to grow by (0 or 1).
        public var extraCases: Int
        /// Children their norm would have to grow by.
        public var extraChildren: Int
        /// The choice they would lead, partner and supporters included (these have the room).
        public var choice: CaseChoice
        /// The units missing (0 when only the norm is in the way).
        public var missing: Int { max(0, need - room) }
    }

    /// The family.
    public let c: Int
    /// Every worker who lists casework, checked as lead.
    public let checks: [LeadCheck]
    /// Per block, in the order of `LeadCheck.Block`, how many of those workers it stops; a worker
    /// may be stopped by several.
    public let counts: [(block: LeadCheck.Block, leads: Int)]
    /// The lead closest to fitting when only hours or norm places are short: fewest norm
    /// places first, then fewest hours.
    public let capacityFix: CapacityFix?
    /// Options that serve the family now or after moving one other family, best first.
    public let options: [Recommendation]

    /// The gap of case `c` in the recommender's plan.
    public init(recommender: Recommender, case c: Int, top: Int = 3) {
        self.c = c
        let checks = recommender.leadChecks(c)
        self.checks = checks
        counts = LeadCheck.Block.allCases.compactMap { block in
            let n = checks.filter { $0.blocks.contains(block) }.count
            return n > 0 ? (block, n) : nil
        }
        let state = recommender.state
        let problem = state.problem
        let own = state.choices[c]
        var best: CapacityFix?
        let figures = problem.caseFigures[c]
        for check in checks where !check.blocks.isEmpty && Set(check.blocks).isSubset(of: [.hours, .norm]) {
            guard let choice = check.choice else { continue }
            // Partner and supporters must have their room already, so that the lead's capacity is
            // the only change needed; room is counted without the family's own current hours.
            let others = Set(choice.delegates + [choice.partner].compactMap { $0 }).subtracting([check.worker])
            let fits = others.allSatisfy { w in
                let ownUnits = own.map { problem.units(of: w, in: $0, for: c) } ?? 0
                return problem.hoursFit(w, load: state.load[w] - ownUnits + problem.units(of: w, in: choice, for: c))
            }
            guard fits else { continue }
            let w = check.worker
            let ownCase = own.map { $0.lead == w || $0.partner == w } ?? false
            let cases = state.caseCount[w] - (ownCase ? 1 : 0)
            let children = state.childCount[w] - (ownCase ? figures.children : 0)
            let fix = CapacityFix(
                worker: w, room: check.room, need: check.units,
                extraCases: max(0, cases + 1 - problem.workerFigures[w].maxCases),
                extraChildren: max(0, children + figures.children - problem.workerFigures[w].maxChildren), choice: choice)
            func key(_ f: CapacityFix) -> (Int, Int, Int, Int) { (f.extraCases, f.extraChildren, f.missing, f.worker) }
            if best.map({ key(fix) < key($0) }) ?? true { best = fix }
        }
        capacityFix = best
        options = recommender.recommend(c, top: top)
    }

}
