import CaseloadSearch

/// The week's plan as a search space: the plan, its score tally, and the indexes the moves
/// draw from. Every move keeps H1–H8, H10 and H11 (a move that would break one is never applied), so every
/// solution the search visits is a valid plan and cost equals the soft score.
public struct CaseloadSpace: SearchSpace, Sendable {
    /// One case's new choice in a move; `nil` puts the case on the waiting list.
    public struct Change: Sendable {
        /// The case.
        public var c: Int
        /// Its new people.
        public var choice: CaseChoice?

        /// Creates a change.
        public init(c: Int, choice: CaseChoice?) {
            self.c = c
            self.choice = choice
        }
    }

    /// A move: changes applied together, the releases first so that the cases can trade hours.
    public struct Move: Sendable {
        /// Which neighbourhood proposed it.
        public var kind: CaseloadMoveKind
        /// The changes.
        public var changes: [Change]
    }

    /// The problem.
    public let problem: PlanningProblem
    /// The current plan.
    public private(set) var state: PlanState
    /// Its score.
    public private(set) var tally: ScoreTally
    /// Cases the search may change: all but kept locks.
    public let movable: [Bool]

    /// Waiting movable cases that some worker may lead, with each case's position (-1: not in
    /// the list).
    private(set) var waitingCases: [Int] = []
    private var waitingPosition: [Int]
    /// Served movable cases, with positions.
    private(set) var servedCases: [Int] = []
    private var servedPosition: [Int]
    /// Per worker, the movable cases they lead, with each case's position in its lead's list.
    private(set) var ledCases: [[Int]]
    private var ledPosition: [Int]
    /// Per worker, the movable duo cases they partner, with positions: a family that makes way
    /// frees its partner's norm place as much as its lead's.
    private(set) var partneredCases: [[Int]]
    private var partneredPosition: [Int]

    /// The problem's candidates (`PlanningProblem.Candidates`), under the names the moves use.
    var leadGroup: [Int] { problem.candidates.leadGroup }
    var leadGroups: [[Int]] { problem.candidates.leadGroups }
    var partnersByMunicipality: [[Int]] { problem.candidates.partners }
    /// Whether families with a current lead stay served (`PlanOptions.keepServed`).
    let keepsServed: Bool
    /// Per case, whether the plan keeps its lead of record, and its partner of record: a
    /// voluntary handover is made only where allowed, never by the search on its own.
    let keepsLead: [Bool]
    let keepsPartner: [Bool]

    /// What a move would change for one worker, summed by `fitsInPlace`.
    private struct PendingChange {
        var units = 0, cases = 0, children = 0
        var touched = false, checkHours = false, checkNorms = false
    }
    /// Per worker, the change `fitsInPlace` is summing (empty between calls), and the workers
    /// it touched.
    private var pending: [PendingChange]
    private var pendingWorkers: [Int] = []
    /// The undo `delta(of:)` builds, kept between calls.
    private var undoBuffer: [Change] = []

    /// A space starting from `state`, with `locked` cases kept as they are; with `keepsServed`,
    /// no move puts a family with a current lead on the waiting list; with `continuity`, no
    /// move takes a family from the lead or partner of record who holds it in `state` and may
    /// keep it.
    public init(
        state: PlanState, weights: Settings.Weights, locked: Set<Int> = [], keepsServed: Bool = false,
        continuity: Continuity? = nil
    ) {
        let problem = state.problem
        self.keepsServed = keepsServed
        // Served, or waiting for a partner, a family stays with the people of record who may
        // keep it.
        keepsLead = problem.cases.indices.map { c in
            guard let continuity, let lead = problem.cases[c].currentLead else { return false }
            return continuity.leadForced[c] == nil && (state.choices[c].map { $0.lead == lead } ?? true)
        }
        keepsPartner = problem.cases.indices.map { c in
            guard let continuity, let partner = problem.cases[c].currentPartner, problem.cases[c].duo else { return false }
            return continuity.partnerForced[c] == nil && (state.choices[c].map { $0.partner == partner } ?? true)
        }
        self.problem = problem
        self.state = PlanState(problem: problem)
        tally = ScoreTally(problem: problem, weights: weights)
        movable = problem.cases.indices.map { !locked.contains($0) }
        waitingPosition = Array(repeating: -1, count: problem.cases.count)
        servedPosition = waitingPosition
        ledPosition = waitingPosition
        ledCases = Array(repeating: [], count: problem.workers.count)
        partneredPosition = waitingPosition
        partneredCases = ledCases
        pending = Array(repeating: PendingChange(), count: problem.workers.count)

        for c in problem.cases.indices where movable[c] { listWaiting(c) }
        for c in problem.cases.indices {
            if let choice = state.choices[c] { serve(c, choice) }
        }
    }

    /// The score of the current plan.
    public var score: Score {
        Score(
            hard: 0, waiting: tally.waiting, waitingPenalty: tally.waitingPenalty, leadHandovers: tally.leadHandovers,
            partnerHandovers: tally.partnerHandovers, undelegatedHours: PlanningProblem.hours(tally.undelegatedUnits),
            balance: tally.balance, soft: tally.soft)
    }

    // MARK: SearchSpace

    /// The soft score.
    public var cost: Double { tally.soft }
    /// The soft score: no penalties, every plan visited is valid.
    public var objective: Double { tally.soft }
    /// Always: moves never break a hard rule.
    public var isFeasible: Bool { true }
    /// Always: lets the engine copy the plan only when it leaves the best one.
    public var isAlwaysFeasible: Bool { true }

    /// Draws a neighbourhood and proposes one of its moves, with the score change measured by
    /// applying and undoing it on the running totals.
    public mutating func propose(using generator: inout SplitMix64) -> (move: Move, delta: Double)? {
        let kind = CaseloadMoveKind.draw(waiting: !waitingCases.isEmpty, using: &generator)
        guard let changes = kind.neighbourhood.propose(in: self, using: &generator) else { return nil }
        guard let delta = delta(of: changes) else { return nil }
        return (Move(kind: kind, changes: changes), delta)
    }

    /// Applies a proposed move. `propose` measured it on the current plan and found that it fits,
    /// so it is not checked again.
    public mutating func apply(_ move: Move) { replace(move.changes) }

    /// The choices of the current plan.
    public func snapshot() -> [CaseChoice?] { state.choices }

    /// Makes `snapshot` the current plan. It is a plan this space held (or one of its copies), so
    /// it is not checked again.
    public mutating func restore(_ snapshot: [CaseChoice?]) {
        var changes: [Change] = []
        for (c, choice) in snapshot.enumerated() where choice != state.choices[c] { changes.append(Change(c: c, choice: choice)) }
        replace(changes)
    }

    /// Sheds floating-point drift from the balance sums now and then.
    public mutating func adapt(iteration: Int) { tally.resynchronise(load: state.load) }

    // MARK: Changes

    /// The change of the soft score that `changes` would make, or `nil` when one of them does not
    /// fit the hours (H3) or norms (H4) left; the plan is left as it was. The choices must keep
    /// the other rules (see `PlanState.violations(of:for:)`).
    public mutating func delta(of changes: [Change]) -> Double? {
        // Most proposals do not fit; telling so from the totals skips releasing the families
        // and serving them again.
        guard fitsInPlace(changes) else { return nil }
        let before = tally.soft
        // The undo is built in a buffer kept between calls, as the search measures millions of
        // moves. It is put back unchecked: it held before, even where it was over a limit, as a
        // warm start's kept locks may leave it.
        var undo: [Change] = []
        swap(&undo, &undoBuffer)
        undo.removeAll(keepingCapacity: true)
        for change in changes { undo.append(Change(c: change.c, choice: state.choices[change.c])) }
        replace(changes)
        let delta = tally.soft - before
        replace(undo)
        swap(&undo, &undoBuffer)
        return delta
    }

    /// Applies `changes` when they fit; returns whether they did.
    public mutating func commit(_ changes: [Change]) -> Bool {
        guard fitsInPlace(changes) else { return false }
        replace(changes)
        return true
    }

    /// Applies `changes` if every new choice keeps H3–H4 given the others; returns the changes
    /// that undo it, or `nil` (and changes nothing) when one does not fit.
    mutating func perform(_ changes: [Change]) -> [Change]? {
        guard fitsInPlace(changes) else { return nil }
        let undo = changes.map { Change(c: $0.c, choice: state.choices[$0.c]) }
        replace(changes)
        return undo
    }

    /// Releases the families of `changes`, then serves each with its new choice, unchecked.
    private mutating func replace(_ changes: [Change]) {
        for change in changes { release(change.c) }
        for change in changes { if let choice = change.choice { serve(change.c, choice) } }
    }

    /// Whether `choice` for waiting case `c` fits the hours (H3) and norms (H4) left; the moves
    /// build choices that keep the other rules.
    func fits(_ c: Int, _ choice: CaseChoice) -> Bool {
        let children = problem.caseFigures[c].children
        guard choice.partner != choice.lead, hasNormRoom(choice.lead, children: children),
            choice.partner.map({ hasNormRoom($0, children: children) }) ?? true,
            units(of: choice.lead, in: choice, for: c) <= room(choice.lead),
            choice.partner.map({ units(of: $0, in: choice, for: c) <= room($0) }) ?? true
        else { return false }
        for w in choice.delegates where units(of: w, in: choice, for: c) > room(w) { return false }
        return true
    }

    /// Whether `changes` keep H3–H4: when their families are released and the new choices served
    /// in turn, each fits (`fits`) the plan as it is at its turn. Told from the running totals
    /// without changing the plan; the families must differ.
    ///
    /// Serving only adds hours and places, so each choice fits on its turn exactly when every
    /// worker it names stays within their limits once all the changes are made.
    mutating func fitsInPlace(_ changes: [Change]) -> Bool {
        for change in changes {
            if keepsLead[change.c] || keepsPartner[change.c], !keepsPeople(change) {
                clearPending()
                return false
            }
            if let old = state.choices[change.c] { addPending(old, of: change.c, sign: -1, check: false) }
            if let choice = change.choice {
                guard choice.partner != choice.lead else {
                    clearPending()
                    return false
                }
                addPending(choice, of: change.c, sign: 1, check: true)
            }
        }
        var fitting = true
        for w in pendingWorkers where pending[w].checkHours || pending[w].checkNorms {
            let change = pending[w]
            if change.checkHours && !problem.hoursFit(w, load: state.load[w] + change.units)
                || change.checkNorms
                    && !problem.normFits(
                        w, cases: state.caseCount[w] + change.cases, children: state.childCount[w] + change.children)
            {
                fitting = false
                break
            }
        }
        clearPending()
        return fitting
    }

    /// Adds what `choice` gives its people for case `c` to `pending`, marking them for the
    /// checks of `fitsInPlace` when `check`.
    private mutating func addPending(_ choice: CaseChoice, of c: Int, sign: Int, check: Bool) {
        let figures = problem.caseFigures[c]
        func add(_ w: Int, units: Int, place: Bool) {
            if !pending[w].touched { pendingWorkers.append(w) }
            pending[w].touched = true
            pending[w].units += sign * units
            pending[w].checkHours = pending[w].checkHours || check
            if place {
                pending[w].cases += sign
                pending[w].children += sign * figures.children
                pending[w].checkNorms = pending[w].checkNorms || check
            }
        }
        add(choice.lead, units: figures.leadUnits, place: true)
        if let partner = choice.partner { add(partner, units: figures.partnerUnits, place: true) }
        for (d, w) in choice.delegates.enumerated() { add(w, units: problem.taskUnits[figures.firstTask + d], place: false) }
    }

    /// Whether `change` keeps the lead and partner of record its family keeps (`keepsLead`,
    /// `keepsPartner`).
    private func keepsPeople(_ change: Change) -> Bool {
        guard let choice = change.choice else { return false }
        let figures = problem.caseFigures[change.c]
        return (!keepsLead[change.c] || choice.lead == figures.currentLead)
            && (!keepsPartner[change.c] || choice.partner == figures.currentPartner)
    }

    private mutating func clearPending() {
        for w in pendingWorkers { pending[w] = PendingChange() }
        pendingWorkers.removeAll(keepingCapacity: true)
    }

    /// Units worker `w` has left under H3.
    func room(_ w: Int) -> Int { problem.hoursLeft(w, load: state.load[w]) }

    /// Whether `w` has norm room (H4) for one more case of `children`.
    func hasNormRoom(_ w: Int, children: Int) -> Bool {
        problem.normFits(w, cases: state.caseCount[w] + 1, children: state.childCount[w] + children)
    }

    /// The movable cases worker `w` leads or partners, in case order.
    func casesHeld(by w: Int) -> [Int] { (ledCases[w] + partneredCases[w]).sorted() }

    /// All units `choice` gives worker `w`.
    func units(of w: Int, in choice: CaseChoice, for c: Int) -> Int { problem.units(of: w, in: choice, for: c) }

    private mutating func serve(_ c: Int, _ choice: CaseChoice) {
        state.assign(c, choice)
        tally.served(c, choice, sign: 1)
        reportLoads(of: choice, for: c, sign: 1)
        guard movable[c] else { return }
        Self.unlist(c, &waitingCases, &waitingPosition)
        Self.list(c, &servedCases, &servedPosition)
        Self.list(c, &ledCases[choice.lead], &ledPosition)
        if let partner = choice.partner { Self.list(c, &partneredCases[partner], &partneredPosition) }
    }

    private mutating func release(_ c: Int) {
        guard let choice = state.choices[c] else { return }
        state.unassign(c)
        tally.served(c, choice, sign: -1)
        reportLoads(of: choice, for: c, sign: -1)
        guard movable[c] else { return }
        Self.unlist(c, &servedCases, &servedPosition)
        listWaiting(c)
        Self.unlist(c, &ledCases[choice.lead], &ledPosition)
        if let partner = choice.partner { Self.unlist(c, &partneredCases[partner], &partneredPosition) }
    }

    /// Tells the tally the new loads of the people of `choice`, each once.
    private mutating func reportLoads(of choice: CaseChoice, for c: Int, sign: Int) {
        func report(_ w: Int) {
            let now = state.load[w]
            tally.loadChanged(w, from: now - sign * units(of: w, in: choice, for: c), to: now)
        }
        report(choice.lead)
        if let partner = choice.partner, partner != choice.lead { report(partner) }
        for (d, w) in choice.delegates.enumerated()
        where w != choice.lead && w != choice.partner && !choice.delegates[..<d].contains(w) {
            report(w)
        }
    }

    /// Lists a waiting case for `ServeWaitingMove`, unless no worker may ever lead it: on a
    /// region where many families wait for want of a skill or municipality, drawing those would
    /// waste most serve moves.
    private mutating func listWaiting(_ c: Int) {
        guard !leadGroups[leadGroup[c]].isEmpty else { return }
        Self.list(c, &waitingCases, &waitingPosition)
    }

    // Static, so that passing two of self's arrays inout does not copy self.
    private static func list(_ c: Int, _ items: inout [Int], _ position: inout [Int]) {
        guard position[c] < 0 else { return }
        position[c] = items.count
        items.append(c)
    }

    private static func unlist(_ c: Int, _ items: inout [Int], _ position: inout [Int]) {
        let p = position[c]
        guard p >= 0 else { return }
        let last = items.removeLast()
        if last != c {
            items[p] = last
            position[last] = p
        }
        position[c] = -1
    }
}
