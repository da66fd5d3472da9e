import CaseloadCore
import CaseloadFormats
import Foundation
import Testing

/// The repository root, found from this file's path (Tests/CaseloadTestSupport/Files.swift).
public let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// The bundled example scenario.
public let foodvalleyPath = repositoryRoot.appendingPathComponent("Scenarios/foodvalley.yaml").path

/// The bundled example, read and validated.
public func foodvalley() throws -> Scenario {
    try ScenarioReader().read(path: foodvalleyPath)
}

/// A fresh temporary directory, removed by the caller.
public func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("caseload-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// `Day` from its parts, failing the test when they are no date.
public func day(_ year: Int, _ month: Int, _ dayOfMonth: Int) throws -> Day {
    try #require(Day(year: year, month: month, day: dayOfMonth))
}

/// A small scenario that sets every field the YAML knows, read by the reader and round-tripped
/// by the store.
public let smallScenarioYAML = """
    name: small
    week: 2026-W48
    settings:
      fte_hours: 36
      overload_allowed: 0.1
      weights: {handover: 80}
    organisations:
      - {id: jbg, name: Jeugdbescherming Gelderland, kind: gi}
      - {id: vt, name: Veilig Thuis, kind: veilig-thuis, mandates: [vt-investigation, voluntary]}
    networks:
      - {id: jeugdlink, organisations: [jbg, vt], shared_support: true}
    task_kinds:
      - {id: court, registered: true}
    staff:
      - {id: jb-01, organisation: jbg, role: jeugdbeschermer, tasks: [casework, admin, court],
         registered_until: 2029-03-31, hours: 32.5, casework_share: 0.75, started: 2024-02-01,
         skills: [lvb], municipalities: [ede], absences: [{from: 2026-11-23, to: 2026-11-24}]}
      - {id: vt-01, organisation: vt, tasks: [casework], registered_until: 2028-01-01, hours: 36,
         leaves: 2027-02-28, mandates: [ots]}
      - {id: adm-01, organisation: jbg, tasks: [admin, legal], hours: 24,
         absences: [{from: 2026-11-25, to: 2026-11-25, hours: 4}]}
    cases:
      - {id: fam-0001, municipality: ede, children: 2, framework: ots, phase: start, priority: 1,
         duo: true, skills: [lvb], hours: {casework: 4.5, admin: 1.0, court: 0.5},
         lead: jb-01, partner: vt-01, supporters: {admin: adm-01}, waiting_since: 2026-11-10}
      - {id: fam-0002, municipality: ede, framework: guardianship, phase: middle, lock: true, lead: jb-01}
    case_types:
      ots: {start: {weeks: 6, hours: {casework: 4.8, admin: 1.2}}}
    """
