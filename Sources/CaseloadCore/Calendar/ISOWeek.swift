/// An ISO-8601 week (`2026-W48`): the unit a team plans in.
public struct ISOWeek: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The ISO week-numbering year.
    public let year: Int
    /// The week number, 1…52 or 53.
    public let week: Int

    /// Creates a week, or `nil` when the year has no such week.
    public init?(year: Int, week: Int) {
        guard (1...ISOWeek.weeksIn(year: year)).contains(week) else { return nil }
        self.year = year
        self.week = week
    }

    /// The week that contains `day`.
    public init(containing day: Day) {
        // The ISO year of a day is the year of the Thursday of its week.
        let thursday = day.adding(days: 4 - day.weekday)
        let year = thursday.components.year
        let firstThursday = ISOWeek.mondayOfWeek1(year).adding(days: 3)
        self.year = year
        self.week = (thursday.ordinal - firstThursday.ordinal) / 7 + 1
    }

    /// Parses `2026-W48` (also `2026W48` and lower-case `w`).
    public init?(parsing text: some StringProtocol) {
        let s = text.uppercased()
        guard let w = s.firstIndex(of: "W") else { return nil }
        var yearPart = s[..<w]
        if yearPart.hasSuffix("-") { yearPart = yearPart.dropLast() }
        let weekPart = s[s.index(after: w)...]
        guard yearPart.count == 4, (1...2).contains(weekPart.count),
            let y = Int(yearPart), let n = Int(weekPart)
        else { return nil }
        self.init(year: y, week: n)
    }

    /// Monday of this week: the day registration and ramp-up are judged on.
    public var monday: Day { ISOWeek.mondayOfWeek1(year).adding(days: (week - 1) * 7) }

    /// The days Monday…Friday: the working days absences are counted in.
    public var workingDays: ClosedRange<Int> { monday.ordinal...(monday.ordinal + 4) }

    /// The days Monday…Sunday.
    public var allDays: ClosedRange<Int> { monday.ordinal...(monday.ordinal + 6) }

    /// The week `n` weeks later.
    public func adding(weeks n: Int) -> ISOWeek { ISOWeek(containing: monday.adding(days: 7 * n)) }

    /// `2026-W48`.
    public var description: String { "\(Day.pad(year, 4))-W\(Day.pad(week, 2))" }

    public static func < (lhs: ISOWeek, rhs: ISOWeek) -> Bool { lhs.monday < rhs.monday }

    static func mondayOfWeek1(_ year: Int) -> Day {
        // Week 1 holds 4 January.
        let jan4 = Day(year: year, month: 1, day: 4)!
        return jan4.adding(days: 1 - jan4.weekday)
    }

    static func weeksIn(year: Int) -> Int {
        guard (1...9998).contains(year) else { return 0 }
        return ISOWeek(containing: Day(year: year, month: 12, day: 28)!).week
    }
}
