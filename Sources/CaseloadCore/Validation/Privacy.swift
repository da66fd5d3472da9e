/// Privacy by design: family data is special-category data (AVG art. 9 and 10), so the system
/// holds pseudonymous codes, case type, phase, hours and priority, and refuses any field that
/// would identify a family or carry free text about one.
public enum Privacy {
    /// Words that mark an identifying or free-text field, in English and Dutch.
    static let forbiddenWords: Set<String> = [
        "name", "names", "naam", "namen", "firstname", "lastname", "surname", "voornaam", "achternaam",
        "bsn", "ssn", "burgerservicenummer", "address", "adres", "street", "straat", "house", "huisnummer",
        "postcode", "zipcode", "zip", "postal", "city", "woonplaats", "phone", "telephone", "telefoon",
        "mobile", "email", "mail", "birth", "birthdate", "birthday", "dob", "geboortedatum", "geboren",
        "notes", "note", "notitie", "notities", "opmerking", "opmerkingen", "comment", "comments",
        "remarks", "description", "omschrijving", "diagnosis", "diagnose", "reason", "reden",
    ]

    /// Whether a field name of a case (or of an absence) would let identifying data or free
    /// text in: `name`, `child_name`, `BSN`, `Adres`, `notes`, ….
    public static func isForbiddenField(_ field: String) -> Bool {
        let lower = field.lowercased()
        if lower.contains("name") || lower.contains("naam") || lower.contains("bsn") || lower.contains("adres")
            || lower.contains("address")
        {
            return true
        }
        let words = lower.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
        return words.contains(where: forbiddenWords.contains)
    }
}
