extension PlanningProblem {
    /// Who may take which role before hours and norms count: the lists the construction planner,
    /// the search, the bound and the recommender scan instead of every worker. Each list is in
    /// worker order, so scanning it picks what scanning every worker would.
    public struct Candidates: Sendable {
        /// Per case, the index of its lead group in `leadGroups`.
        public let leadGroup: [Int]
        /// Workers who may lead the cases of a group (H1, H2, H6, H7): cases with the same
        /// municipality, skills and registered kinds share one list.
        public let leadGroups: [[Int]]
        /// Per municipality, the workers who may partner a duo there (H5's registration, H7).
        public let partners: [[Int]]
        /// Per task kind, the supporters (not registered, with hours) who may do it; a supporter
        /// without hours could take no task.
        public let supporters: [[Int]]

        init(workers: [WorkerInfo], cases: [CaseInfo], municipalityCount: Int, kindCount: Int) {
            let partners = (0..<municipalityCount).map { m in workers.indices.filter { workers[$0].mayLead && workers[$0].serves(m) } }
            var groupIndex: [LeadKey: Int] = [:]
            var groups: [[Int]] = []
            // A group's leads are the municipality's registered workers with the skills and kinds.
            leadGroup = cases.map { info in
                let key = LeadKey(municipality: info.municipality, skills: info.skills.sorted(), mask: info.leadKindMask)
                if let g = groupIndex[key] { return g }
                groupIndex[key] = groups.count
                groups.append(
                    partners[key.municipality].filter { w in
                        workers[w].taskMask & key.mask == key.mask && key.skills.allSatisfy(workers[w].skills.contains)
                    })
                return groups.count - 1
            }
            leadGroups = groups
            self.partners = partners
            supporters = (0..<kindCount).map { k in
                workers.indices.filter { !workers[$0].registered && workers[$0].limit > 0 && workers[$0].does(k) }
            }
        }

        /// The workers who may lead case `c`.
        public func leads(of c: Int) -> [Int] { leadGroups[leadGroup[c]] }
    }

    /// What makes two cases need the same kind of lead.
    struct LeadKey: Hashable {
        var municipality: Int
        var skills: [Int]
        var mask: UInt64
    }
}
