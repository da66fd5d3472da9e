import CaseloadCore
import GRDB

extension AppDatabase {
    /// Reads the stored scenario, lets `change` make its change and writes the items it touched,
    /// all in one write transaction: no other write can come between what the change read and
    /// what it writes, and when `change` throws nothing is written.
    @discardableResult
    public func apply(_ change: (Scenario) throws -> ScenarioChange) throws -> ImportSummary {
        try writer.write { db in
            let made = try change(try Self.scenario(db, week: nil))
            let scenario = made.scenario
            var summary = ImportSummary()
            for i in made.touched {
                switch made.section {
                case .organisations: Self.count(try Self.upsert(db, scenario.organisations[i]), &summary)
                case .networks: Self.count(try Self.upsert(db, scenario.networks[i]), &summary)
                case .staff: Self.count(try Self.upsert(db, scenario.staff[i]), &summary)
                case .cases: Self.count(try Self.upsert(db, scenario.cases[i]), &summary)
                case .absences:
                    let worker = scenario.staff[i]
                    for a in worker.absences { try Self.upsert(db, a, worker: worker.id) }
                    summary.updated += 1
                }
            }
            return summary
        }
    }
}
