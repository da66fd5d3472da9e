import CaseloadCore
import Testing

/// Europe/Amsterdam by the EU rule: winter UTC+1, summer UTC+2 from the last Sunday of March
/// 01:00 UTC to the last Sunday of October 01:00 UTC.
@Suite struct AmsterdamTests {
    /// Seconds since 1970 of `day` at `hour`:`minute` UTC.
    static func utc(_ day: Day, _ hour: Int, _ minute: Int = 0) -> Int { day.ordinal * 86_400 + hour * 3_600 + minute * 60 }

    @Test func theOffsetChangesAtOneInTheMorningUTCOnTheLastSundays() {
        let spring = Day(year: 2026, month: 3, day: 29)!  // last Sunday of March 2026
        let autumn = Day(year: 2026, month: 10, day: 25)!  // last Sunday of October 2026
        #expect(spring.weekday == 7 && autumn.weekday == 7)
        #expect(Amsterdam.offset(atEpochSeconds: Self.utc(spring, 0, 59)) == 3_600)
        #expect(Amsterdam.offset(atEpochSeconds: Self.utc(spring, 1)) == 7_200)
        #expect(Amsterdam.offset(atEpochSeconds: Self.utc(autumn, 0, 59)) == 7_200)
        #expect(Amsterdam.offset(atEpochSeconds: Self.utc(autumn, 1)) == 3_600)
        #expect(Amsterdam.offset(atEpochSeconds: Self.utc(Day(year: 2026, month: 12, day: 5)!, 12)) == 3_600)
    }

    @Test func theWeekTurnsAtLocalMidnight() {
        // Sunday 29 Nov 2026 23:30 UTC is Monday 30 Nov 00:30 in Amsterdam: week 49.
        let sunday = Day(year: 2026, month: 11, day: 29)!
        #expect(Amsterdam.week(atEpochSeconds: Self.utc(sunday, 22, 59)) == ISOWeek(year: 2026, week: 48))
        #expect(Amsterdam.week(atEpochSeconds: Self.utc(sunday, 23, 30)) == ISOWeek(year: 2026, week: 49))
        let local = Amsterdam.local(atEpochSeconds: Self.utc(sunday, 23, 30))
        #expect(local.day == sunday.adding(days: 1) && local.minutes == 30)
    }

    /// Over every hour of several years, the offset is one of the two and changes exactly twice a year.
    @Test func theOffsetChangesTwiceAYear() {
        for year in [1999, 2024, 2026, 2027, 2040] {
            let first = Day(year: year, month: 1, day: 1)!
            var changes = 0
            var last = Amsterdam.offset(atEpochSeconds: Self.utc(first, 0))
            for hour in 1..<(Day.daysIn(month: 2, year: year) == 29 ? 366 : 365) * 24 {
                let now = Amsterdam.offset(atEpochSeconds: Self.utc(first, 0) + hour * 3_600)
                #expect(now == 3_600 || now == 7_200)
                if now != last { changes += 1 }
                last = now
            }
            #expect(changes == 2, "\(year)")
        }
    }
}
