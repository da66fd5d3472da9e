import CaseloadCore
import CaseloadStore
import Foundation
import GRDB
import CaseloadTestSupport
import Testing

/// A stored value Caseload cannot read back is an error naming table, row and field, never a
/// default in its place (an unknown framework once became OTS, an unknown phase the middle one,
/// unreadable skills none at all).
@Suite struct StoredValueTests {
    /// FoodValley loaded into a fresh database, then changed by `sql` behind Caseload's back.
    static func read(after sql: String) throws -> StoredValueError? {
        let store = try AppDatabase.inMemory()
        _ = try store.load(try foodvalley())
        #expect(throws: Never.self) { try store.scenario() }
        try store.writer.write { try $0.execute(sql: sql) }
        do {
            _ = try store.scenario()
            return nil
        } catch let error as StoredValueError {
            return error
        }
    }

    @Test(arguments: [
        ("UPDATE cases SET framework = 'otz' WHERE id = 'fv-0001'", "cases", "fv-0001", "framework"),
        ("UPDATE cases SET phase = 'halfway' WHERE id = 'fv-0002'", "cases", "fv-0002", "phase"),
        ("UPDATE cases SET skills = 'lvb' WHERE id = 'fv-0003'", "cases", "fv-0003", "skills"),
        ("UPDATE cases SET hours = '{\"casework\": \"lots\"}' WHERE id = 'fv-0004'", "cases", "fv-0004", "hours"),
        ("UPDATE cases SET waiting_since = '31-02-2026' WHERE id = 'fv-0005'", "cases", "fv-0005", "waiting_since"),
        ("UPDATE workers SET tasks = 'casework|admin' WHERE rowid = 1", "workers", nil, "tasks"),
        ("UPDATE workers SET registered_until = 'soon' WHERE rowid = 2", "workers", nil, "registered_until"),
        ("UPDATE organisations SET kind = 'ministry' WHERE rowid = 1", "organisations", nil, "kind"),
        ("UPDATE meta SET value = '{\"fte_hours\": \"full\"}' WHERE key = 'settings'", "meta", "settings", "settings"),
    ])
    func unreadableValuesAreNamed(sql: String, table: String, row: String?, field: String) throws {
        let error = try #require(try Self.read(after: sql), "read as if nothing were wrong")
        #expect(error.table == table && error.field == field)
        if let row { #expect(error.row == row) }
        #expect(error.description.contains("\(table) row '\(error.row)', field \(field)"))
    }

    @Test func settingsRoundTripAndMissingKeysKeepTheirDefaults() throws {
        var settings = Settings()
        settings.fteHours = 38
        settings.duoAcrossOrganisations = false
        settings.rampUp = [Settings.RampUpStep(months: 2, factor: 0.4)]
        settings.weights.handover = 80
        let encoded = try JSONEncoder().encode(settings)
        #expect(try JSONDecoder().decode(Settings.self, from: encoded) == settings)
        // Every key is written, by the one list of keys.
        let object = try #require(try JSONSerialization.jsonObject(with: encoded) as? [String: Any])
        #expect(Set(object.keys) == Set(Settings.Key.allCases.map(\.rawValue)))
        // A database written before a key existed reads it as its default.
        let old = try JSONDecoder().decode(Settings.self, from: Data(#"{"fte_hours": 38, "weights": {"waiting": 900}}"#.utf8))
        #expect(old.fteHours == 38 && old.duoSplit == Settings().duoSplit && old.weights.waiting == 900 && old.weights.handover == 50)
    }

    /// FoodValley planned and saved in a fresh database, then the plan changed by `sql`.
    static func readPlan(after sql: String) throws -> Result<Plan?, StoredValueError> {
        let store = try AppDatabase.inMemory()
        let scenario = try foodvalley()
        _ = try store.load(scenario)
        let plan = Planner.plan(scenario, options: .quick)
        try store.save(plan, scenario: scenario)
        try store.writer.write { try $0.execute(sql: sql) }
        do {
            return .success(try store.plan())
        } catch let error as StoredValueError {
            return .failure(error)
        }
    }

    @Test(arguments: [
        ("UPDATE plans SET score = 'nonsense'", "plans", "score"),
        ("UPDATE plans SET score = '{\"soft\": 1}'", "plans", "score"),
        ("UPDATE plans SET solver = '{\"name\": 3}'", "plans", "solver"),
        ("UPDATE plans SET week = 'week 48'", "plans", "week"),
        ("UPDATE plans SET created_at = 'yesterday'", "plans", "created_at"),
        ("UPDATE plan_waiting SET reason = 'tired' WHERE position = 0", "plan_waiting", "reason"),
    ])
    func unreadablePlanValuesAreNamed(sql: String, table: String, field: String) throws {
        guard case .failure(let error) = try Self.readPlan(after: sql) else {
            Issue.record("read as if nothing were wrong")
            return
        }
        #expect(error.table == table && error.field == field, "\(error)")
    }

    @Test func planSavedBeforeThreadsAndStopWereRecordedReads() throws {
        let old = #"{"name": "construction-v1+lahc", "seed": 7, "seconds": 1.25}"#
        let read = try Self.readPlan(after: "UPDATE plans SET solver = '\(old)'").get()
        let solver = try #require(read).solver
        #expect(solver.name == "construction-v1+lahc" && solver.seed == 7 && solver.threads == 1 && solver.moves == 0)
    }
}
