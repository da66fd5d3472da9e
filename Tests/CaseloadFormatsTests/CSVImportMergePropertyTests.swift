import CaseloadCore
import CaseloadSearch
import CaseloadTestSupport
import Foundation
import Testing

@testable import CaseloadFormats

/// One column of a generated file: its name, and for a row a random cell with what that cell must
/// do to the item (`nil`: the cell is left empty and the item must keep its value).
private struct GeneratedColumn<Item> {
    var name: String
    var cell: (inout SplitMix64, Item) -> (text: String, effect: (inout Item) -> Void)
}

/// A file of random rows for stored items and new ones, with a random subset of columns and
/// random empty cells, and the items as a reading of docs/formats.md says the file leaves them.
private struct GeneratedFile<Item: Hashable> {
    var text = ""
    /// What each row's item must be after the import, by id, in file order.
    var expected: [(id: String, stored: Item?, merged: Item)] = []
}

/// A cell that clears (`-`, `geen`, `none` in random letter case) or gives a value.
private func clearWord(_ rng: inout SplitMix64) -> String {
    let word = ["-", "geen", "none", "GEEN", "None"][Int.random(in: 0..<5, using: &rng)]
    return word
}

private func chance(_ p: Double, _ rng: inout SplitMix64) -> Bool { Double.random(in: 0..<1, using: &rng) < p }
private func pick<T>(_ xs: [T], _ rng: inout SplitMix64) -> T { xs[Int.random(in: 0..<xs.count, using: &rng)] }

/// A date as a spreadsheet may write it: ISO or day first.
private func dateText(_ d: Day, _ rng: inout SplitMix64) -> String {
    let (y, m, day) = d.components
    return chance(0.5, &rng) ? d.description : "\(day)-\(m)-\(y)"
}

/// A number as a `;` file (decimal comma) or a `,` file writes it.
private func numberText(_ x: Double, comma: Bool) -> String {
    let text = x == x.rounded() ? String(Int(x)) : String(x)
    return comma ? text.replacingOccurrences(of: ".", with: ",") : text
}

/// A clearable optional column: a value, a clear (to nil) or nothing.
private func clearable<Item, V>(
    _ name: String, _ path: WritableKeyPath<Item, V?>, _ value: @escaping (inout SplitMix64) -> (String, V)
) -> GeneratedColumn<Item> {
    GeneratedColumn(name: name) { rng, _ in
        if chance(0.15, &rng) { return (clearWord(&rng), { $0[keyPath: path] = nil }) }
        let (text, v) = value(&rng)
        return (text, { $0[keyPath: path] = v })
    }
}

/// A column every item has a value of.
private func always<Item, V>(
    _ name: String, _ path: WritableKeyPath<Item, V>, _ value: @escaping (inout SplitMix64) -> (String, V)
) -> GeneratedColumn<Item> {
    GeneratedColumn(name: name) { rng, _ in
        let (text, v) = value(&rng)
        return (text, { $0[keyPath: path] = v })
    }
}

/// A list column that a clear empties.
private func list<Item>(_ name: String, _ path: WritableKeyPath<Item, [String]>, from values: [String]) -> GeneratedColumn<Item> {
    GeneratedColumn(name: name) { rng, _ in
        if chance(0.15, &rng) { return (clearWord(&rng), { $0[keyPath: path] = [] }) }
        var items = values.filter { _ in chance(0.5, &rng) }
        if items.isEmpty { items = [pick(values, &rng)] }
        return (items.joined(separator: " | "), { [items] in $0[keyPath: path] = items })
    }
}

private func generatedFile<Item: Hashable>(
    _ rng: inout SplitMix64, stored: [Item], id: KeyPath<Item, String>, columns: [GeneratedColumn<Item>], needed: [String],
    new: (String) -> Item, newIDs: [String], fix: (inout [String: String], Item?, Item) -> Bool
) -> GeneratedFile<Item> {
    let comma = chance(0.5, &rng)
    let delimiter = comma ? ";" : ","
    var chosen = columns.filter { _ in chance(0.5, &rng) }
    // A new id needs its columns; without them the file only updates.
    let withNew = needed.allSatisfy { n in chosen.contains { $0.name == n } } && chance(0.7, &rng)
    chosen.shuffle(using: &rng)
    var generated = GeneratedFile<Item>()
    generated.text = (["id"] + chosen.map(\.name)).joined(separator: delimiter) + "\n"
    var rows = stored.filter { _ in chance(0.4, &rng) }.map { ($0[keyPath: id], Optional($0)) }
    if withNew { rows += newIDs.prefix(Int.random(in: 1...newIDs.count, using: &rng)).map { ($0, nil) } }
    rows.shuffle(using: &rng)
    for (itemID, old) in rows {
        var cells: [String: String] = [:]
        var merged = old ?? new(itemID)
        var effects: [String: (inout Item) -> Void] = [:]
        for column in chosen {
            let isNeeded = old == nil && needed.contains(column.name)
            guard isNeeded || chance(0.7, &rng) else { continue }
            var (text, effect) = column.cell(&rng, merged)
            // A new item's needed cell must give a value, not clear one.
            while isNeeded && ["-", "geen", "none"].contains(text.lowercased()) { (text, effect) = column.cell(&rng, merged) }
            cells[column.name] = text
            effects[column.name] = effect
        }
        for name in chosen.map(\.name) { effects[name]?(&merged) }
        // A row that would break a rule (a partner who is the lead, leaving before starting)
        // loses the offending cells, so every generated file is one a manager could import.
        if !fix(&cells, old, merged) {
            merged = old ?? new(itemID)
            for name in chosen.map(\.name) where cells[name] != nil { effects[name]?(&merged) }
        }
        let line = [itemID] + chosen.map { column in cells[column.name].map { comma ? "\"\($0)\"" : $0 } ?? "" }
        generated.text += line.joined(separator: delimiter) + "\n"
        generated.expected.append((itemID, old, merged))
    }
    return generated
}

@Suite struct CSVImportMergePropertyTests {
    static let seeds: [UInt64] = Array(1...120)

    /// Checks a merge against the generated file's expectations: every item as expected, every
    /// other item untouched, and the counts those of the items that really differ.
    private func check<Item: Hashable>(
        _ change: ScenarioChange, _ generated: GeneratedFile<Item>, before: [Item], after: [Item], id: KeyPath<Item, String>,
        seed: UInt64
    ) {
        let merged = Dictionary(after.map { ($0[keyPath: id], $0) }, uniquingKeysWith: { a, _ in a })
        for e in generated.expected {
            #expect(merged[e.id] == e.merged, "seed \(seed), \(e.id):\n\(generated.text)")
        }
        let named = Set(generated.expected.map(\.id))
        let untouched = before.filter { !named.contains($0[keyPath: id]) }
        #expect(after.filter { !named.contains($0[keyPath: id]) } == untouched, "seed \(seed): an item the file does not name changed")
        let differing = generated.expected.filter { $0.stored != nil && $0.stored != merged[$0.id] }.count
        #expect(change.count(.added) == generated.expected.filter { $0.stored == nil }.count, "seed \(seed)")
        #expect(change.count(.changed) == differing, "seed \(seed)")
        #expect(change.count(.unchanged) == generated.expected.count - differing - change.count(.added), "seed \(seed)")
        #expect(change.items.filter { $0.status == .changed }.allSatisfy { !$0.fields.isEmpty }, "seed \(seed)")
    }

    @Test(arguments: seeds)
    func casesKeepWhatTheFileDoesNotGiveAndTakeWhatItGives(seed: UInt64) throws {
        let stored = RandomScenarios.make(seed: seed, workers: 8, cases: 25)
        var rng = SplitMix64(seed: seed &* 7919)
        let staff = stored.staff.map(\.id)
        let monday = stored.week.monday
        let comma = false
        let columns: [GeneratedColumn<Case>] = [
            always("municipality", \.municipality) { rng in
                let m = pick(RandomScenarios.municipalities, &rng); return (m, m)
            },
            always("children", \.children) { rng in
                let n = Int.random(in: 0...5, using: &rng); return ("\(n)", n)
            },
            always("framework", \.framework) { rng in
                let f = pick(Framework.allCases, &rng)
                return (chance(0.3, &rng) ? f.rawValue.uppercased() : f.rawValue, f)
            },
            always("phase", \.phase) { rng in
                let p = pick(Phase.allCases, &rng); return (p.rawValue, p)
            },
            always("priority", \.priority) { rng in
                let p = Int.random(in: 1...3, using: &rng); return ("\(p)", p)
            },
            always("duo", \.duo) { rng in
                let b = chance(0.5, &rng); return (pick(b ? ["ja", "true", "1"] : ["nee", "false", "0"], &rng), b)
            },
            list("skills", \.skills, from: RandomScenarios.skills),
            clearable("lead", \.lead) { rng in
                let w = pick(staff, &rng); return (w, w)
            },
            clearable("partner", \.partner) { rng in
                let w = pick(staff, &rng); return (w, w)
            },
            clearable("waiting_since", \.waitingSince) { rng in
                let d = monday.adding(days: -Int.random(in: 0...90, using: &rng))
                return (dateText(d, &rng), d)
            },
            always("lock", \.lock) { rng in
                let b = chance(0.2, &rng); return (b ? "yes" : "no", b)
            },
            hours("casework", comma: comma), hours("admin", comma: comma),
            supporter("admin", staff), supporter("legal", staff),
        ]
        let generated = generatedFile(
            &rng, stored: stored.cases, id: \.id, columns: columns, needed: ["municipality", "framework"],
            new: { Case(id: $0, municipality: "", framework: .ots) }, newIDs: ["new-1", "new-2", "new-3"]
        ) { cells, _, merged in
            guard merged.lead != nil && merged.lead == merged.partner else { return true }
            cells["lead"] = nil
            cells["partner"] = nil
            return false
        }
        let table = try CSVTable(parsing: generated.text, file: "cases.csv")
        let change = try CSVImport.merge(.cases, table, into: stored)
        check(change, generated, before: stored.cases, after: change.scenario.cases, id: \.id, seed: seed)
        #expect(change.scenario.staff == stored.staff)
    }

    @Test(arguments: seeds)
    func staffKeepWhatTheFileDoesNotGiveAndTakeWhatItGives(seed: UInt64) throws {
        let stored = RandomScenarios.make(seed: seed, workers: 20, cases: 0)
        var rng = SplitMix64(seed: seed &* 104_729)
        let monday = stored.week.monday
        let organisations = stored.organisations.map(\.id)
        let kinds = stored.allTaskKinds.map(\.id)
        func day(_ rng: inout SplitMix64) -> (String, Day) {
            let d = monday.adding(days: Int.random(in: -900...900, using: &rng))
            return (dateText(d, &rng), d)
        }
        let columns: [GeneratedColumn<Worker>] = [
            clearable("name", \.name) { rng in
                let n = "Medewerker \(Int.random(in: 1...99, using: &rng))"; return (n, n)
            },
            always("organisation", \.organisation) { rng in
                let o = pick(organisations, &rng); return (o, o)
            },
            clearable("role", \.role) { rng in
                let r = pick(["jeugdbeschermer", "gedragswetenschapper"], &rng); return (r, r)
            },
            GeneratedColumn(name: "tasks") { rng, _ in
                var t = kinds.filter { _ in chance(0.5, &rng) }
                if t.isEmpty { t = ["casework"] }
                return (t.joined(separator: "|"), { [t] in $0.tasks = t })
            },
            clearable("registered_until", \.registeredUntil, day),
            always("hours", \.hours) { rng in
                let h = Double(Int.random(in: 16...80, using: &rng)) / 2; return (numberText(h, comma: false), h)
            },
            clearable("casework_share", \.caseworkShare) { rng in
                let s = pick([0.5, 0.75, 1.0], &rng); return (numberText(s, comma: false), s)
            },
            clearable("max_cases", \.maxCases) { rng in
                let n = Int.random(in: 0...12, using: &rng); return ("\(n)", n)
            },
            clearable("max_children", \.maxChildren) { rng in
                let n = Int.random(in: 0...15, using: &rng); return ("\(n)", n)
            },
            clearable("started", \.started, day),
            clearable("leaves", \.leaves, day),
            list("skills", \.skills, from: RandomScenarios.skills),
            clearable("municipalities", \.municipalities) { rng in
                let m = RandomScenarios.municipalities.filter { _ in chance(0.5, &rng) }
                return m.isEmpty ? ("ede", ["ede"]) : (m.joined(separator: "|"), m)
            },
            clearable("mandates", \.mandates) { rng in
                let f = pick(Framework.allCases, &rng)
                return (f.rawValue, [f])
            },
        ]
        let generated = generatedFile(
            &rng, stored: stored.staff, id: \.id, columns: columns, needed: ["organisation", "hours"],
            new: { Worker(id: $0, organisation: "", tasks: [], hours: 0) }, newIDs: ["new-1", "new-2"]
        ) { cells, _, merged in
            guard let leaves = merged.leaves, let started = merged.started, leaves < started else { return true }
            cells["leaves"] = nil
            cells["started"] = nil
            return false
        }
        let table = try CSVTable(parsing: generated.text, file: "staff.csv")
        let change = try CSVImport.merge(.staff, table, into: stored)
        check(change, generated, before: stored.staff, after: change.scenario.staff, id: \.id, seed: seed)
    }

    /// `hours_KIND`: a value sets the kind's explicit hours, a clear removes them, and a family
    /// without explicit hours left follows its case type.
    private func hours(_ kind: String, comma: Bool) -> GeneratedColumn<Case> {
        GeneratedColumn(name: "hours_\(kind)") { rng, _ in
            func apply(_ value: Double?) -> (inout Case) -> Void {
                { c in
                    var h = c.hours ?? [:]
                    h[kind] = value
                    if h != (c.hours ?? [:]) { c.hours = h.isEmpty ? nil : h }
                }
            }
            if chance(0.15, &rng) { return (clearWord(&rng), apply(nil)) }
            let h = Double(Int.random(in: 0...24, using: &rng)) / 4
            return (numberText(h, comma: comma), apply(h))
        }
    }

    private func supporter(_ kind: String, _ staff: [String]) -> GeneratedColumn<Case> {
        GeneratedColumn(name: "supporter_\(kind)") { rng, _ in
            if chance(0.15, &rng) { return (clearWord(&rng), { $0.supporters[kind] = nil }) }
            let w = pick(staff, &rng)
            return (w, { $0.supporters[kind] = w })
        }
    }
}
