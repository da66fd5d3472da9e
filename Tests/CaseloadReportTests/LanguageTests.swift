import CaseloadCore
import CaseloadReport
import CaseloadSearch
import CaseloadSimulation
import Foundation
import Testing

@Suite struct LanguageTests {
    @Test func dutchByDefaultEnglishOnRequest() {
        #expect(Language.resolve(arguments: ["plan"], environment: [:]) == .nl)
        #expect(Language.resolve(arguments: ["plan", "--lang", "en"], environment: [:]) == .en)
        #expect(Language.resolve(arguments: ["plan", "--lang=EN"], environment: ["CASELOAD_LANG": "nl"]) == .en)
        #expect(Language.resolve(arguments: ["plan"], environment: ["CASELOAD_LANG": "en_GB.UTF-8"]) == .en)
        #expect(Language.resolve(arguments: ["plan", "--lang", "fr"], environment: [:]) == nil)
    }

    @Test func dutchFiguresUseCommasAndDutchDates() {
        let dutch = Figures.dutch
        #expect(dutch.hours(1.875) == "1,9")
        #expect(dutch.decimal(23276.45, decimals: 1) == "23276,5")
        #expect(dutch.shortHours(2.5) == "2,5" && dutch.shortHours(3) == "3")
        #expect(dutch.hundredths(0.75) == "0,75")
        #expect(dutch.date(Day(year: 2026, month: 11, day: 23)!) == "ma 23 nov 2026")
        #expect(dutch.week(ISOWeek(year: 2026, week: 48)!) == "week 48 (2026)")
        // 09:30 UTC on a winter Monday is 10:30 in Amsterdam.
        let moment = Date(timeIntervalSince1970: Double(Day(year: 2026, month: 11, day: 23)!.ordinal * 86_400 + 9 * 3_600 + 30 * 60))
        #expect(dutch.timestamp(moment) == "ma 23 nov 2026 10:30")
        #expect(Figures.english.timestamp(moment) == "2026-11-23T09:30:00Z")
        #expect(Figures.english.hours(1.875) == "1.9")
    }
}

@Suite struct SearchLineTests {
    /// Every way a search stops reads as words in Dutch; English keeps the code.
    @Test(arguments: SearchStop.allCases)
    func theStopIsSaidInDutch(stop: SearchStop) {
        let line = Texts.Plan.search(start: "1", soft: "1", moves: 1, threads: 2, stop: stop.rawValue)
        #expect(!line.nl.contains("(\(stop.rawValue))"))
        #expect(line.en.hasSuffix("(\(stop.rawValue))"))
    }
}

@Suite struct EstimateTextTests {
    /// An interval's ends stay apart when the decimal mark is a comma.
    @Test func anIntervalReadsInDutch() {
        let e = Estimate(mean: 12.5, low: 4.875, high: 63.25, count: 20)
        let dutch = Figures.dutch.estimate(e, .weeksWaited)
        #expect(dutch.contains("; ") && dutch.contains("12,5"), "\(dutch)")
        #expect(!Figures.english.estimate(e, .weeksWaited).contains(";"))
    }
}
