extension PlanningProblem {
    /// Who may take which role before hours and norms count: the lists the construction planner,
    /// the search, the bound and the recommender scan instead of every worker. Each list is in
    /// worker order, so scanning it picks what scanning every worker would.
    public struct Candidates: Sendable {
        /// Per case, the index of its lead group in `leadGroups`.
        public let leadGroup: [Int]
        /// Workers who may lead the cases of a group (H1, H2, H6, H7, H10): cases with the same
        /// municipality, skills, registered kinds and framework share one list. A worker forced
        /// away this week (`PlanningProblem.forcedAway`) is on none: a family given to them now,
        /// even one without hours, would change hands next week.
        public let leadGroups: [[Int]]
        /// Per municipality, the workers who may partner a duo there (H5's registration, H7), but
        /// none forced away.
        public let partners: [[Int]]
        /// Per task kind, the supporters (not registered, with hours) who may do it; a supporter
        /// without hours could take no task. Of every organisation: what a bound may count.
        public let supporters: [[Int]]
        /// Per lead organisation, per task kind: the supporters who may work for its families
        /// (H2, H11).
        public let supportersByOrganisation: [[[Int]]]
        /// Per lead group, per worker: a member (so membership is one array read).
        let leadMember: [[Bool]]
        /// Per municipality, per worker: may partner there.
        let partnerMember: [[Bool]]

        init(
            workers: [WorkerInfo], workerFigures: [WorkerFigures], cases: [CaseInfo], municipalityCount: Int, kindCount: Int,
            organisationCount: Int, sharesSupport: [Bool], away: [Bool]
        ) {
            let partners = (0..<municipalityCount).map { m in
                workers.indices.filter { !away[$0] && PlanningProblem.partnerRules(workers[$0], municipality: m).isEmpty }
            }
            var groupIndex: [LeadKey: Int] = [:]
            var groups: [[Int]] = []
            // Cases with the same municipality, skills and registered kinds share their leads.
            leadGroup = cases.map { info in
                let key = LeadKey(
                    municipality: info.municipality, skills: info.skills.sorted(), mask: info.leadKindMask, framework: info.framework)
                if let g = groupIndex[key] { return g }
                groupIndex[key] = groups.count
                groups.append(workers.indices.filter { !away[$0] && PlanningProblem.leadRules(workers[$0], info).isEmpty })
                return groups.count - 1
            }
            leadGroups = groups
            self.partners = partners
            let supporters = (0..<kindCount).map { k in
                workers.indices.filter { workers[$0].limit > 0 && PlanningProblem.maySupport(workerFigures[$0], kind: k) }
            }
            self.supporters = supporters
            supportersByOrganisation = (0..<organisationCount).map { lead in
                supporters.map { list in
                    list.filter { sharesSupport[lead * organisationCount + workers[$0].organisation] }
                }
            }
            func membership(_ lists: [[Int]]) -> [[Bool]] {
                lists.map { list in
                    var member = [Bool](repeating: false, count: workers.count)
                    for w in list { member[w] = true }
                    return member
                }
            }
            leadMember = membership(groups)
            partnerMember = membership(partners)
        }

        /// The workers who may lead case `c`.
        public func leads(of c: Int) -> [Int] { leadGroups[leadGroup[c]] }

        /// The supporters who may do task kind `kind` for a family led from organisation
        /// `organisation`.
        public func supporters(of kind: Int, leadOrganisation organisation: Int) -> [Int] {
            supportersByOrganisation[organisation][kind]
        }
    }

    /// What makes two cases need the same kind of lead.
    struct LeadKey: Hashable {
        var municipality: Int
        var skills: [Int]
        var mask: UInt64
        var framework: Int
    }
}
