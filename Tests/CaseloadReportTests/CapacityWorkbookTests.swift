import Testing

@testable import CaseloadReport

/// The capacity workbook's sheet names: what Excel accepts, and each its own.
@Suite struct CapacityWorkbookTests {
    @Test func sheetNamesAreShortCleanAndUnique() {
        var taken = Set<String>()
        #expect(CapacityWorkbook.unique("overzicht", in: &taken) == "overzicht")
        #expect(CapacityWorkbook.unique("Overzicht", in: &taken) == "Overzicht 2", "Excel tells tabs apart without case")
        #expect(CapacityWorkbook.unique("a/b:c", in: &taken) == "a-b-c")
        let long = String(repeating: "x", count: 40)
        #expect(CapacityWorkbook.unique(long, in: &taken) == String(repeating: "x", count: 31))
        #expect(CapacityWorkbook.unique(long, in: &taken) == String(repeating: "x", count: 29) + " 2")
    }
}
