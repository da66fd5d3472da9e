import CaseloadCore
import GRDB

extension AppDatabase {
    /// Reads the stored scenario, lets `change` make its change and writes the items it added or
    /// changed, all in one write transaction: no other write can come between what the change
    /// read and what it writes, and when `change` throws nothing is written. An item the change
    /// left as it was is not written.
    ///
    /// With `dryRun` the change is made and summed up in a read transaction, and nothing is
    /// written: the summary is the one the same change would give for real.
    @discardableResult
    public func apply(dryRun: Bool = false, _ change: (Scenario) throws -> ScenarioChange) throws -> ImportSummary {
        if dryRun {
            return try writer.read { db in ImportSummary(try change(try Self.scenario(db, week: nil))) }
        }
        return try writer.write { db in
            let made = try change(try Self.scenario(db, week: nil))
            let scenario = made.scenario
            for i in made.touched {
                switch made.section {
                case .organisations: _ = try Self.upsert(db, scenario.organisations[i])
                case .networks: _ = try Self.upsert(db, scenario.networks[i])
                case .staff: _ = try Self.upsert(db, scenario.staff[i])
                case .cases: _ = try Self.upsert(db, scenario.cases[i])
                case .absences:
                    // The worker's other absences are as stored, so writing them again changes nothing.
                    let worker = scenario.staff[i]
                    for a in worker.absences { try Self.upsert(db, a, worker: worker.id) }
                }
            }
            return ImportSummary(made)
        }
    }
}
