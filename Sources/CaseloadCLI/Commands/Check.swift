import ArgumentParser
import CaseloadCore
import CaseloadStore
import Foundation

/// `caseload check`: verifies a database.
struct Check: OutputCommand {
    static let configuration = CommandConfiguration(
        abstract: "Verify the database: SQLite's integrity, and every saved plan against H1–H8.",
        discussion: """
            Each saved plan is checked from its own stored figures (registered work by registered workers, hours \
            within availability, norms, partners, every worker's hours the sum of their tasks). The current plan is \
            also checked against today's data; a difference there means the data changed since it was saved \
            (re-plan), not that the file is damaged. Exit 0 when sound, 65 when not.

            Example: caseload check --db team.sqlite
            """)

    @OptionGroup var global: GlobalOptions

    mutating func execute() throws -> String {
        let db = try global.open()
        var out = ""
        var sound = true
        let integrity = try db.integrityProblems()
        out += "integrity: " + (integrity.isEmpty ? "ok" : "\(integrity.count) problems") + "\n"
        for problem in integrity.prefix(20) { out += "  \(problem)\n" }
        sound = sound && integrity.isEmpty
        let summaries = try db.plans()
        for summary in summaries.reversed() {
            guard let saved = try db.savedPlan(id: summary.id) else { continue }
            let violations = PlanChecker().storedViolations(of: saved.plan, overloadAllowed: saved.settings.overloadAllowed)
            out += "plan \(summary.id) (\(summary.week))\(summary.isCurrent ? ", current" : ""): "
            out += violations.isEmpty ? "ok\n" : "\(violations.count) broken rules\n"
            for v in violations.prefix(20) { out += "  \(v)\n" }
            sound = sound && violations.isEmpty
            if summary.isCurrent {
                let today = PlanChecker().violations(of: saved.plan, in: try db.scenario(week: saved.plan.week))
                    .filter { $0.rule != "H9" }
                if !today.isEmpty {
                    out += "  against today's data: \(today.count) differences (the data changed since; re-plan)\n"
                    for v in today.prefix(5) { out += "    \(v)\n" }
                }
            }
        }
        if summaries.isEmpty { out += "no saved plans\n" }
        guard sound else { throw CommandError.data(out + "the database is not sound") }
        return out
    }
}

/// `caseload backup FILE`: a consistent copy while in use.
struct Backup: OutputCommand {
    static let configuration = CommandConfiguration(
        abstract: "Copy the database consistently, even while plans are being saved or served.",
        discussion: """
            Uses SQLite's online backup; the copy is checked and appears under its name whole or not at all. \
            An existing file is never overwritten.

            Example: caseload backup backups/team-2026-11-23.sqlite
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The new file.") var file: String

    mutating func execute() throws -> String {
        guard !FileManager.default.fileExists(atPath: file) else {
            throw CommandError(exitCode: 64, description: "\(file) exists; choose another name (a backup never overwrites)")
        }
        let db = try global.open()
        do {
            try db.backup(to: file)
        } catch {
            throw CommandError.failure("could not write \(file): \(error)")
        }
        return "backed up \(global.path) to \(file)\n"
    }
}
