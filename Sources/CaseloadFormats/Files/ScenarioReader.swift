import CaseloadCore
import Foundation
import Yams

/// Reads the scenario YAML of docs/formats.md (JSON too, as JSON is YAML) into a validated
/// `Scenario`, reporting every problem with its line.
///
/// It walks Yams's node tree rather than decoding `Codable` types, because nodes keep their
/// line numbers and a manager needs "line 42, field hours", not a coding path.
public struct ScenarioReader: Sendable {
    /// The largest scenario file read, as a guard against a wrong file or a runaway export.
    public static let maxBytes = 64 << 20

    /// Creates a reader.
    public init() {}

    /// Reads and validates the scenario at `path`.
    public func read(path: String) throws -> Scenario {
        try read(text: Self.text(at: path), file: path)
    }

    /// The text of the scenario file at `path`, refused when it is too large or not UTF-8.
    static func text(at path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw FileOpenError(
                path: path, reason: FileManager.default.fileExists(atPath: path) ? FileTexts.notReadable : FileTexts.noSuchFile)
        }
        guard data.count <= Self.maxBytes else {
            throw InputError(file: path, FileTexts.tooLarge(data.count, max: Self.maxBytes, what: FileTexts.scenarios))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw InputError(file: path, FileTexts.notUTF8)
        }
        return text
    }

    /// Reads and validates scenario `text`; `file` names it in errors.
    public func read(text: String, file: String) throws(InputError) -> Scenario {
        try read(text: text, file: file, simulation: false).scenario
    }

    /// Reads `text`, and its `simulation:` section when `simulation` is set (then required).
    func read(text: String, file: String, simulation: Bool) throws(InputError) -> (
        scenario: Scenario, simulation: SimulationSettings?
    ) {
        var context = Context(file: file)
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text) else {
                throw InputError(file: file, line: 1, FileTexts.emptyScenario)
            }
            root = node
        } catch let error as InputError {
            throw error
        } catch let error as YamlError {
            throw InputError(file: file, line: Self.line(of: error), FileTexts.notYAML(Self.problem(of: error)))
        } catch {
            throw InputError(file: file, FileTexts.notYAML("\(error)"))
        }
        let scenario = context.scenario(root)
        // Rules are checked even when some values could not be read, so one run names every
        // problem; a field already reported as unreadable is not reported again.
        let unreadable = Set(context.problems.map(\.place))
        for issue in ScenarioValidator().issues(in: scenario) {
            let line = context.line(of: issue)
            guard !unreadable.contains(InputProblem.place(line: line, field: issue.field)) else { continue }
            context.problems.append(
                InputProblem(file: file, line: line, field: issue.field, text: context.label(issue, issue.text)))
        }
        var settings: SimulationSettings?
        if simulation {
            if let node = context.simulationNode {
                settings = context.simulation(node, scenario: scenario)
            } else {
                context.fail(root, "simulation", FileTexts.missingSimulation)
            }
        }
        if !context.problems.isEmpty { throw InputError(problems: context.problems) }
        return (scenario, settings)
    }

    static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark.line
        case .reader(_, let offset?, _, let yaml):
            // The offset counts bytes; the line is one more than the line breaks before it.
            return yaml.utf8.prefix(offset).reduce(1) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
        case .duplicatedKeysInMapping(let duplicates, let context):
            // The mapping's own mark points at its start; the second use of the key is what to fix.
            guard let key = duplicates.sorted().first else { return context.mark.line }
            var seen = 0
            for (number, line) in context.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let trimmed = line.drop { $0 == " " || $0 == "-" || $0 == "{" }
                if trimmed.hasPrefix(key + ":") || trimmed.hasPrefix(key + " :") {
                    seen += 1
                    if seen == 2 { return number + 1 }
                }
            }
            return context.mark.line
        default: return nil
        }
    }

    static func problem(of error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _): return problem
        case .reader(let problem, _, _, _): return problem
        case .duplicatedKeysInMapping(let duplicates, _): return "duplicate keys \(duplicates.joined(separator: ", "))"
        default: return "\(error)"
        }
    }
}

extension ScenarioReader {
    /// The state of one read: problems found and where each item and field stood.
    struct Context {
        let file: String
        var problems: [InputProblem] = []
        /// Line of each `section[index].field`, and of `section[index]` under the field "".
        var lines: [String: Int] = [:]
        /// The `simulation:` section, read only by the simulator.
        var simulationNode: Node?

        init(file: String) { self.file = file }

        mutating func fail(_ node: Node?, _ field: String?, _ message: String) {
            problems.append(InputProblem(file: file, line: node?.mark?.line, field: field, message: message))
        }

        mutating func fail(_ node: Node?, _ field: String?, _ message: Text) {
            problems.append(InputProblem(file: file, line: node?.mark?.line, field: field, text: message))
        }

        func line(of issue: ScenarioIssue) -> Int? {
            let item = "\(issue.section)[\(issue.index.map(String.init) ?? "")]"
            return lines["\(item).\(issue.field ?? "")"] ?? lines["\(item)."] ?? lines["\(issue.section)."]
        }

        /// `message` after the item it is about: `case fv-0001: …`.
        func label(_ issue: ScenarioIssue, _ message: Text) -> Text {
            guard let id = issue.id else { return message }
            let what =
                issue.section == "cases" ? FileTexts.caseLabel : issue.section == "staff" ? FileTexts.workerLabel : FileTexts.itemLabel
            return Text(nl: "\(what.nl) \(id): \(message.nl)", en: "\(what.en) \(id): \(message.en)")
        }

        // MARK: scalars

        mutating func string(_ node: Node, _ field: String) -> String? {
            guard case .scalar(let s) = node else {
                fail(
                    node, field,
                    Text(
                        nl: "verwacht één waarde, maar dit is een \(node.mapping != nil ? "mapping" : "lijst")",
                        en: "expected a single value, found a \(node.mapping != nil ? "mapping" : "list")"))
                return nil
            }
            // Codes, names and dates are short; a longer value is a wrong field or a pasted text.
            guard s.string.utf8.count <= CSVTable.maxCellLength else {
                fail(
                    node, field,
                    Text(
                        nl: "de waarde is \(s.string.utf8.count) bytes; een waarde mag hoogstens \(CSVTable.maxCellLength) zijn",
                        en: "the value is \(s.string.utf8.count) bytes; values are limited to \(CSVTable.maxCellLength)"))
                return nil
            }
            return s.string
        }

        mutating func number(_ node: Node, _ field: String) -> Double? {
            guard let s = string(node, field) else { return nil }
            guard let x = Double(s.trimmingCharacters(in: .whitespaces)), x.isFinite else {
                fail(node, field, Text(nl: "'\(s)' is geen getal", en: "'\(s)' is not a number"))
                return nil
            }
            return x
        }

        mutating func integer(_ node: Node, _ field: String) -> Int? {
            guard let s = string(node, field) else { return nil }
            guard let x = Int(s.trimmingCharacters(in: .whitespaces)) else {
                fail(node, field, Text(nl: "'\(s)' is geen geheel getal", en: "'\(s)' is not a whole number"))
                return nil
            }
            return x
        }

        mutating func bool(_ node: Node, _ field: String) -> Bool? {
            guard let s = string(node, field) else { return nil }
            switch s.lowercased() {
            case "true", "yes", "ja", "1", "on": return true
            case "false", "no", "nee", "0", "off": return false
            default:
                fail(node, field, Text(nl: "'\(s)' is niet true of false", en: "'\(s)' is not true or false"))
                return nil
            }
        }

        mutating func day(_ node: Node, _ field: String) -> Day? {
            guard let s = string(node, field) else { return nil }
            guard let d = Day(parsing: s.trimmingCharacters(in: .whitespaces)) else {
                fail(
                    node, field,
                    Text(
                        nl: "'\(s)' is geen datum (schrijf 2026-11-23 of 23-11-2026)",
                        en: "'\(s)' is not a date (write 2026-11-23 or 23-11-2026)"))
                return nil
            }
            return d
        }

        mutating func list(_ node: Node, _ field: String) -> [String]? {
            switch node {
            case .sequence(let seq): return seq.compactMap { string($0, field) }
            case .scalar(let s):
                // A single value or `a|b` as CSV writes lists.
                return s.string.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            default:
                fail(node, field, Text(nl: "verwacht een lijst", en: "expected a list"))
                return nil
            }
        }

        mutating func mapping(_ node: Node, _ field: String) -> [(key: String, keyNode: Node, value: Node)]? {
            guard case .mapping(let m) = node else {
                fail(node, field, Text(nl: "verwacht een mapping van `sleutel: waarde`", en: "expected a mapping of `key: value`"))
                return nil
            }
            var seen = Set<String>()
            var result: [(key: String, keyNode: Node, value: Node)] = []
            for (k, v) in m {
                guard let key = k.string else { continue }
                if !seen.insert(key).inserted { fail(k, key, Text(nl: "staat er twee keer in", en: "appears twice")) }
                result.append((key, k, v))
            }
            return result
        }

        mutating func items(_ node: Node, _ section: String) -> [Node] {
            if nullable(node) { return [] }
            guard case .sequence(let seq) = node else {
                fail(node, section, Text(nl: "verwacht een lijst", en: "expected a list"))
                return []
            }
            guard seq.count <= CSVTable.maxRows else {
                fail(
                    node, section,
                    Text(
                        nl: "\(seq.count) items; een sectie mag hoogstens \(CSVTable.maxRows) items hebben",
                        en: "\(seq.count) items; a section is limited to \(CSVTable.maxRows)"))
                return []
            }
            return Array(seq)
        }

        // MARK: sections

        mutating func scenario(_ root: Node) -> Scenario {
            var scenario = Scenario(week: ISOWeek(year: 2026, week: 1)!)
            guard let top = mapping(root, "scenario") else { return scenario }
            var sawWeek = false
            lines["week."] = root.mark?.line
            for (key, keyNode, value) in top {
                switch key {
                case "name": scenario.name = string(value, key) ?? ""
                case "week":
                    sawWeek = true
                    if let s = string(value, key) {
                        if let w = ISOWeek(parsing: s) {
                            scenario.week = w
                        } else {
                            fail(
                                value, key,
                                Text(nl: "'\(s)' is geen ISO-week (schrijf 2026-W48)", en: "'\(s)' is not an ISO week (write 2026-W48)"))
                        }
                    }
                case "settings": scenario.settings = settings(value)
                case "organisations", "organizations":
                    scenario.organisations = items(value, key).enumerated().compactMap { organisation($1, $0) }
                case "networks": scenario.networks = items(value, key).enumerated().compactMap { network($1, $0) }
                case "task_kinds": scenario.taskKinds = items(value, key).enumerated().compactMap { taskKind($1, $0) }
                case "staff", "workers": scenario.staff = items(value, key).enumerated().compactMap { worker($1, $0) }
                case "cases", "families": scenario.cases = items(value, key).enumerated().compactMap { caseItem($1, $0) }
                case "case_types": scenario.caseTypes = caseTypes(value)
                case "simulation": simulationNode = value  // read by the simulator (docs/formats.md)
                case "description": break
                default:
                    fail(
                        keyNode, key,
                        FileTexts.unknownSection(
                            "name, week, settings, organisations, networks, task_kinds, staff, cases, case_types, simulation")
                    )
                }
            }
            if !sawWeek {
                fail(
                    root, "week",
                    Text(
                        nl: "ontbreekt: zeg welke ISO-week gepland wordt, bijv. `week: 2026-W48`",
                        en: "missing: say which ISO week to plan, e.g. `week: 2026-W48`"))
            }
            return scenario
        }

        mutating func settings(_ node: Node, over base: Settings = Settings()) -> Settings {
            var s = base
            guard let fields = mapping(node, "settings") else { return s }
            lines["settings."] = node.mark?.line
            for (key, keyNode, value) in fields {
                lines["settings[].\(key)"] = keyNode.mark?.line
                // The one list of keys; `duo_across_organizations` is accepted as US spelling.
                let known = Settings.Key(rawValue: key == "duo_across_organizations" ? "duo_across_organisations" : key)
                switch known {
                case .fteHours?: s.fteHours = number(value, key) ?? s.fteHours
                case .caseworkShare?: s.caseworkShare = number(value, key) ?? s.caseworkShare
                case .maxCasesPerFTE?: s.maxCasesPerFTE = number(value, key) ?? s.maxCasesPerFTE
                case .maxChildrenPerFTE?: s.maxChildrenPerFTE = number(value, key) ?? s.maxChildrenPerFTE
                case .overloadAllowed?: s.overloadAllowed = number(value, key) ?? s.overloadAllowed
                case .duoAcrossOrganisations?:
                    s.duoAcrossOrganisations = bool(value, key) ?? s.duoAcrossOrganisations
                case .duoSplit?: s.duoSplit = number(value, key) ?? s.duoSplit
                case .maxVoluntaryHandovers?: s.maxVoluntaryHandovers = integer(value, key) ?? s.maxVoluntaryHandovers
                case .standInMaxWeeks?: s.standInMaxWeeks = integer(value, key) ?? s.standInMaxWeeks
                case .rampUp?:
                    s.rampUp = items(value, key).compactMap { step in
                        guard let f = mapping(step, key) else { return nil }
                        var months: Int?
                        var factor: Double?
                        for (k, kn, v) in f {
                            switch k {
                            case "months": months = integer(v, "ramp_up.months")
                            case "factor": factor = number(v, "ramp_up.factor")
                            default: fail(kn, k, FileTexts.unknownField(Text(nl: "een inwerkstap", en: "ramp-up"), known: "months, factor"))
                            }
                        }
                        guard let months, let factor else {
                            fail(step, key, Text(nl: "elke stap heeft months en factor nodig", en: "each step needs months and factor"))
                            return nil
                        }
                        return Settings.RampUpStep(months: months, factor: factor)
                    }
                case .weights?:
                    for (k, kn, v) in mapping(value, key) ?? [] {
                        guard let x = number(v, "weights.\(k)") else { continue }
                        if !s.weights.set(k, to: x) {
                            fail(
                                kn, k,
                                FileTexts.unknownName(
                                    Text(nl: "gewicht", en: "weight"), known: Settings.Weights.names.joined(separator: ", ")))
                        }
                    }
                case nil:
                    fail(
                        keyNode, key,
                        FileTexts.unknownName(
                            Text(nl: "instelling", en: "setting"), known: Settings.Key.allCases.map(\.rawValue).joined(separator: ", ")))
                }
            }
            return s
        }

        mutating func record(_ section: String, _ index: Int, _ node: Node, _ fields: [(key: String, keyNode: Node, value: Node)]) {
            lines["\(section)[\(index)]."] = node.mark?.line
            for f in fields { lines["\(section)[\(index)].\(f.key)"] = f.keyNode.mark?.line }
        }

        mutating func organisation(_ node: Node, _ index: Int) -> Organisation? {
            guard let fields = mapping(node, "organisations") else { return nil }
            record("organisations", index, node, fields)
            var o = Organisation(id: "", name: "", kind: .other)
            for (key, keyNode, value) in fields {
                switch key {
                case "id": o.id = string(value, key) ?? ""
                case "name": o.name = string(value, key) ?? ""
                case "kind":
                    if let s = string(value, key) {
                        if let k = Organisation.Kind(rawValue: s) {
                            o.kind = k
                        } else {
                            fail(
                                value, key,
                                FileTexts.unknownName(
                                    Text(nl: "soort '\(s)'", en: "kind '\(s)'"),
                                    known: Organisation.Kind.allCases.map(\.rawValue).joined(separator: ", ")))
                        }
                    }
                case "mandates": o.mandates = nullable(value) ? nil : frameworks(value, key)
                default:
                    fail(
                        keyNode, key,
                        FileTexts.unknownField(Text(nl: "een organisatie", en: "organisation"), known: "id, name, kind, mandates"))
                }
            }
            if o.name.isEmpty { o.name = o.id }
            return o
        }

        mutating func network(_ node: Node, _ index: Int) -> Network? {
            guard let fields = mapping(node, "networks") else { return nil }
            record("networks", index, node, fields)
            var n = Network(id: "", organisations: [])
            for (key, keyNode, value) in fields {
                switch key {
                case "id": n.id = string(value, key) ?? ""
                case "organisations", "organizations": n.organisations = list(value, key) ?? []
                case "shared_support": n.sharedSupport = bool(value, key) ?? false
                default:
                    fail(
                        keyNode, key,
                        FileTexts.unknownField(Text(nl: "een netwerk", en: "network"), known: "id, organisations, shared_support"))
                }
            }
            return n
        }

        /// A framework named as docs/formats.md names it; an unknown name is a problem at `node`.
        mutating func framework(_ text: String, _ node: Node, _ field: String) -> Framework? {
            guard let f = Framework(rawValue: text) else {
                fail(
                    node, field,
                    Text(
                        nl: "kader '\(text)' is onbekend (bekend: \(Framework.allCases.map(\.rawValue).joined(separator: ", ")))",
                        en: "unknown framework '\(text)' (known: \(Framework.allCases.map(\.rawValue).joined(separator: ", ")))"))
                return nil
            }
            return f
        }

        /// A list of frameworks, each named as docs/formats.md names them.
        mutating func frameworks(_ node: Node, _ key: String) -> [Framework]? {
            guard let names = list(node, key) else { return nil }
            return names.compactMap { framework($0, node, key) }
        }

        mutating func taskKind(_ node: Node, _ index: Int) -> TaskKind? {
            guard let fields = mapping(node, "task_kinds") else { return nil }
            record("task_kinds", index, node, fields)
            var k = TaskKind(id: "", registered: false)
            for (key, keyNode, value) in fields {
                switch key {
                case "id": k.id = string(value, key) ?? ""
                case "registered": k.registered = bool(value, key) ?? false
                default: fail(keyNode, key, FileTexts.unknownField(Text(nl: "een taaksoort", en: "task kind"), known: "id, registered"))
                }
            }
            return k
        }

        mutating func worker(_ node: Node, _ index: Int) -> Worker? {
            guard let fields = mapping(node, "staff") else { return nil }
            record("staff", index, node, fields)
            var w = Worker(id: "", organisation: "", tasks: [], hours: 0)
            var sawHours = false
            for (key, keyNode, value) in fields {
                switch key {
                case "id": w.id = string(value, key) ?? ""
                case "name": w.name = string(value, key)
                case "organisation", "organization": w.organisation = string(value, key) ?? ""
                case "role": w.role = string(value, key)
                case "tasks": w.tasks = list(value, key) ?? []
                case "registered_until": w.registeredUntil = nullable(value) ? nil : day(value, key)
                case "hours":
                    sawHours = true
                    w.hours = number(value, key) ?? 0
                case "casework_share": w.caseworkShare = nullable(value) ? nil : number(value, key)
                case "max_cases": w.maxCases = nullable(value) ? nil : integer(value, key)
                case "max_children": w.maxChildren = nullable(value) ? nil : integer(value, key)
                case "started": w.started = nullable(value) ? nil : day(value, key)
                case "leaves": w.leaves = nullable(value) ? nil : day(value, key)
                case "skills": w.skills = list(value, key) ?? []
                case "municipalities": w.municipalities = nullable(value) ? nil : list(value, key)
                case "absences": w.absences = items(value, key).compactMap { absence($0) }
                case "mandates": w.mandates = nullable(value) ? nil : frameworks(value, key)
                default:
                    fail(
                        keyNode, key,
                        FileTexts.unknownField(
                            Text(nl: "een medewerker", en: "staff"),
                            known:
                                "id, name, organisation, role, tasks, registered_until, hours, casework_share, max_cases, max_children, started, leaves, skills, municipalities, absences, mandates"
                        )
                    )
                }
            }
            if !sawHours {
                fail(
                    node, "hours",
                    Text(
                        nl: "ontbreekt: geef de contracturen per week van de medewerker",
                        en: "missing: give the worker's contract hours per week"))
            }
            if w.organisation.isEmpty { fail(node, "organisation", Text(nl: "ontbreekt", en: "missing")) }
            return w
        }

        mutating func absence(_ node: Node) -> Absence? {
            guard let fields = mapping(node, "absences") else { return nil }
            var from: Day?
            var to: Day?
            var hours: Double?
            for (key, keyNode, value) in fields {
                switch key {
                case "from": from = day(value, "absences.from")
                case "to": to = day(value, "absences.to")
                case "hours": hours = number(value, "absences.hours")
                default:
                    // An absence is hours only: a reason field would carry health data.
                    fail(
                        keyNode, key,
                        FileTexts.unknownField(Text(nl: "een afwezigheid", en: "absence"), known: "from, to, hours", absenceReasons: true))
                }
            }
            guard let from else {
                fail(node, "absences.from", Text(nl: "ontbreekt", en: "missing"))
                return nil
            }
            return Absence(from: from, to: to ?? from, hours: hours)
        }

        mutating func caseItem(_ node: Node, _ index: Int) -> Case? {
            guard let fields = mapping(node, "cases") else { return nil }
            record("cases", index, node, fields)
            var c = Case(id: "", municipality: "", framework: .ots)
            var sawFramework = false
            for (key, keyNode, value) in fields {
                switch key {
                case "id": c.id = string(value, key) ?? ""
                case "municipality": c.municipality = string(value, key) ?? ""
                case "children": c.children = integer(value, key) ?? 1
                case "framework":
                    sawFramework = true
                    if let f = string(value, key).flatMap({ framework($0, value, key) }) { c.framework = f }
                case "phase":
                    if let s = string(value, key) {
                        if let p = Phase(rawValue: s) {
                            c.phase = p
                        } else {
                            fail(
                                value, key,
                                Text(
                                    nl: "fase '\(s)' is onbekend (bekend: start, middle, end)",
                                    en: "unknown phase '\(s)' (known: start, middle, end)"))
                        }
                    }
                case "priority": c.priority = integer(value, key) ?? 2
                case "duo": c.duo = bool(value, key) ?? false
                case "skills": c.skills = list(value, key) ?? []
                case "hours":
                    if nullable(value) { break }
                    var hours: [String: Double] = [:]
                    for (k, _, v) in mapping(value, key) ?? [] { hours[k] = number(v, "hours.\(k)") }
                    c.hours = hours
                case "lead": c.lead = nullable(value) ? nil : string(value, key)
                case "partner": c.partner = nullable(value) ? nil : string(value, key)
                case "supporters":
                    if nullable(value) { break }
                    for (k, _, v) in mapping(value, key) ?? [] { c.supporters[k] = string(v, "supporters.\(k)") }
                case "waiting_since": c.waitingSince = nullable(value) ? nil : day(value, key)
                case "lock": c.lock = bool(value, key) ?? false
                default:
                    if Privacy.isForbiddenField(key) {
                        fail(
                            keyNode, key,
                            Text(
                                nl:
                                    "geweigerd: gezinnen staan er alleen als pseudoniem in — geen namen, BSN, adressen of vrije tekst over een gezin",
                                en: "refused: cases hold pseudonymous codes only — no names, BSN, addresses or free text about a family"))
                    } else {
                        fail(
                            keyNode, key,
                            FileTexts.unknownField(
                                Text(nl: "een gezin", en: "case"),
                                known:
                                    "id, municipality, children, framework, phase, priority, duo, skills, hours, lead, partner, supporters, waiting_since, lock"
                            )
                        )
                    }
                }
            }
            if !sawFramework { fail(node, "framework", Text(nl: "ontbreekt", en: "missing")) }
            return c
        }

        mutating func caseTypes(_ node: Node) -> CaseTypeTable {
            var table = CaseTypeTable(entries: [:])
            for (fkey, fnode, fvalue) in mapping(node, "case_types") ?? [] {
                guard let framework = Framework(rawValue: fkey) else {
                    fail(fnode, fkey, Text(nl: "onbekend kader", en: "unknown framework"))
                    continue
                }
                for (pkey, pnode, pvalue) in mapping(fvalue, fkey) ?? [] {
                    guard let phase = Phase(rawValue: pkey) else {
                        fail(
                            pnode, pkey,
                            Text(nl: "onbekende fase (bekend: start, middle, end)", en: "unknown phase (known: start, middle, end)"))
                        continue
                    }
                    var type = CaseType(hours: [:])
                    let field = "\(fkey).\(pkey)"
                    lines["case_types[].\(field)"] = pnode.mark?.line
                    for (key, keyNode, value) in mapping(pvalue, field) ?? [] {
                        switch key {
                        case "weeks": type.weeks = nullable(value) ? nil : integer(value, "\(field).weeks")
                        case "hours":
                            for (k, _, v) in mapping(value, "\(field).hours") ?? [] {
                                if let h = number(v, "\(field).hours.\(k)") { type.hours[k] = h }
                            }
                        default:
                            fail(keyNode, key, FileTexts.unknownField(Text(nl: "een zaaktype", en: "case type"), known: "weeks, hours"))
                        }
                    }
                    table[framework, phase] = type
                }
            }
            return table
        }

        func nullable(_ node: Node) -> Bool {
            node.null != nil
        }
    }
}
