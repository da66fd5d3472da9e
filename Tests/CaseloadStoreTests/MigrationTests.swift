import CaseloadCore
import Foundation
import GRDB
import CaseloadTestSupport
import Testing

@testable import CaseloadStore

@Suite struct MigrationTests {
    /// A database made before workers had `leaves` opens, gains the column and keeps its rows.
    /// A database at schema `version` holding organisations jbg (a GI) and vt (Veilig Thuis) and
    /// worker jb-01, opened by today's code (which migrates it).
    static func database(at version: String) throws -> AppDatabase {
        let queue = try DatabaseQueue()
        try AppDatabase.migrator.migrate(queue, upTo: version)
        try queue.write { db in
            try db.execute(sql: "INSERT INTO organisations (id, name, kind) VALUES ('jbg', 'JBG', 'gi'), ('vt', 'VT', 'veilig-thuis')")
            try db.execute(
                sql: """
                    INSERT INTO workers (id, organisation, tasks, registered_until, hours, skills)
                    VALUES ('jb-01', 'jbg', '["casework"]', '2029-03-31', 32, '[]')
                    """)
        }
        return try AppDatabase(queue)
    }

    @Test func v1DatabaseGainsLeaves() throws {
        let database = try Self.database(at: "v1")
        var scenario = try database.scenario()
        #expect(scenario.staff.map(\.id) == ["jb-01"])
        #expect(scenario.staff[0].leaves == nil)

        scenario.staff[0].leaves = try day(2027, 2, 28)
        try database.load(scenario)
        #expect(try database.scenario().staff[0].leaves == (try day(2027, 2, 28)))
    }

    /// A database made before mandates and networks opens, gains them empty (the kind's
    /// defaults) and keeps its rows; then stores declared ones.
    @Test func v2DatabaseGainsMandatesAndNetworks() throws {
        let database = try Self.database(at: "v2-worker-leaves")
        var scenario = try database.scenario()
        #expect(scenario.organisations.map(\.mandates) == [nil, nil] && scenario.networks.isEmpty)
        #expect(scenario.mandates(of: scenario.staff[0]) == Organisation.Kind.gi.defaultMandates)

        scenario.organisations[1].mandates = [.vtInvestigation, .voluntary]
        scenario.staff[0].mandates = [.voluntary]
        scenario.networks = [Network(id: "jl", organisations: ["jbg", "vt"])]
        try database.load(scenario)
        let read = try database.scenario()
        #expect(read.organisations == scenario.organisations && read.networks == scenario.networks)
        #expect(read.staff[0].mandates == [.voluntary])
    }
}
