import ArgumentParser
import CaseloadCore
import CaseloadReport
import CaseloadStore
import Foundation

/// `caseload check`: verifies a database.
struct Check: OutputCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            abstract: Texts.Help.Check.abstract(Caseload.language), discussion: Texts.Help.Check.discussion(Caseload.language))
    }

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
            let damaged = Texts.Errors.damaged(global.path, sqlite: "\(damage)")
            throw CommandError.data(Text(nl: damaged.nl + "\n" + Self.verdict.nl, en: damaged.en + "\n" + Self.verdict.en))
        }
        let language = Caseload.language
        let words = Texts.Check.self
        out += words.integrity(problems: integrity.count)(language) + "\n"
        for problem in integrity.prefix(20) { out += "  \(problem)\n" }
        guard integrity.isEmpty else {
            let damaged = Texts.Errors.damagedFile(global.path)
            throw CommandError.data(Text(nl: out + damaged.nl + "\n" + Self.verdict.nl, en: out + damaged.en + "\n" + Self.verdict.en))
        }
        let db = try global.open()
        var sound = true
        let summaries = try db.planNumbers()
        for summary in summaries {
            out += words.plan(summary.id, week: "\(summary.week)", current: summary.isCurrent, draft: summary.isDraft)(language)
            let read: SavedPlan?
            do {
                read = try db.savedPlan(id: summary.id)
            } catch let error as StoredValueError {
                out += words.unreadable(field: error.field, value: error.value, table: error.table)(language) + "\n"
                sound = false
                continue
            }
            guard let saved = read else { continue }
            let violations =
                try db.storedPlanProblemTexts(id: summary.id).map { $0(language) }
                + PlanChecker().storedViolations(of: saved.plan, overloadAllowed: saved.settings.overloadAllowed).map { $0.line(language) }
            out += words.verdict(problems: violations.count)(language) + "\n"
            for v in violations.prefix(20) { out += "  \(v)\n" }
            sound = sound && violations.isEmpty
            if summary.isCurrent {
                let today = PlanChecker().violations(of: saved.plan, in: try db.scenario(of: saved))
                    .filter { $0.rule != .locks }
                if !today.isEmpty {
                    out += "  " + words.againstToday(today.count)(language) + "\n"
                    for v in today.prefix(5) { out += "    " + v.line(language) + "\n" }
                }
            }
        }
        if summaries.isEmpty { out += words.noSavedPlans(language) + "\n" }
        guard sound else { throw CommandError.data(Text(nl: out + Self.verdict.nl, en: out + Self.verdict.en)) }
        return out
    }

    static let verdict = Texts.Errors.notSound
}

/// `caseload backup FILE`: a consistent copy while in use.
struct Backup: OutputCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            abstract: Texts.Help.Backup.abstract(Caseload.language), discussion: Texts.Help.Backup.discussion(Caseload.language))
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: .text(Texts.Help.Backup.file)) var file: String

    mutating func execute() throws -> String {
        guard !FileManager.default.fileExists(atPath: file) else {
            throw CommandError(exitCode: 64, Texts.Errors.backupExists(file))
        }
        let db = try global.open()
        do {
            try db.backup(to: file)
        } catch {
            throw CommandError.failure(Texts.Errors.couldNotWrite(file, "\(error)"))
        }
        return Texts.Check.backedUp(global.path, to: file)(Caseload.language) + "\n"
    }
}
