// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "caseload",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "caseload", targets: ["caseload"]),
        .executable(name: "caseload-gap", targets: ["caseload-gap"]),
        .library(name: "CaseloadSearch", targets: ["CaseloadSearch"]),
        .library(name: "CaseloadCore", targets: ["CaseloadCore"]),
        .library(name: "CaseloadFormats", targets: ["CaseloadFormats"]),
        .library(name: "CaseloadStore", targets: ["CaseloadStore"]),
        .library(name: "CaseloadSimulation", targets: ["CaseloadSimulation"]),
        .library(name: "CaseloadReport", targets: ["CaseloadReport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/apple/swift-log", exact: "1.16.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1"),
        .package(url: "https://github.com/apple/swift-nio", exact: "2.101.3"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", exact: "2.13.0"),
        .package(url: "https://github.com/adam-fowler/compress-nio", exact: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        // The search engine both solvers share: the search space protocol, late-acceptance local
        // search, parallel runs, limits, worker threads and the random number generator.
        .target(name: "CaseloadSearch"),
        // The domain, the rules, the planner and the score: pure Swift, no I/O.
        .target(name: "CaseloadCore", dependencies: ["CaseloadSearch"]),
        // The generalized assignment solver the engine is measured with (OR-Library instances).
        .target(name: "CaseloadGAP", dependencies: ["CaseloadSearch"]),
        // The GAP benchmark's own command, apart from a manager's commands.
        .executableTarget(
            name: "caseload-gap",
            dependencies: ["CaseloadGAP", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        // The peak-load simulator: families and staff over weeks, planned by the same planner.
        .target(name: "CaseloadSimulation", dependencies: ["CaseloadCore", "CaseloadSearch"]),
        // The files read: the scenario YAML (with its simulation section) and CSV as spreadsheets
        // write it, with its merge into a scenario; Excel workbooks (.xlsx) read and written, their
        // zip container by ZIPFoundation.
        .target(
            name: "CaseloadFormats",
            dependencies: [
                "CaseloadCore", .product(name: "Yams", package: "Yams"), .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // The SQLite database (GRDB): the scenario, imports written in one transaction, saved plans.
        .target(
            name: "CaseloadStore",
            dependencies: [
                "CaseloadCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Every renderer and every text: the plan, explain, recommend, capacity and simulation
        // reports, the status JSON, page and metrics, and `Figures`, the one formatter of hours,
        // percentages and dates. Reads values; no I/O.
        .target(name: "CaseloadReport", dependencies: ["CaseloadCore", "CaseloadSimulation"]),
        // The status endpoint and dashboard for team leads (Hummingbird).
        .target(
            name: "CaseloadServer",
            dependencies: [
                "CaseloadCore",
                "CaseloadReport",
                "CaseloadStore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "CompressNIO", package: "compress-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The commands, testable in process.
        .target(
            name: "CaseloadCLI",
            dependencies: [
                "CaseloadCore",
                "CaseloadFormats",
                "CaseloadStore",
                "CaseloadSimulation",
                "CaseloadReport",
                "CaseloadServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(name: "caseload", dependencies: ["CaseloadCLI"]),
        // Generated scenarios and the package's executables run as processes, shared by the test targets.
        .target(
            name: "CaseloadTestSupport", dependencies: ["CaseloadCore", "CaseloadSearch", "CaseloadFormats"],
            path: "Tests/CaseloadTestSupport"),
        .testTarget(name: "CaseloadSearchTests", dependencies: ["CaseloadSearch"]),
        .testTarget(name: "CaseloadGAPTests", dependencies: ["CaseloadGAP", "CaseloadSearch", "CaseloadTestSupport"]),
        .testTarget(name: "CaseloadCoreTests", dependencies: ["CaseloadCore", "CaseloadSearch", "CaseloadTestSupport"]),
        .testTarget(
            name: "CaseloadFormatsTests",
            dependencies: [
                "CaseloadCore", "CaseloadSearch", "CaseloadFormats", "CaseloadReport", "CaseloadSimulation", "CaseloadTestSupport",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]),
        .testTarget(
            name: "CaseloadStoreTests",
            dependencies: [
                "CaseloadCore", "CaseloadSearch", "CaseloadFormats", "CaseloadStore", "CaseloadSimulation", "CaseloadTestSupport",
            ]),
        .testTarget(
            name: "CaseloadReportTests", dependencies: ["CaseloadCore", "CaseloadReport", "CaseloadSearch", "CaseloadSimulation", "CaseloadTestSupport"]),
        .testTarget(
            name: "CaseloadSimulationTests",
            dependencies: ["CaseloadCore", "CaseloadSearch", "CaseloadSimulation", "CaseloadTestSupport"]),
        .testTarget(
            name: "CaseloadServerTests",
            dependencies: [
                "CaseloadCore", "CaseloadFormats", "CaseloadStore", "CaseloadServer", .product(name: "Hummingbird", package: "hummingbird"),
            ]),
        .testTarget(
            name: "CaseloadCLITests",
            dependencies: ["CaseloadCLI", "CaseloadFormats", "CaseloadSearch", "CaseloadStore", "CaseloadTestSupport"]),
    ]
)
