import ArgumentParser
import CaseloadGAP
import Foundation

/// `caseload-gap`: solves a generalized assignment problem with the planner's search engine. A
/// benchmark of the engine, not a manager's command; exit codes as `caseload`'s: 64 usage, 65 an
/// instance that cannot be read, 66 a file that cannot be opened.
@main
struct GAPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "caseload-gap",
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

            Example: caseload-gap instances/d10200.txt --time-limit 10 --threads 2 --format json
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

    /// An instance file that cannot be opened (66) or read (65).
    struct FileError: Error, CustomStringConvertible {
        var description: String
        var code: Int32
    }

    func validate() throws {
        guard timeLimit > 0 else { throw ValidationError("--time-limit must be more than 0") }
        guard threads >= 1 else { throw ValidationError("--threads must be at least 1") }
        if let maxMoves, maxMoves < 1 { throw ValidationError("--max-moves must be at least 1") }
    }

    mutating func run() throws {
        do {
            print(try execute(), terminator: "")
        } catch let error as FileError {
            FileHandle.standardError.write(Data("caseload-gap: \(error.description)\n".utf8))
            throw ExitCode(error.code)
        }
    }

    /// The report of one solve.
    func execute() throws -> String {
        guard FileManager.default.fileExists(atPath: file) else { throw FileError(description: "\(file): no such file", code: 66) }
        guard let data = FileManager.default.contents(atPath: file) else {
            throw FileError(description: "\(file): not readable", code: 66)
        }
        guard let text = String(data: data, encoding: .utf8) else { throw FileError(description: "\(file): not UTF-8 text", code: 65) }
        let instance: GAPInstance
        do {
            instance = try GAPInstance(parsing: text, sense: sense)
        } catch {
            throw FileError(description: "\(file): \(error.description)", code: 65)
        }
        var options = GAPSolver.Options(timeLimit: timeLimit, maxMoves: maxMoves, seed: seed, threads: threads)
        if noFixing { options.rounds.shares = [1] }
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
            return rows.map { $0.0 + String(repeating: " ", count: max(0, 14 - $0.0.count)) + $0.1 }.joined(separator: "\n") + "\n"
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
