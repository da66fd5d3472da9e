/// What `SimulationSettings.problems()` tells a manager about a setting out of range, in Dutch
/// and English. The field keeps the file's name (`warmup_weeks`): it is what the manager looks
/// for in the file; numbers in the Dutch use a decimal comma.
enum SimulationTexts {
    static func range(_ low: String, _ high: String, is value: Text, why: Text? = nil) -> Text {
        Text(
            nl: "moet \(low) tot en met \(high) zijn" + (why.map { " (\($0.nl))" } ?? "") + ", is \(value.nl)",
            en: "must be \(low)…\(high)" + (why.map { " (\($0.en))" } ?? "") + ", is \(value.en)")
    }
    static func range(_ low: String, _ high: String, is value: Int, why: Text? = nil) -> Text {
        range(low, high, is: Text(nl: "\(value)", en: "\(value)"), why: why)
    }
    static func warmup(weeks: Int, is value: Int) -> Text {
        Text(
            nl: "moet minstens 0 en minder dan weeks (\(weeks)) zijn, is \(value)",
            en: "must be at least 0 and less than weeks (\(weeks)), is \(value)")
    }
    static let intervalNeedsTwo = Text(nl: "een betrouwbaarheidsinterval vraagt er twee", en: "a confidence interval needs two")
    static func arrivals(is rate: Double) -> Text {
        let r = Text.number(rate)
        return Text(nl: "moet 0 tot en met 1000 gezinnen per week zijn, is \(r.nl)", en: "must be 0…1000 families a week, is \(r.en)")
    }
    static func moreThanZeroWeeks(is mean: Double) -> Text {
        let m = Text.number(mean)
        return Text(nl: "moet meer dan 0 weken zijn, is \(m.nl)", en: "must be more than 0 weeks, is \(m.en)")
    }
    static let surge = Text(nl: "een piek vraagt weeks ≥ 0 en factor ≥ 0", en: "a surge needs weeks ≥ 0 and factor ≥ 0")
    static func moreThanZero(is value: Double) -> Text {
        let v = Text.number(value)
        return Text(nl: "moet meer dan 0 zijn, is \(v.nl)", en: "must be more than 0, is \(v.en)")
    }
    static func event(_ name: String) -> Text {
        Text(
            nl: "gebeurtenis \(name) vraagt per_year ≥ 0, weeks ≥ 1 en hours ≥ 0",
            en: "event \(name) needs per_year ≥ 0, weeks ≥ 1 and hours ≥ 0")
    }
    static func sickRate(is value: Double) -> Text {
        let v = Text.number(value)
        return Text(nl: "moet minstens 0 en onder 1 zijn, is \(v.nl)", en: "must be at least 0 and below 1, is \(v.en)")
    }
    static func atLeastZero(is value: Double?) -> Text {
        let v = value.map { Text.number($0) }
        return Text(
            nl: "moet minstens 0 zijn" + (v.map { ", is \($0.nl)" } ?? ""), en: "must be at least 0" + (v.map { ", is \($0.en)" } ?? ""))
    }
    static func nameTwice(_ name: String) -> Text {
        Text(nl: "de naam \(name) komt twee keer voor", en: "the name \(name) appears twice")
    }
}
