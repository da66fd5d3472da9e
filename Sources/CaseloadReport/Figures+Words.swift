import CaseloadCore
import CaseloadSimulation

extension Figures {
    /// A unit of elapsed time.
    public enum TimeUnit: Sendable {
        /// Seconds, minutes, hours or days.
        case seconds, minutes, hours, days
    }

    /// The words the formatter writes around figures. Every field is a plain value or a
    /// function of a value, so a catalogue for another language is one more `Words`.
    public struct Words: Sendable {
        /// What stands where there is no figure.
        public var none: String
        /// What follows a percentage, space included.
        public var percentSign: String
        /// `count` units ago.
        public var ago: @Sendable (_ count: Int, _ unit: TimeUnit) -> String
        /// The name of a simulated figure.
        public var metric: @Sendable (Metric) -> String
        /// What a traffic light means, for a legend.
        public var light: @Sendable (WorkerLoad.Light) -> String

        /// Words from their parts.
        public init(
            none: String, percentSign: String, ago: @escaping @Sendable (Int, TimeUnit) -> String,
            metric: @escaping @Sendable (Metric) -> String, light: @escaping @Sendable (WorkerLoad.Light) -> String
        ) {
            self.none = none
            self.percentSign = percentSign
            self.ago = ago
            self.metric = metric
            self.light = light
        }

        /// The English words the reports have used so far.
        public static let english = Words(
            none: "–", percentSign: " %",
            ago: { count, unit in
                switch unit {
                case .seconds: "\(count) s ago"
                case .minutes: "\(count) minutes ago"
                case .hours: "\(count) hours ago"
                case .days: "\(count) days ago"
                }
            },
            metric: { metric in
                switch metric {
                case .waiting: "families waiting"
                case .weeksWaited: "weeks waited (arrival → served)"
                case .utilisation: "utilisation, registered"
                case .supporterUtilisation: "utilisation, supporters"
                case .overloaded: "workers overloaded"
                case .handovers: "handovers per week"
                case .served: "families served"
                case .delegatedHours: "delegated hours per week"
                }
            },
            light: { light in
                switch light {
                case .blue: "under 80 %"
                case .green: "80–100 %"
                case .amber: "100–110 %"
                case .red: "over 110 %"
                case .off: "no hours"
                }
            })

        /// The Dutch words.
        public static let dutch = Words(
            none: "–", percentSign: " %",
            ago: { count, unit in
                switch unit {
                case .seconds: "\(count) s geleden"
                case .minutes: "\(count) minuten geleden"
                case .hours: "\(count) uur geleden"
                case .days: "\(count) dagen geleden"
                }
            },
            metric: { metric in
                switch metric {
                case .waiting: "wachtende gezinnen"
                case .weeksWaited: "weken gewacht (aanmelding → geholpen)"
                case .utilisation: "bezetting, geregistreerd"
                case .supporterUtilisation: "bezetting, ondersteuners"
                case .overloaded: "medewerkers overbelast"
                case .handovers: "overdrachten per week"
                case .served: "gezinnen geholpen"
                case .delegatedHours: "uren bij ondersteuners per week"
                }
            },
            light: { light in
                switch light {
                case .blue: "onder 80 %"
                case .green: "80–100 %"
                case .amber: "100–110 %"
                case .red: "boven 110 %"
                case .off: "geen uren"
                }
            })
    }
}
