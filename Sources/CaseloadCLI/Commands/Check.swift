import ArgumentParser
import CaseloadCore
import CaseloadStore
import Foundation

/// `caseload check`: verifies a database.
struct Check: OutputCommand {
    static let configuration = CommandConfiguration(
        abstract: "Verify the database: its integrity, and each plan (drafts too) against H1, H3, H4, H5 and H8 (its own figures).",
        discussion: """
            The file is read first, without writing to it: SQLite's integrity check, foreign keys, and every value \
            of the type its column holds; a damaged file is reported and read no further. Each saved plan is then \
            checked from its own stored figures (registered work by registered workers, hours within availability, \
            norms, partners, every worker's hours the sum of their tasks) and its rows against what it counted when \
            saved (a lost waiting family shows). The current plan is also checked against today's data; a \
            difference there means the data changed since it was saved (re-plan), not that the file is damaged. \
            Exit 0 when sound, 65 when not.

            Example: caseload check --db team.sqlite
            """)

    @OptionGroup var global: GlobalOptions

    mutating func execute() throws -> String {
        try global.requireFile()
        var out = ""
        // The file first, read only: a damaged file is neither migrated nor read further.
        let integrity: [String]
        do {
            integrity = try AppDatabase.integrityProblems(path: global.path)
        } catch {
            guard let damage = AppDatabase.damage(in: error) else { throw error }
            throw CommandError.data("\(global.path) is damaged: SQLite cannot read it (\(damage)).\n" + Self.verdict)
        }
        out += "integrity: " + (integrity.isEmpty ? "ok" : "\(integrity.count) problems") + "\n"
        for problem in integrity.prefix(20) { out += "  \(problem)\n" }
        guard integrity.isEmpty else { throw CommandError.data(out + "\(global.path) is damaged.\n" + Self.verdict) }
        let db = try global.open()
        var sound = true
        let summaries = try db.planNumbers()
        for summary in summaries {
            out += "plan \(summary.id) (\(summary.week))\(summary.isCurrent ? ", current" : summary.isDraft ? ", draft" : ""): "
            let read: SavedPlan?
            do {
                read = try db.savedPlan(id: summary.id)
            } catch let error as StoredValueError {
                out += "unreadable: the \(error.field) is unreadable ('\(error.value)' in \(error.table))\n"
                sound = false
                continue
            }
            guard let saved = read else { continue }
            let violations =
                try db.storedPlanProblems(id: summary.id)
                + PlanChecker().storedViolations(of: saved.plan, overloadAllowed: saved.settings.overloadAllowed).map(\.description)
            out += violations.isEmpty ? "ok\n" : "\(violations.count) problems\n"
            for v in violations.prefix(20) { out += "  \(v)\n" }
            sound = sound && violations.isEmpty
            if summary.isCurrent {
                let today = PlanChecker().violations(of: saved.plan, in: try db.scenario(of: saved))
                    .filter { $0.rule != .locks }
                if !today.isEmpty {
                    out += "  against today's data: \(today.count) differences (the data changed since; re-plan)\n"
                    for v in today.prefix(5) { out += "    \(v)\n" }
                }
            }
        }
        if summaries.isEmpty { out += "no saved plans\n" }
        guard sound else { throw CommandError.data(out + Self.verdict) }
        return out
    }

    static let verdict = "the database is not sound; restore it from a backup (caseload backup makes one)"
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
