extension GAPSolver {
    /// Construction: the walks' first solution, by regret (`GAPConstruction`).
    ///
    /// With capacity prices, a second regret solution charges each job for the capacity it takes,
    /// and the better of the two starts; either way the space then ranks each job's candidate
    /// agents by the priced costs, which sends the walks to the agents with room to spare.
    func constructFirstSolution(_ instance: GAPInstance) -> GAPSpace {
        let plain = GAPConstruction.regret(instance)
        let space = GAPSpace(instance: instance, assignment: plain, options: options.walks.search)
        guard options.capacityPrices else { return space }
        let prices = GAPBound.capacityPrices(instance, upperBound: space.feasibleObjective)
        let priced = GAPSpace(
            instance: instance, assignment: GAPConstruction.regret(instance, prices: prices), options: options.walks.search,
            prices: prices)
        // Start from the better of the two: feasible and cheaper, or less overloaded.
        let better =
            priced.isFeasible
            ? !space.isFeasible || priced.objective <= space.objective : priced.overload < space.overload
        return better ? priced : GAPSpace(instance: instance, assignment: plain, options: options.walks.search, prices: prices)
    }

    /// Bound: the Lagrangian lower bound by subgradient steps aimed at `upperBound` (the first
    /// solution's cost), or the capacity relaxation alone with no iterations asked for.
    ///
    /// The bound proves optimality and its multipliers later fix pairs, price the tree and the
    /// repairs; it finds no solution, so it gets only `bound.timeShare` of a timed run.
    func computeBound(_ instance: GAPInstance, upperBound: Int?, started: Double, clock: () -> Double) -> GAPBound {
        guard options.bound.iterations > 0 else { return GAPBound.capacityRelaxation(instance) }
        return GAPBound.lagrangian(
            instance, upperBound: upperBound, iterations: options.bound.iterations, exactCells: options.bound.exactKnapsackCells
        ) { options.timeLimit.map { clock() - started > $0 * options.bound.timeShare } ?? false }
    }
}
