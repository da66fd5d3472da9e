/// A solution space the local search engine can walk: the caseload plan and the generalized
/// assignment problem both conform, so that one engine drives both.
///
/// The space keeps its own current solution and running totals; a move's cost change must be
/// computed from those totals (incrementally), never by rescoring the whole solution.
public protocol SearchSpace {
    /// A change to the current solution.
    associatedtype Move
    /// A copy of a solution, kept for the best one found.
    associatedtype Snapshot: Sendable

    /// What the search minimises: the objective plus any penalties for broken capacity.
    var cost: Double { get }
    /// The objective of the current solution without penalties.
    var objective: Double { get }
    /// Whether the current solution may be returned as a result.
    var isFeasible: Bool { get }
    /// Whether every solution is feasible and `cost` equals `objective`: then the engine copies
    /// a solution only when a worsening move leaves it, not on every improvement.
    var isAlwaysFeasible: Bool { get }

    /// Proposes a move from the current solution and the change of `cost` it would make, or
    /// `nil` when the neighbourhood sampled this time holds nothing that can be applied.
    mutating func propose(using generator: inout SplitMix64) -> (move: Move, delta: Double)?
    /// Applies a move that `propose` returned from the current solution.
    mutating func apply(_ move: Move)
    /// A copy of the current solution.
    func snapshot() -> Snapshot
    /// Makes a snapshot the current solution.
    mutating func restore(_ snapshot: Snapshot)
    /// Called every `SearchLimits.adaptEvery` moves: a place for adaptive penalties.
    mutating func adapt(iteration: Int)
    /// Perturbs the current solution at random, called after a restart from the best
    /// (`SearchLimits.restartAfter`); the moves need not improve anything.
    mutating func kick(using generator: inout SplitMix64)
}

extension SearchSpace {
    /// Not by default.
    public var isAlwaysFeasible: Bool { false }

    /// No adaptation by default.
    public mutating func adapt(iteration: Int) {}
    /// No kick by default: a restart then simply continues from the best solution.
    public mutating func kick(using generator: inout SplitMix64) {}
}
