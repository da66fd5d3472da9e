import CaseloadCore
import Foundation
import GRDB
import CaseloadTestSupport
import Testing

@testable import CaseloadStore

@Suite struct MigrationTests {
    /// A database made before workers had `leaves` opens, gains the column and keeps its rows.
    @Test func v1DatabaseGainsLeaves() throws {
        let queue = try DatabaseQueue()
        try AppDatabase.migrator.migrate(queue, upTo: "v1")
        try queue.write { db in
            try db.execute(sql: "INSERT INTO organisations (id, name, kind) VALUES ('jbg', 'JBG', 'gi')")
            try db.execute(
                sql: """
                    INSERT INTO workers (id, organisation, tasks, registered_until, hours, skills)
                    VALUES ('jb-01', 'jbg', '["casework"]', '2029-03-31', 32, '[]')
                    """)
        }
        let database = try AppDatabase(queue)
        var scenario = try database.scenario()
        #expect(scenario.staff.map(\.id) == ["jb-01"])
        #expect(scenario.staff[0].leaves == nil)

        scenario.staff[0].leaves = try day(2027, 2, 28)
        try database.load(scenario)
        #expect(try database.scenario().staff[0].leaves == (try day(2027, 2, 28)))
    }
}
