import CaseloadCore
import Foundation
import GRDB

/// The planning database: a team's organisations, staff, absences, families, settings and every
/// saved plan, in one SQLite file.
///
/// Built over `any DatabaseWriter` as GRDB recommends: a `DatabasePool` (WAL mode, readers beside
/// one writer) for files, a `DatabaseQueue` in memory for tests. Every write is one transaction,
/// so a failed import or a killed process leaves the previous state whole.
public struct AppDatabase: Sendable {
    /// The connection.
    package let writer: any DatabaseWriter

    /// Opens `writer` and brings its schema up to date.
    public init(_ writer: any DatabaseWriter) throws {
        self.writer = writer
        try Self.migrator.migrate(writer)
    }

    /// Opens (creating if needed) the database file at `path` in WAL mode.
    public static func open(path: String) throws -> AppDatabase {
        try AppDatabase(DatabasePool(path: path, configuration: configuration))
    }

    /// An empty in-memory database, for tests and `--scenario` runs.
    public static func inMemory() throws -> AppDatabase {
        try AppDatabase(DatabaseQueue(configuration: configuration))
    }

    static var configuration: Configuration {
        var config = Configuration()
        // A second writer (another CLI, the server) waits instead of failing with "database is locked".
        config.busyMode = .timeout(10)
        config.foreignKeysEnabled = true
        return config
    }
}
