import CaseloadCore

extension CSVImport {
    /// `column` as a manager of `language` writes it in a spreadsheet (`lead` → `regievoerder`),
    /// so that what an import reports changed reads with the sheet's own names; a column
    /// without a Dutch name keeps its English one.
    public static func columnName(_ column: String, language: Language) -> String {
        language == .nl ? ImportVocabulary.dutchNames[column] ?? column : column
    }
}
