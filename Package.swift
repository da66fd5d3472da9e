// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "caseload",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "caseload", targets: ["caseload"]),
        .library(name: "CaseloadCore", targets: ["CaseloadCore"]),
        .library(name: "CaseloadStore", targets: ["CaseloadStore"]),
        .library(name: "CaseloadSimulation", targets: ["CaseloadSimulation"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/apple/swift-log", exact: "1.16.2"),
    ],
    targets: [
        // The domain, the rules, the planner and the score: pure Swift, no I/O, no dependencies.
        .target(name: "CaseloadCore"),
        // The peak-load simulator: families and staff over weeks, planned by the same planner.
        .target(name: "CaseloadSimulation", dependencies: ["CaseloadCore"]),
        // SQLite persistence and the file formats (YAML scenario, CSV, JSON, the simulation report).
        .target(
            name: "CaseloadStore",
            dependencies: [
                "CaseloadCore",
                "CaseloadSimulation",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The commands, testable in process.
        .target(
            name: "CaseloadCLI",
            dependencies: [
                "CaseloadCore",
                "CaseloadStore",
                "CaseloadSimulation",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(name: "caseload", dependencies: ["CaseloadCLI"]),
        // Generated scenarios, shared by the test targets.
        .target(name: "CaseloadTestSupport", dependencies: ["CaseloadCore"], path: "Tests/CaseloadTestSupport"),
        .testTarget(name: "CaseloadCoreTests", dependencies: ["CaseloadCore", "CaseloadTestSupport"]),
        .testTarget(name: "CaseloadStoreTests", dependencies: ["CaseloadCore", "CaseloadStore", "CaseloadSimulation"]),
        .testTarget(
            name: "CaseloadSimulationTests", dependencies: ["CaseloadCore", "CaseloadSimulation", "CaseloadTestSupport"]),
        .testTarget(name: "CaseloadCLITests", dependencies: ["CaseloadCLI"]),
    ]
)
