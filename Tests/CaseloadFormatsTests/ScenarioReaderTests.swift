import CaseloadCore
import CaseloadFormats
import Foundation
import CaseloadTestSupport
import Testing

/// A small valid scenario, one field per line so that every line number below is known.
private let baseLines = [
    "week: 2026-W48",  // 1
    "organisations:",  // 2
    "  - {id: jbg, name: JBG, kind: gi}",  // 3
    "  - {id: vt, name: Veilig Thuis, kind: veilig-thuis}",  // 4
    "staff:",  // 5
    "  - id: jb-01",  // 6
    "    organisation: jbg",  // 7
    "    tasks: [casework, admin]",  // 8
    "    registered_until: 2029-03-31",  // 9
    "    hours: 32",  // 10
    "  - id: vt-01",  // 11
    "    organisation: vt",  // 12
    "    tasks: [casework]",  // 13
    "    registered_until: 2029-03-31",  // 14
    "    hours: 36",  // 15
    "cases:",  // 16
    "  - id: fam-0001",  // 17
    "    municipality: ede",  // 18
    "    framework: ots",  // 19
    "    hours: {casework: 4.5, admin: 1}",  // 20
    "    lead: jb-01",  // 21
    "  - id: fam-0002",  // 22
    "    municipality: ede",  // 23
    "    framework: voluntary",  // 24
    "    lead: vt-01",  // 25
]

/// The base scenario with 1-based `line`s replaced.
private func yaml(replacing replacements: [Int: String] = [:]) -> String {
    var lines = baseLines
    for (line, text) in replacements { lines[line - 1] = text }
    return lines.joined(separator: "\n") + "\n"
}

/// The one problem of `error`, failing the test when there is not exactly one.
private func onlyProblem(_ error: InputError) throws -> InputProblem {
    try #require(error.problems.count == 1, "\(error)")
    return error.problems[0]
}

@Suite struct ScenarioReaderTests {
    // MARK: valid input

    @Test func bundledFoodvalleyReadsAndValidates() throws {
        let scenario = try foodvalley()
        #expect(scenario.name == "FoodValley — example")
        #expect(scenario.week == ISOWeek(year: 2026, week: 48))
        #expect(scenario.staff.count == 76)
        #expect(scenario.networks.map(\.id) == ["jeugdlink-foodvalley"])
        #expect(scenario.cases.count == 300)
        #expect(ScenarioValidator().issues(in: scenario).isEmpty)
        #expect(scenario.settings.fteHours == 36)
        #expect(scenario.settings.weights.waiting == 1000)

        let jbg07 = try #require(scenario.staff.first { $0.id == "jbg-07" })
        #expect(jbg07.registeredUntil == (try day(2026, 10, 31)))
        #expect(jbg07.tasks == ["casework", "admin"])
        let jbg05 = try #require(scenario.staff.first { $0.id == "jbg-05" })
        #expect(jbg05.absences == [Absence(from: try day(2026, 11, 18), to: try day(2026, 11, 24))])

        let fv0001 = try #require(scenario.cases.first { $0.id == "fv-0001" })
        #expect(fv0001.lock)
        #expect(fv0001.lead == "jbg-23")
        #expect(fv0001.framework == .youthProbation)
        #expect(scenario.caseTypes[.ots, .start] == CaseType(weeks: 6, hours: ["casework": 4.8, "admin": 1.2]))
    }

    @Test func baseFixtureIsValid() throws {
        let scenario = try ScenarioReader().read(text: yaml(), file: "base.yaml")
        #expect(scenario.staff.map(\.id) == ["jb-01", "vt-01"])
        #expect(scenario.cases.map(\.id) == ["fam-0001", "fam-0002"])
        #expect(scenario.cases[0].hours == ["casework": 4.5, "admin": 1])
    }

    static let smallJSON = """
        {"name": "small", "week": "2026-W48",
         "settings": {"fte_hours": 36, "overload_allowed": 0.1, "weights": {"handover": 80}},
         "organisations": [{"id": "jbg", "name": "Jeugdbescherming Gelderland", "kind": "gi"},
                           {"id": "vt", "name": "Veilig Thuis", "kind": "veilig-thuis",
                            "mandates": ["vt-investigation", "voluntary"]}],
         "networks": [{"id": "jeugdlink", "organisations": ["jbg", "vt"], "shared_support": true}],
         "task_kinds": [{"id": "court", "registered": true}],
         "staff": [
           {"id": "jb-01", "organisation": "jbg", "role": "jeugdbeschermer", "tasks": ["casework", "admin", "court"],
            "registered_until": "2029-03-31", "hours": 32.5, "casework_share": 0.75, "started": "2024-02-01",
            "skills": ["lvb"], "municipalities": ["ede"], "absences": [{"from": "2026-11-23", "to": "2026-11-24"}]},
           {"id": "vt-01", "organisation": "vt", "tasks": ["casework"], "registered_until": "2028-01-01", "hours": 36,
            "leaves": "2027-02-28", "mandates": ["ots"]},
           {"id": "adm-01", "organisation": "jbg", "tasks": ["admin", "legal"], "hours": 24,
            "absences": [{"from": "2026-11-25", "to": "2026-11-25", "hours": 4}]}],
         "cases": [
           {"id": "fam-0001", "municipality": "ede", "children": 2, "framework": "ots", "phase": "start", "priority": 1,
            "duo": true, "skills": ["lvb"], "hours": {"casework": 4.5, "admin": 1.0, "court": 0.5},
            "lead": "jb-01", "partner": "vt-01", "supporters": {"admin": "adm-01"}, "waiting_since": "2026-11-10"},
           {"id": "fam-0002", "municipality": "ede", "framework": "guardianship", "phase": "middle", "lock": true,
            "lead": "jb-01"}],
         "case_types": {"ots": {"start": {"weeks": 6, "hours": {"casework": 4.8, "admin": 1.2}}}}}
        """

    @Test func yamlAndJSONReadTheSame() throws {
        let fromYAML = try ScenarioReader().read(text: smallScenarioYAML, file: "small.yaml")
        let fromJSON = try ScenarioReader().read(text: Self.smallJSON, file: "small.json")
        #expect(fromYAML.name == fromJSON.name)
        #expect(fromYAML.week == fromJSON.week)
        #expect(fromYAML.settings == fromJSON.settings)
        #expect(fromYAML.organisations == fromJSON.organisations)
        #expect(fromYAML.networks == fromJSON.networks)
        #expect(fromYAML.taskKinds == fromJSON.taskKinds)
        #expect(fromYAML.staff == fromJSON.staff)
        #expect(fromYAML.cases == fromJSON.cases)
        #expect(fromYAML.caseTypes == fromJSON.caseTypes)
        #expect(fromYAML == fromJSON)
    }

    @Test func smallScenarioValuesLandRight() throws {
        let s = try ScenarioReader().read(text: smallScenarioYAML, file: "small.yaml")
        #expect(s.name == "small")
        #expect(s.settings.overloadAllowed == 0.1)
        #expect(s.settings.weights.handover == 80)
        // Settings not given keep their defaults.
        #expect(s.settings.weights.waiting == Settings().weights.waiting)
        #expect(s.taskKinds == [TaskKind(id: "court", registered: true)])
        // Mandates and networks (rules H10, H11): declared ones, the kind's defaults otherwise.
        #expect(s.organisations[0].mandates == nil)
        #expect(s.organisations[0].mandatedFrameworks == [.ots, .provisionalOts, .guardianship, .youthProbation])
        #expect(s.organisations[1].mandatedFrameworks == [.vtInvestigation, .voluntary])
        #expect(s.networks == [Network(id: "jeugdlink", organisations: ["jbg", "vt"], sharedSupport: true)])
        #expect(s.staff[1].mandates == [.ots] && s.mandates(of: s.staff[1]) == [.ots])
        #expect(s.mandates(of: s.staff[0]) == s.organisations[0].mandatedFrameworks)

        let jb = s.staff[0]
        #expect(jb.hours == 32.5)
        #expect(jb.caseworkShare == 0.75)
        #expect(jb.registeredUntil == (try day(2029, 3, 31)))
        #expect(jb.started == (try day(2024, 2, 1)))
        #expect(jb.municipalities == ["ede"])
        #expect(jb.absences == [Absence(from: try day(2026, 11, 23), to: try day(2026, 11, 24))])
        #expect(s.staff[1].municipalities == nil)
        #expect(s.staff[1].registeredUntil == (try day(2028, 1, 1)))
        #expect(s.staff[1].leaves == (try day(2027, 2, 28)))
        #expect(jb.leaves == nil)
        #expect(s.staff[2].registeredUntil == nil)
        #expect(s.staff[2].absences == [Absence(from: try day(2026, 11, 25), to: try day(2026, 11, 25), hours: 4)])

        let fam = s.cases[0]
        #expect(fam.children == 2)
        #expect(fam.framework == .ots)
        #expect(fam.phase == .start)
        #expect(fam.priority == 1)
        #expect(fam.duo)
        #expect(fam.hours == ["casework": 4.5, "admin": 1.0, "court": 0.5])
        #expect(fam.partner == "vt-01")
        #expect(fam.supporters == ["admin": "adm-01"])
        #expect(fam.waitingSince == (try day(2026, 11, 10)))
        #expect(!fam.lock)
        #expect(s.cases[1].lock)
        #expect(s.cases[1].hours == nil)
        #expect(s.cases[1].framework == .guardianship)
    }

    // MARK: one problem, named by line and field

    @Test func nonNumericHoursNamesLineAndField() throws {
        let error = try readError(yaml(replacing: [20: "    hours: {casework: abc}"]))
        let problem = try onlyProblem(error)
        #expect(problem.file == "t.yaml")
        #expect(problem.line == 20)
        #expect(problem.field == "hours.casework")
        #expect(problem.message.contains("'abc' is not a number"))
        #expect(error.description.hasPrefix("t.yaml:20: field 'hours.casework': "))
        // Dutch for the manager: the place and the file's field name kept, the words Dutch.
        #expect(error.message(.nl) == "t.yaml:20: veld 'hours.casework': 'abc' is geen getal", "\(error.message(.nl))")
        #expect(error.message(.en) == "t.yaml:20: field 'hours.casework': 'abc' is not a number")
    }

    @Test func unknownLeadNamesLineAndField() throws {
        let problem = try onlyProblem(try readError(yaml(replacing: [21: "    lead: nobody"])))
        #expect(problem.line == 21)
        #expect(problem.field == "lead")
        #expect(problem.message.contains("unknown worker 'nobody'"))
        #expect(problem.message.contains("fam-0001"))
        // The validator's rule in Dutch, about the family it names.
        #expect(problem.line(.nl) == "t.yaml:21: veld 'lead': gezin fam-0001: medewerker 'nobody' is onbekend", "\(problem.line(.nl))")
        #expect(problem.line(.en) == "t.yaml:21: field 'lead': case fam-0001: unknown worker 'nobody'")
    }

    @Test func unknownFrameworkInMandatesNamesLineAndField() throws {
        let problem = try onlyProblem(
            try readError(yaml(replacing: [4: "  - {id: vt, kind: veilig-thuis, mandates: [vt-investigation, ots2]}"])))
        #expect(problem.line == 4)
        #expect(problem.field == "mandates")
        #expect(problem.message.contains("unknown framework 'ots2'") && problem.message.contains("provisional-ots"))
    }

    @Test func unknownOrganisationInANetworkNamesLineAndField() throws {
        let text = yaml(replacing: [
            4: "  - {id: vt, name: Veilig Thuis, kind: veilig-thuis}\nnetworks:\n  - {id: jl, organisations: [jbg, wijkteam]}"
        ])
        let problem = try onlyProblem(try readError(text))
        #expect(problem.line == 6)
        #expect(problem.field == "organisations")
        #expect(problem.message.contains("unknown organisation 'wijkteam'") && problem.message.contains("jbg, vt"))
    }

    @Test func aNetworkOfOneOrganisationIsAnError() throws {
        let text = yaml(replacing: [
            4: "  - {id: vt, name: Veilig Thuis, kind: veilig-thuis}\nnetworks:\n  - {id: jl, organisations: [jbg, jbg]}"
        ])
        let problem = try onlyProblem(try readError(text))
        #expect(problem.field == "organisations" && problem.message.contains("at least two organisations"))
    }

    @Test func caseNameFieldIsRefusedForPrivacy() throws {
        let problem = try onlyProblem(try readError(yaml(replacing: [18: "    municipality: ede\n    name: Jansen"])))
        #expect(problem.line == 19)
        #expect(problem.field == "name")
        #expect(problem.message.contains("refused"))
        // The refused value itself is not echoed back.
        #expect(!problem.message.contains("Jansen"))
    }

    @Test(arguments: ["bsn: 123456782", "adres: Dorpsstraat 1", "notes: difficult family", "child_name: Piet"])
    func identifyingCaseFieldsAreRefused(line: String) throws {
        let problem = try onlyProblem(try readError(yaml(replacing: [23: "    municipality: ede\n    " + line])))
        #expect(problem.line == 24)
        #expect(problem.field == String(line.prefix { $0 != ":" }))
        #expect(problem.message.contains("refused"))
    }

    @Test func weekThatDoesNotExistNamesLineAndField() throws {
        let problem = try onlyProblem(try readError(yaml(replacing: [1: "week: 2026-W60"])))
        #expect(problem.line == 1)
        #expect(problem.field == "week")
        #expect(problem.message.contains("2026-W60"))
    }

    @Test func missingWeekIsAnError() throws {
        let problem = try onlyProblem(try readError(yaml(replacing: [1: "name: no week"])))
        #expect(problem.field == "week")
        #expect(problem.message.contains("missing"))
    }

    @Test func duplicateCaseIDNamesTheSecondOne() throws {
        let problem = try onlyProblem(try readError(yaml(replacing: [22: "  - id: fam-0001"])))
        #expect(problem.line == 22)
        #expect(problem.field == "id")
        #expect(problem.message.contains("duplicate id 'fam-0001'"))
    }

    @Test func unknownTaskKindInWorkerTasks() throws {
        let problem = try onlyProblem(try readError(yaml(replacing: [13: "    tasks: [casework, cooking]"])))
        #expect(problem.line == 13)
        #expect(problem.field == "tasks")
        #expect(problem.message.contains("unknown task kind 'cooking'"))
        #expect(problem.message.contains("vt-01"))
    }

    @Test func negativeHoursAreAnError() throws {
        let problem = try onlyProblem(try readError(yaml(replacing: [15: "    hours: -4"])))
        #expect(problem.line == 15)
        #expect(problem.field == "hours")
    }

    @Test func unknownFrameworkNamesLineAndField() throws {
        let problem = try onlyProblem(try readError(yaml(replacing: [24: "    framework: adoption"])))
        #expect(problem.line == 24)
        #expect(problem.field == "framework")
        #expect(problem.message.contains("adoption"))
    }

    @Test func dateThatIsNoDate() throws {
        let problem = try onlyProblem(try readError(yaml(replacing: [14: "    registered_until: 2029-02-30"])))
        #expect(problem.line == 14)
        #expect(problem.field == "registered_until")
    }

    @Test func leavesInDutchDateOrderIsRead() throws {
        let s = try ScenarioReader().read(text: yaml(replacing: [15: "    hours: 36\n    leaves: 28-02-2027"]), file: "t.yaml")
        #expect(s.staff[1].leaves == (try day(2027, 2, 28)))
    }

    @Test func leavingBeforeStartingNamesLineAndField() throws {
        let problem = try onlyProblem(
            try readError(yaml(replacing: [15: "    hours: 36\n    started: 2026-09-01\n    leaves: 2026-08-31"])))
        #expect(problem.line == 17)
        #expect(problem.field == "leaves")
        #expect(problem.message.contains("vt-01"))
    }

    @Test func leavesThatIsNoDateNamesLineAndField() throws {
        let problem = try onlyProblem(try readError(yaml(replacing: [15: "    hours: 36\n    leaves: soon"])))
        #expect(problem.line == 16)
        #expect(problem.field == "leaves")
    }

    @Test func negativePhaseLengthIsAnError() throws {
        let error = try readError(yaml() + "case_types:\n  ots: {start: {weeks: -2, hours: {casework: 4}}}\n")
        let problem = try onlyProblem(error)
        #expect(problem.field == "ots.start")
        #expect(problem.message.contains("weeks must not be negative"))
    }

    // MARK: every problem at once

    @Test func severalReadingProblemsAreAllReported() throws {
        let error = try readError(
            yaml(replacing: [
                1: "week: 2026-W60", 10: "    hours: many", 18: "    municipality: ede\n    name: Jansen",
                20: "    hours: {casework: abc}",
            ]))
        // The inserted `name:` line moves the hours of line 20 to line 21.
        #expect(error.problems.count == 4, "\(error)")
        let located = Set(error.problems.map { "\($0.line ?? 0) \($0.field ?? "")" })
        #expect(located == ["1 week", "10 hours", "19 name", "21 hours.casework"])
        #expect(error.problems.allSatisfy { $0.file == "t.yaml" })
    }

    @Test func severalRuleProblemsAreAllReported() throws {
        let error = try readError(
            yaml(replacing: [
                13: "    tasks: [casework, cooking]", 21: "    lead: nobody", 22: "  - id: fam-0001",
            ]))
        #expect(error.problems.count == 3, "\(error)")
        let located = Set(error.problems.map { "\($0.line ?? 0) \($0.field ?? "")" })
        #expect(located == ["13 tasks", "21 lead", "22 id"])
    }

    /// A value that cannot be read and a rule that is broken, in one file: a manager fixes both in
    /// one go only if both are named.
    @Test func readingAndRuleProblemsInOneFileAreAllReported() throws {
        let error = try readError(
            yaml(replacing: [20: "    hours: {casework: abc}", 25: "    lead: nobody"]))
        let located = Set(error.problems.map { "\($0.line ?? 0) \($0.field ?? "")" })
        #expect(located == ["20 hours.casework", "25 lead"], "\(error)")
    }

    // MARK: not a scenario at all

    @Test(arguments: ["", "\n\n", "# only a comment\n", "\u{FEFF}"])
    func emptyFile(text: String) throws {
        let problem = try onlyProblem(try readError(text, file: "empty.yaml"))
        #expect(problem.file == "empty.yaml")
        #expect(problem.message.contains("empty"))
    }

    @Test func invalidYAMLSyntaxGivesItsLine() throws {
        let text = "week: 2026-W48\nstaff:\n  - {id: jb-01, hours: 32\ncases: []\n"
        let problem = try onlyProblem(try readError(text))
        let line = try #require(problem.line, "\(problem)")
        // The brace opens on line 3; YAML finds it unclosed on line 4. Either points the manager there.
        #expect((3...4).contains(line), "\(problem)")
        #expect(problem.message.contains("not valid YAML"))
    }

    @Test func badIndentationGivesItsLine() throws {
        let text = "week: 2026-W48\norganisations:\n  - id: jbg\n   kind: gi\n"
        let problem = try onlyProblem(try readError(text))
        #expect(problem.line == 4, "\(problem)")
        #expect(problem.message.contains("not valid YAML"))
    }

    @Test func topLevelListIsNoScenario() throws {
        let problem = try onlyProblem(try readError("- a\n- b\n"))
        #expect(problem.message.contains("mapping"))
    }

    @Test func unknownSectionIsNamed() throws {
        let problem = try onlyProblem(try readError(yaml() + "familes: []\n"))
        #expect(problem.line == 26)
        #expect(problem.field == "familes")
        #expect(problem.message.contains("unknown section"))
    }

    @Test func missingFileIsAFileOpenError() throws {
        let path = "/nonexistent/\(UUID().uuidString).yaml"
        let error = try #require(throws: FileOpenError.self) { try ScenarioReader().read(path: path) }
        #expect(error.path == path)
    }
}
