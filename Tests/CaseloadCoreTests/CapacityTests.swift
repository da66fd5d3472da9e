import Testing

@testable import CaseloadCore

@Suite("Capacity and norms")
struct CapacityTests {
    let week = ISOWeek(parsing: "2026-W48")!  // Monday 2026-11-23
    func day(_ s: String) -> Day { Day(parsing: s)! }

    func capacity(_ worker: Worker, _ edit: (inout Settings) -> Void = { _ in }) -> Capacity {
        var scenario = Scenario(week: week)
        edit(&scenario.settings)
        return scenario.capacity(of: worker)
    }

    @Test func baseHoursAndNorms() {
        let c = capacity(Worker(id: "a", organisation: "o", tasks: ["casework"], registeredUntil: day("2029-03-31"), hours: 32))
        #expect(abs(c.availableHours - 25.6) < 1e-9)
        #expect(c.maxCases == 8)  // 9 × 32 / 36 = 8
        #expect(c.maxChildren == 10)  // 12 × 32 / 36 = 10.67
        #expect(c.registered)
        let small = capacity(Worker(id: "b", organisation: "o", tasks: [], hours: 2))
        #expect(small.maxCases == 1 && small.maxChildren == 1)  // at least 1 for hours > 0
        #expect(!small.registered)
        #expect(capacity(Worker(id: "z", organisation: "o", tasks: [], hours: 0)).maxCases == 0)
    }

    @Test func registrationIsJudgedOnMonday() {
        #expect(capacity(Worker(id: "a", organisation: "o", tasks: [], registeredUntil: day("2026-11-23"), hours: 36)).registered)
        #expect(!capacity(Worker(id: "a", organisation: "o", tasks: [], registeredUntil: day("2026-11-22"), hours: 36)).registered)
    }

    @Test func rampUp() {
        func available(started: String) -> Double {
            capacity(Worker(id: "a", organisation: "o", tasks: [], hours: 36, started: day(started))).availableHours
        }
        #expect(abs(available(started: "2026-10-01") - 36 * 0.8 * 0.5) < 1e-9)
        #expect(abs(available(started: "2026-08-24") - 36 * 0.8 * 0.5) < 1e-9)  // 3 months less a day
        #expect(abs(available(started: "2026-08-23") - 36 * 0.8 * 0.75) < 1e-9)  // exactly 3 months
        #expect(abs(available(started: "2026-05-23") - 36 * 0.8) < 1e-9)
        #expect(available(started: "2026-11-24") == 0)  // not there yet on Monday
    }

    @Test func absences() {
        func available(_ absences: [Absence]) -> Double {
            capacity(Worker(id: "a", organisation: "o", tasks: [], hours: 40, caseworkShare: 1, absences: absences)).availableHours
        }
        #expect(available([Absence(from: day("2026-11-23"), to: day("2026-11-24"))]) == 24)  // 2 of 5 days
        #expect(available([Absence(from: day("2026-11-20"), to: day("2026-12-31"))]) == 0)
        #expect(available([Absence(from: day("2026-11-28"), to: day("2026-11-29"))]) == 40)  // weekend only
        #expect(available([Absence(from: day("2026-11-25"), to: day("2026-11-25"), hours: 6)]) == 34)
        #expect(available([Absence(from: day("2026-11-16"), to: day("2026-11-22"), hours: 6)]) == 40)  // week before
        #expect(available([Absence(from: day("2026-11-23"), to: day("2026-11-23"), hours: 60)]) == 0)  // never below 0
    }

    @Test func leaverLosesTheWorkingDaysAfterTheLastOne() {
        func available(leaves: String, _ absences: [Absence] = []) -> Double {
            capacity(
                Worker(id: "a", organisation: "o", tasks: [], hours: 40, caseworkShare: 1, leaves: day(leaves), absences: absences)
            ).availableHours
        }
        #expect(available(leaves: "2026-11-22") == 0)  // left the Sunday before
        #expect(available(leaves: "2026-11-23") == 8)  // works Monday only
        #expect(available(leaves: "2026-11-25") == 24)  // Monday to Wednesday
        #expect(available(leaves: "2026-11-27") == 40)  // the whole week
        #expect(available(leaves: "2026-11-28") == 40)
        #expect(available(leaves: "2027-02-28") == 40)
        // An absence after the last working day is not lost twice; one before it still counts.
        #expect(available(leaves: "2026-11-25", [Absence(from: day("2026-11-25"), to: day("2026-11-30"))]) == 16)
        #expect(available(leaves: "2026-11-25", [Absence(from: day("2026-11-23"), to: day("2026-11-23"))]) == 16)
        #expect(available(leaves: "2026-11-25", [Absence(from: day("2026-11-25"), to: day("2026-11-25"), hours: 4)]) == 20)
    }

    @Test func leaverIsNotThereAfterLeaving() {
        let gone = capacity(Worker(id: "a", organisation: "o", tasks: [], hours: 36, leaves: day("2026-11-20")))
        #expect(gone.baseHours == 0)
        #expect(gone.availableHours == 0)
        #expect(gone.limitHours == 0)
        let leaving = capacity(Worker(id: "a", organisation: "o", tasks: [], hours: 36, leaves: day("2026-11-24")))
        #expect(abs(leaving.baseHours - 28.8) < 1e-9)  // still there this week, for two days
        #expect(abs(leaving.availableHours - 28.8 * 2 / 5) < 1e-9)
    }

    @Test func overloadRaisesTheLimitNotTheAvailability() {
        let c = capacity(Worker(id: "a", organisation: "o", tasks: [], hours: 36)) { $0.overloadAllowed = 0.1 }
        #expect(abs(c.availableHours - 28.8) < 1e-9)
        #expect(abs(c.limitHours - 31.68) < 1e-9)
    }
}
