import CaseloadCore
import CaseloadStore
import Foundation
import Logging
import ServiceLifecycle

/// Follows the database's current plan: asks every poll interval which plan is current and,
/// when it changed, reads it whole and renders a new snapshot. A plan saved by `caseload plan
/// --save` shows within one interval, without a restart.
struct PlanWatcher: Service {
    let store: AppDatabase
    let snapshots: SnapshotStore
    let interval: Duration
    let logger: Logger

    /// Reads the current plan now, so the first request already has it.
    func refresh() {
        do {
            let current = try store.currentPlanID()
            guard current != snapshots.snapshot?.planID else { return }
            guard let saved = try store.savedPlan() else {
                snapshots.set(nil)
                return
            }
            // The scenario names the organisations and holds the staff's registrations; a plan
            // whose scenario cannot be read still shows, without them.
            let scenario = try? store.scenario(week: saved.plan.week)
            let status = PlanStatus(
                plan: saved.plan, organisations: scenario?.organisations ?? [], staff: scenario?.staff ?? [],
                taskKinds: scenario?.allTaskKinds ?? [])
            snapshots.set(StatusSnapshot(planID: saved.id, savedAt: saved.createdAt, approvedAt: saved.approvedAt, status: status))
            logger.info("following plan", metadata: ["plan": .stringConvertible(saved.id), "week": .string(saved.plan.week.description)])
        } catch {
            // A busy or briefly locked database is asked again next time; the last snapshot stays.
            logger.warning("could not read the current plan", metadata: ["error": .string("\(type(of: error))")])
        }
    }

    func run() async throws {
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            refresh()
            try? await Task.sleep(for: interval)
        }
    }
}
