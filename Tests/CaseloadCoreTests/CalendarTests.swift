import Testing

@testable import CaseloadCore

@Suite("Calendar")
struct CalendarTests {
    @Test func isoWeekMondays() throws {
        #expect(ISOWeek(parsing: "2026-W48")!.monday == Day(year: 2026, month: 11, day: 23))
        #expect(ISOWeek(parsing: "2026-W01")!.monday == Day(year: 2025, month: 12, day: 29))
        #expect(ISOWeek(parsing: "2020-W53")!.monday == Day(year: 2020, month: 12, day: 28))
        #expect(ISOWeek(parsing: "2026-W53")!.monday == Day(year: 2026, month: 12, day: 28))  // 2026 starts on a Thursday
        #expect(ISOWeek(parsing: "2025-W53") == nil)
        #expect(ISOWeek(parsing: "2026-48") == nil)
        #expect(ISOWeek(containing: Day(year: 2027, month: 1, day: 3)!).description == "2026-W53")
        #expect(ISOWeek(containing: Day(year: 2027, month: 1, day: 4)!).description == "2027-W01")
    }

    @Test("week of a day round-trips through its Monday for 3,000 days")
    func weekRoundTrip() {
        var day = Day(year: 2019, month: 1, day: 1)!
        for _ in 0..<3000 {
            let week = ISOWeek(containing: day)
            #expect(week.monday.weekday == 1)
            #expect((0...6).contains(day.ordinal - week.monday.ordinal))
            #expect(ISOWeek(parsing: week.description) == week)
            #expect(Day(parsing: day.description) == day)
            day = day.adding(days: 1)
        }
    }

    @Test func parsingDates() {
        #expect(Day(parsing: "23-11-2026") == Day(year: 2026, month: 11, day: 23))
        #expect(Day(parsing: "2026-11-23") == Day(year: 2026, month: 11, day: 23))
        #expect(Day(parsing: "29-02-2024") != nil)
        #expect(Day(parsing: "29-02-2026") == nil)
        #expect(Day(parsing: "2026-13-01") == nil)
        #expect(Day(parsing: "next week") == nil)
        #expect(Day(parsing: "2026--11") == nil)
    }

    @Test func addingMonthsClampsToTheMonthEnd() {
        #expect(Day(year: 2026, month: 1, day: 31)!.adding(months: 1) == Day(year: 2026, month: 2, day: 28))
        #expect(Day(year: 2026, month: 11, day: 23)!.adding(months: -3) == Day(year: 2026, month: 8, day: 23))
        #expect(Day(year: 2026, month: 11, day: 30)!.adding(months: 3) == Day(year: 2027, month: 2, day: 28))
    }
}
