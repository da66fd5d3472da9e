/// The soft terms S1–S4 kept up to date while cases are served and released, so that the
/// change a move makes to the score costs O(people it touches), never a rescoring of the plan.
///
/// S4 uses the identity Σ f(u − ū)² = Σ f u² − (Σ f u)² ∕ Σ f (ū the f-weighted mean), so a
/// pool needs three running sums, and one worker's new utilisation updates two of them.
public struct ScoreTally: Sendable {
    /// The weights of the run.
    public let weights: Settings.Weights
    /// Families waiting.
    public private(set) var waiting = 0
    /// S1 before weighting.
    public private(set) var waitingPenalty = 0.0
    /// S2: lead changes.
    public private(set) var leadHandovers = 0
    /// S2: partner changes.
    public private(set) var partnerHandovers = 0
    /// S3 in units.
    public private(set) var undelegatedUnits = 0

    /// Per pool (0 registered, 1 supporters): Σ f, Σ f u and Σ f u².
    private var poolWeight: [Double] = [0, 0]
    private var poolSum: [Double] = [0, 0]
    private var poolSquares: [Double] = [0, 0]
    /// Per worker: pool (-1: has no hours, not in S4), FTE, and 1 ∕ available units.
    private let pool: [Int]
    private let fte: [Double]
    private let perUnit: [Double]
    /// The problem's figures S1–S3 read, held here so that counting a case passes no problem.
    private let cases: [PlanningProblem.CaseFigures]
    private let taskKind: [Int]
    private let taskUnits: [Int]
    private let registered: [Bool]
    private let organisation: [Int]
    /// Per lead organisation, the kinds a supporter may take (`PlanningProblem.supportedKinds`).
    private let supportedKinds: [UInt64]

    /// The tally of the empty plan of `problem`: every case waits, nobody has work.
    public init(problem: PlanningProblem, weights: Settings.Weights) {
        self.weights = weights
        pool = problem.workers.map { w in
            w.capacity.availableHours > 0 && w.fte > 0 ? (w.registered ? 0 : 1) : -1
        }
        fte = problem.workers.map(\.fte)
        perUnit = problem.workers.map { w in
            w.capacity.availableHours > 0 ? 1 / (w.capacity.availableHours * Double(PlanningProblem.unitsPerHour)) : 0
        }
        cases = problem.caseFigures
        taskKind = problem.taskKind
        taskUnits = problem.taskUnits
        registered = problem.workerFigures.map(\.registered)
        organisation = problem.workerFigures.map(\.organisation)
        supportedKinds = problem.supportedKinds
        for (w, p) in pool.enumerated() where p >= 0 { poolWeight[p] += fte[w] }
        for info in problem.cases {
            waiting += 1
            waitingPenalty += info.waitingFactor
        }
    }

    /// Counts case `c` served with `choice` (`sign` 1) or no longer served (`sign` -1), for
    /// S1–S3; the loads it adds are reported with `loadChanged`.
    public mutating func served(_ c: Int, _ choice: CaseChoice, sign: Int) {
        let info = cases[c]
        waiting -= sign
        waitingPenalty -= Double(sign) * info.waitingFactor
        if info.currentLead >= 0 && info.currentLead != choice.lead { leadHandovers += sign }
        if info.duo && info.currentPartner >= 0 && info.currentPartner != choice.partner { partnerHandovers += sign }
        let supported = supportedKinds[organisation[choice.lead]]
        for (d, w) in choice.delegates.enumerated() where registered[w] {
            let slot = info.firstTask + d
            if supported & (1 << UInt64(taskKind[slot])) != 0 { undelegatedUnits += sign * taskUnits[slot] }
        }
    }

    /// Records that worker `w`'s load went from `old` to `new` units (S4).
    public mutating func loadChanged(_ w: Int, from old: Int, to new: Int) {
        let p = pool[w]
        guard p >= 0, old != new else { return }
        let u0 = Double(old) * perUnit[w], u1 = Double(new) * perUnit[w]
        poolSum[p] += fte[w] * (u1 - u0)
        poolSquares[p] += fte[w] * (u1 * u1 - u0 * u0)
    }

    /// S4 from the running sums.
    public var balance: Double {
        var total = 0.0
        for p in 0..<2 where poolWeight[p] > 0 {
            total += max(0, poolSquares[p] - poolSum[p] * poolSum[p] / poolWeight[p])
        }
        return total
    }

    /// The weighted soft score.
    public var soft: Double {
        Score.soft(
            waitingPenalty: waitingPenalty, handovers: Score.handoverCount(lead: leadHandovers, partner: partnerHandovers),
            undelegatedHours: PlanningProblem.hours(undelegatedUnits), balance: balance, weights: weights)
    }

    /// Recomputes the S4 sums from `load`, shedding the rounding a long run of updates gathers.
    public mutating func resynchronise(load: [Int]) {
        poolSum = [0, 0]
        poolSquares = [0, 0]
        for (w, p) in pool.enumerated() where p >= 0 {
            let u = Double(load[w]) * perUnit[w]
            poolSum[p] += fte[w] * u
            poolSquares[p] += fte[w] * u * u
        }
    }
}
