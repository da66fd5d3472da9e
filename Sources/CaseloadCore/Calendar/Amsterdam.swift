/// Local time in Europe/Amsterdam, where every Caseload user plans: the Central European time
/// zone (UTC+1) with summer time (UTC+2) from the last Sunday of March to the last Sunday of
/// October, switching at 01:00 UTC as the European Union has since 1996. Computed here rather
/// than from the system's zone files, so that the week a database plans and the times a report
/// prints do not depend on what a machine has installed.
public enum Amsterdam {
    /// The offset from UTC, in seconds, at `epochSeconds` (seconds since 1970-01-01 UTC).
    public static func offset(atEpochSeconds epochSeconds: Int) -> Int {
        let utcDay = Day(ordinal: floorDiv(epochSeconds, 86_400))
        let year = utcDay.components.year
        let start = lastSunday(month: 3, year: year).ordinal * 86_400 + 3_600
        let end = lastSunday(month: 10, year: year).ordinal * 86_400 + 3_600
        return (start..<end).contains(epochSeconds) ? 7_200 : 3_600
    }

    /// The local day and the minutes since local midnight at `epochSeconds`.
    public static func local(atEpochSeconds epochSeconds: Int) -> (day: Day, minutes: Int) {
        let local = epochSeconds + offset(atEpochSeconds: epochSeconds)
        return (Day(ordinal: floorDiv(local, 86_400)), (local - floorDiv(local, 86_400) * 86_400) / 60)
    }

    /// The ISO week of the local day at `epochSeconds`: the week a team in the Netherlands is in.
    public static func week(atEpochSeconds epochSeconds: Int) -> ISOWeek {
        ISOWeek(containing: local(atEpochSeconds: epochSeconds).day)
    }

    static func lastSunday(month: Int, year: Int) -> Day {
        let last = Day(year: year, month: month, day: Day.daysIn(month: month, year: year))!
        return last.adding(days: -(last.weekday % 7))
    }

    static func floorDiv(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }
}
