import ArgumentParser
import CaseloadCore
import CaseloadStore
import Foundation

/// `caseload gap`: solves a generalized assignment problem with the planner's search engine.
struct GAP: OutputCommand {
    static let configuration = CommandConfiguration(
        commandName: "gap",
        abstract: "Solve a generalized assignment problem (OR-Library format) with the planner's search engine.",
        discussion: """
            The file holds whitespace-separated integers: m n, the m x n cost matrix, the m x n resource matrix and \
            the m capacities. The solver prices each agent's capacity by a Lagrangian relaxation (to rank \
            every job's candidate agents and build a priced regret solution), computes a Lagrangian lower bound and \
            runs the shared local search on several threads in rounds: after the first, each round drops the agents \
            that the bound shows cannot hold a job in a better solution (reduced-cost fixing), and between rounds \
            the jobs of every two agents are split between them anew, exactly. It stops at the time limit, or when \
            the best solution meets the bound. \
            OR-Library's gap1..gap12 are maximisation problems: pass --sense max.

            Example: caseload gap instances/d10200.txt --time-limit 10 --threads 2 --format json
            """)

    @Argument(help: "The instance file.") var file: String
    @Option(help: "Seconds for the whole solve.") var timeLimit: Double = 10
    @Option(help: "The seed; the same seed, threads and move limit give the same result.") var seed: UInt64 = 1
    @Option(help: "Search threads.") var threads: Int = 2
    @Option(help: "Moves per thread (makes a run reproducible when the time limit is not reached).") var maxMoves: Int?
    @Option(help: "min or max.") var sense: GAPSense = .min
    @Option(help: "table or json.") var format: GAPFormat = .table
    @Flag(help: "Search in one round, without fixing agents by the bound (for comparisons).") var noFixing = false

    /// How a result is printed.
    enum GAPFormat: String, ExpressibleByArgument, CaseIterable {
        case table, json
    }

    mutating func execute() throws -> String {
        guard timeLimit > 0 else { throw ValidationError("--time-limit must be more than 0") }
        guard threads >= 1 else { throw ValidationError("--threads must be at least 1") }
        guard FileManager.default.fileExists(atPath: file) else { throw FileOpenError(path: file, reason: "no such file") }
        guard let data = FileManager.default.contents(atPath: file) else { throw FileOpenError(path: file, reason: "not readable") }
        guard let text = String(data: data, encoding: .utf8) else { throw InputError(file: file, "not UTF-8 text") }
        let instance: GAPInstance
        do {
            instance = try GAPInstance(parsing: text, sense: sense)
        } catch {
            throw InputError(file: file, error.description)
        }
        var options = GAPSolver.Options(timeLimit: timeLimit, maxMoves: maxMoves, seed: seed, threads: threads)
        if noFixing { options.roundShares = [1] }
        let result = GAPSolver(options: options).solve(instance)
        let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        let gap = result.gapPercent
        switch format {
        case .json:
            var fields: [(String, String)] = [
                ("instance", "\"\(name)\""), ("sense", "\"\(sense.rawValue)\""), ("agents", "\(instance.agents)"),
                ("jobs", "\(instance.jobs)"), ("objective", result.objective.map { "\($0)" } ?? "null"), ("bound", "\(result.bound)"),
                ("gap_to_bound_percent", gap.map { String(format: "%.4f", $0) } ?? "null"), ("feasible", "\(result.feasible)"),
                ("seconds", String(format: "%.3f", result.seconds)), ("stop_reason", "\"\(result.stop.rawValue)\""),
                ("moves", "\(result.moves)"), ("tree_nodes", "\(result.treeNodes)"),
                ("early_repairs", "\(result.earlyRepairs)"), ("threads", "\(threads)"),
                ("seed", "\(seed)"),
            ]
            fields[0].1 = jsonString(name)
            return "{\n" + fields.map { "  \"\($0.0)\": \($0.1)" }.joined(separator: ",\n") + "\n}\n"
        case .table:
            let rows: [(String, String)] = [
                ("instance", name), ("sense", sense.rawValue), ("size", "\(instance.agents) agents x \(instance.jobs) jobs"),
                ("objective", result.objective.map { "\($0)" } ?? "none (no feasible solution found)"),
                ("bound", "\(result.bound)"), ("gap to bound", gap.map { String(format: "%.3f %%", $0) } ?? "-"),
                ("feasible", result.feasible ? "yes" : "no"), ("seconds", String(format: "%.2f", result.seconds)),
                ("stop reason", result.stop.rawValue), ("moves", "\(result.moves)"),
                ("tree nodes", "\(result.treeNodes)"), ("early repairs", result.earlyRepairs ? "yes" : "no"),
            ]
            return rows.map { PlanReport.pad($0.0, 14) + $0.1 }.joined(separator: "\n") + "\n"
        }
    }

    /// `s` as a JSON string literal.
    private func jsonString(_ s: String) -> String {
        var out = "\""
        for ch in s.unicodeScalars {
            switch ch {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where ch.value < 0x20: out += String(format: "\\u%04x", ch.value)
            default: out.unicodeScalars.append(ch)
            }
        }
        return out + "\""
    }
}

extension GAPSense: ExpressibleByArgument {}
