import CaseloadCore

extension CSVImport {
    /// The rows of one file merged one by one into a scenario, remembering where each came from.
    struct Merger {
        let reader: RowReader
        var scenario: Scenario
        /// What the import did to each item, in file order.
        var items: [ScenarioChange.Item] = []
        /// The line of each imported item by its index in the merged list, to name it in errors.
        var lineOf: [Int: Int] = [:]
        /// The line each key was first seen on: a key on two rows is an error naming both.
        var firstLine: [String: Int] = [:]

        /// Whether `key` is new to this file; a second row with it is a problem in `field`.
        mutating func isFirst(_ key: String, _ row: CSVRow, _ field: String, _ what: String) -> Bool {
            if let line = firstLine[key] {
                reader.fail(row, field, Text(nl: "\(what) staat ook op regel \(line)", en: "\(what) is also on line \(line)"))
                return false
            }
            firstLine[key] = row.line
            return true
        }

        /// Merges every row into `list`, matching ids exactly as the store does.
        mutating func merge<T: Hashable>(
            _ list: WritableKeyPath<Scenario, [T]>, _ idOf: KeyPath<T, String>, _ fields: (T) -> [ImportChanges.Value],
            _ read: (CSVRow, String, T?) -> T?
        ) {
            var index = Dictionary(scenario[keyPath: list].enumerated().map { ($1[keyPath: idOf], $0) }, uniquingKeysWith: { a, _ in a })
            for row in reader.table.rows {
                guard let id = reader.key(row, "id"), isFirst(id, row, "id", "'\(id)'") else { continue }
                let stored = index[id].map { scenario[keyPath: list][$0] }
                guard let merged = read(row, id, stored) else { continue }
                let i = index[id] ?? scenario[keyPath: list].count
                if i < scenario[keyPath: list].count {
                    scenario[keyPath: list][i] = merged
                } else {
                    scenario[keyPath: list].append(merged)
                    index[id] = i
                }
                lineOf[i] = row.line
                items.append(ImportChanges.item(id, stored: stored, merged: merged, index: i, fields: fields))
            }
        }

        /// Merges absence rows into their workers' absences, keyed by worker, first and last day.
        mutating func mergeAbsences() {
            let staffIndex = Dictionary(scenario.staff.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
            for row in reader.table.rows {
                guard let (worker, from, to) = reader.absenceKey(row) else { continue }
                let key = Absence(from: from, to: to)
                guard isFirst("\(worker)\u{0}\(from)\u{0}\(to)", row, "from", "the absence \(ImportChanges.absenceID(worker: worker, key))")
                else { continue }
                guard let i = staffIndex[worker] else {
                    reader.fail(row, "worker", "unknown worker '\(worker)': import staff first")
                    continue
                }
                let j = scenario.staff[i].absences.firstIndex { $0.from == from && $0.to == to }
                let stored = j.map { scenario.staff[i].absences[$0] }
                let merged = reader.absence(row, from: from, to: to, stored: stored)
                if let j { scenario.staff[i].absences[j] = merged } else { scenario.staff[i].absences.append(merged) }
                lineOf[i] = row.line
                items.append(
                    ImportChanges.item(
                        ImportChanges.absenceID(worker: worker, merged), stored: stored, merged: merged, index: i,
                        fields: ImportChanges.fields))
            }
        }
    }
}
