import CaseloadCore
import Yams

extension ScenarioReader {
    /// Reads and validates the scenario at `path` together with its `simulation:` section.
    public func readSimulation(path: String) throws -> (scenario: Scenario, simulation: SimulationSettings) {
        try readSimulation(text: Self.text(at: path), file: path)
    }

    /// Reads and validates scenario `text` with its `simulation:` section; `file` names it in
    /// errors.
    public func readSimulation(text: String, file: String) throws(InputError) -> (
        scenario: Scenario, simulation: SimulationSettings
    ) {
        let (scenario, simulation) = try read(text: text, file: file, simulation: true)
        // `read` throws when the section is missing, so it is there.
        return (scenario, simulation ?? SimulationSettings())
    }
}

extension ScenarioReader.Context {
    /// The `simulation:` section (docs/formats.md), every field checked against `scenario`'s
    /// task kinds.
    mutating func simulation(_ node: Node, scenario: Scenario) -> SimulationSettings {
        var s = SimulationSettings()
        // Where each field stood, so a range problem found afterwards names its line.
        var at: [String: Node] = ["": node]
        let kinds = Set(scenario.allTaskKinds.map(\.id))
        guard let fields = mapping(node, "simulation") else { return s }
        for (key, keyNode, value) in fields {
            at[key] = keyNode
            let field = "simulation.\(key)"
            switch key {
            case "weeks": s.weeks = integer(value, field) ?? s.weeks
            case "warmup_weeks": s.warmupWeeks = integer(value, field) ?? s.warmupWeeks
            case "replications": s.replications = integer(value, field) ?? s.replications
            case "seed":
                if let n = integer(value, field) {
                    if n < 0 { fail(value, field, Text(nl: "moet 0 of meer zijn", en: "must be 0 or more")) } else { s.seed = UInt64(n) }
                }
            case "replan": s.replan = choice(value, field, default: s.replan)
            case "start": s.start = choice(value, field, default: s.start)
            case "arrivals": s.arrivals = perFramework(value, field)
            case "durations_weeks": s.durationsWeeks = perFramework(value, field)
            case "duration_distribution": s.durationDistribution = choice(value, field, default: s.durationDistribution)
            case "duration_cv": s.durationCV = number(value, field) ?? s.durationCV
            case "surges": s.surges = items(value, field).compactMap { surge($0) }
            case "events": s.events = items(value, field).compactMap { event($0, kinds: kinds) }
            case "absence":
                for (k, kn, v) in mapping(value, field) ?? [] {
                    at["absence.\(k)"] = kn
                    switch k {
                    case "sick_rate": s.absence.sickRate = number(v, "\(field).\(k)") ?? s.absence.sickRate
                    case "mean_spell_weeks": s.absence.meanSpellWeeks = number(v, "\(field).\(k)") ?? s.absence.meanSpellWeeks
                    case "leave_weeks_per_year":
                        s.absence.leaveWeeksPerYear = number(v, "\(field).\(k)") ?? s.absence.leaveWeeksPerYear
                    default:
                        fail(kn, "\(field).\(k)", FileTexts.unknownField(nil, known: "sick_rate, mean_spell_weeks, leave_weeks_per_year"))
                    }
                }
            case "turnover_per_year": s.turnoverPerYear = number(value, field) ?? s.turnoverPerYear
            case "replacement_delay_weeks": s.replacementDelayWeeks = number(value, field) ?? s.replacementDelayWeeks
            case "variants":
                s.variants = items(value, field).compactMap { variant($0, scenario: scenario, kinds: kinds) }
            case "planner":
                for (k, kn, v) in mapping(value, field) ?? [] {
                    at["planner.\(k)"] = kn
                    switch k {
                    case "unimproved_moves": s.planner.unimprovedMoves = integer(v, "\(field).\(k)") ?? s.planner.unimprovedMoves
                    case "keep_served": s.planner.keepServed = bool(v, "\(field).\(k)") ?? s.planner.keepServed
                    default: fail(kn, "\(field).\(k)", FileTexts.unknownField(nil, known: "unimproved_moves, keep_served"))
                    }
                }
            default:
                fail(
                    keyNode, field,
                    FileTexts.unknownField(
                        Text(nl: "de simulatie", en: "simulation"),
                        known:
                            "weeks, warmup_weeks, replications, seed, replan, start, arrivals, surges, durations_weeks, duration_distribution, duration_cv, events, absence, turnover_per_year, replacement_delay_weeks, variants, planner"
                    )
                )
            }
        }
        for problem in s.problems() {
            let top = String(problem.field.split(separator: ".").first ?? "")
            fail(at[problem.field] ?? at[top] ?? node, "simulation.\(problem.field)", problem.text)
        }
        return s
    }

    private mutating func choice<T: RawRepresentable & CaseIterable>(_ node: Node, _ field: String, default value: T) -> T
    where T.RawValue == String {
        guard let text = string(node, field) else { return value }
        guard let result = T(rawValue: text) else {
            fail(
                node, field,
                Text(
                    nl: "'\(text)' is niet een van \(T.allCases.map(\.rawValue).joined(separator: ", "))",
                    en: "'\(text)' is not one of \(T.allCases.map(\.rawValue).joined(separator: ", "))"))
            return value
        }
        return result
    }

    private mutating func perFramework(_ node: Node, _ field: String) -> [Framework: Double] {
        var result: [Framework: Double] = [:]
        for (k, kn, v) in mapping(node, field) ?? [] {
            if let f = framework(k, kn, "\(field).\(k)"), let x = number(v, "\(field).\(k)") { result[f] = x }
        }
        return result
    }

    private mutating func hours(_ node: Node, _ field: String, kinds: Set<String>) -> [String: Double] {
        var result: [String: Double] = [:]
        for (k, kn, v) in mapping(node, field) ?? [] {
            guard kinds.contains(k) else {
                fail(
                    kn, "\(field).\(k)",
                    FileTexts.unknownName(Text(nl: "taaksoort", en: "task kind"), known: kinds.sorted().joined(separator: ", ")))
                continue
            }
            if let x = number(v, "\(field).\(k)") { result[k] = x }
        }
        return result
    }

    private mutating func surge(_ node: Node) -> SimulationSettings.Surge? {
        guard let fields = mapping(node, "simulation.surges") else { return nil }
        var surge = SimulationSettings.Surge(framework: nil, fromWeek: 0, weeks: 1, factor: 1)
        for (k, kn, v) in fields {
            let field = "simulation.surges.\(k)"
            switch k {
            case "framework": surge.framework = string(v, field).flatMap { framework($0, v, field) }
            case "from_week": surge.fromWeek = integer(v, field) ?? 0
            case "weeks": surge.weeks = integer(v, field) ?? 1
            case "factor": surge.factor = number(v, field) ?? 1
            default:
                fail(kn, field, FileTexts.unknownField(Text(nl: "een piek", en: "surge"), known: "framework, from_week, weeks, factor"))
            }
        }
        return surge
    }

    private mutating func event(_ node: Node, kinds: Set<String>) -> SimulationSettings.CaseEvent? {
        guard let fields = mapping(node, "simulation.events") else { return nil }
        var event = SimulationSettings.CaseEvent(name: "event", perYear: 0, weeks: 1, hours: [:])
        for (k, kn, v) in fields {
            let field = "simulation.events.\(k)"
            switch k {
            case "name": event.name = string(v, field) ?? event.name
            case "per_year": event.perYear = number(v, field) ?? 0
            case "weeks": event.weeks = integer(v, field) ?? 1
            case "hours": event.hours = hours(v, field, kinds: kinds)
            default:
                fail(kn, field, FileTexts.unknownField(Text(nl: "een gebeurtenis", en: "event"), known: "name, per_year, weeks, hours"))
            }
        }
        return event
    }

    private mutating func variant(_ node: Node, scenario: Scenario, kinds: Set<String>) -> SimulationVariant? {
        guard let fields = mapping(node, "simulation.variants") else { return nil }
        var variant = SimulationVariant(name: "")
        for (k, kn, v) in fields {
            let field = "simulation.variants.\(k)"
            switch k {
            case "name": variant.name = string(v, field) ?? ""
            case "settings": variant.settings = settings(v, over: scenario.settings)
            case "remove_workers_with_tasks":
                variant.removeWorkersWithTasks = list(v, field) ?? []
                for kind in variant.removeWorkersWithTasks where !kinds.contains(kind) {
                    fail(v, field, "unknown task kind '\(kind)' (known: \(kinds.sorted().joined(separator: ", ")))")
                }
            case "duo": variant.duo = bool(v, field)
            case "replacement_delay_weeks": variant.replacementDelayWeeks = number(v, field)
            case "turnover_per_year": variant.turnoverPerYear = number(v, field)
            case "sick_rate": variant.sickRate = number(v, field)
            case "arrival_factor":
                if let x = number(v, field) {
                    if x < 0 {
                        fail(v, field, Text(nl: "moet 0 of meer zijn, niet \(x)", en: "must be 0 or more, is \(x)"))
                    } else {
                        variant.arrivalFactor = x
                    }
                }
            default:
                fail(
                    kn, field,
                    FileTexts.unknownField(
                        Text(nl: "een variant", en: "variant"),
                        known:
                            "name, settings, remove_workers_with_tasks, duo, arrival_factor, replacement_delay_weeks, turnover_per_year, sick_rate"
                    )
                )
            }
        }
        if variant.name.isEmpty {
            fail(
                node, "simulation.variants.name",
                Text(nl: "ontbreekt: elke variant heeft een naam nodig", en: "missing: every variant needs a name"))
        }
        var base = SimulationSettings()
        base.variants = []
        for problem in variant.applied(to: base).problems() {
            fail(
                node, "simulation.variants.\(problem.field)",
                Text(nl: "variant \(variant.name): \(problem.text.nl)", en: "variant \(variant.name): \(problem.text.en)"))
        }
        // A variant's settings must hold as the scenario's would.
        for issue in ScenarioValidator().issues(in: variant.applied(to: scenario)) where issue.section == "settings" {
            fail(
                node, "simulation.variants.settings.\(issue.field ?? "")",
                Text(nl: "variant \(variant.name): \(issue.text.nl)", en: "variant \(variant.name): \(issue.text.en)"))
        }
        return variant
    }
}
