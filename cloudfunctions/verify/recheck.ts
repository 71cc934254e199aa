import { canTransition } from '../../domain/application/application-status';
import type { Ports } from '../lib/ports/ports';
import type { ApplicationRecord, VerificationRecord } from '../lib/ports/records';
import { messageFor } from '../notify/message-for';
import { askDepartments } from './ask-departments';
import { categoryFor } from './category-for';
import { statusOf } from './verification-view';

/**
 * Completes what an outage left open: asks again the departments that were unavailable, and moves
 * the applications that waited (待核验) on to 已提交 once nothing is pending. Run by a timer trigger in
 * production and on an interval by the local server; safe to run twice at once (guarded updates).
 */
export const runRecheck = async (ports: Ports, limit: number) => {
  const { store, crypto } = ports;
  const pending = await store.verifications.listPending(limit);
  let completed = 0;
  for (const v of pending) {
    const [child, guardian, season] = await Promise.all([
      store.children.get(v.childId),
      store.guardians.get(v.guardianId),
      store.catalog.getSeason(v.seasonId),
    ]);
    if (!child || !guardian || !season) continue;
    const kinds = v.checks.filter((c) => c.outcome === 'unavailable').map((c) => c.kind);
    const fresh = await askDepartments(
      ports,
      {
        childId: child.id,
        childIdNumber: crypto.decrypt(child.idCipher),
        guardianIdNumber: crypto.decrypt(guardian.idCipher),
        seasonName: season.name,
      },
      kinds,
      { actorId: null, role: null },
    );
    const now = ports.clock.now();
    const next: VerificationRecord = {
      ...v,
      checks: v.checks.map((c) => fresh.find((f) => f.kind === c.kind) ?? c),
      updatedAt: now.toISOString(),
    };
    next.pending = next.checks.some((c) => c.outcome === 'unavailable');
    await store.verifications.put(next);
    if (next.pending) continue;
    completed += 1;
    await releaseWaitingApplications(ports, next, now);
  }
  return { checked: pending.length, completed, stillPending: pending.length - completed };
};

const releaseWaitingApplications = async (ports: Ports, v: VerificationRecord, now: Date) => {
  const { store } = ports;
  const waiting = (await store.applications.listByStatus('pending_verification', 1000)).filter(
    (a) => a.verificationId === v.id,
  );
  for (const app of waiting) {
    const [school, season] = await Promise.all([
      store.catalog.getSchool(app.schoolId),
      store.catalog.getSeason(app.seasonId),
    ]);
    if (!school || !season || !canTransition(app.status, 'submitted')) continue;
    const needsMaterial = statusOf(v) === 'needs_material';
    const next: ApplicationRecord = {
      ...app,
      status: 'submitted',
      category: await categoryFor(store, v, school, season, now),
      timeline: [
        ...app.timeline,
        {
          status: 'submitted',
          at: now.toISOString(),
          note: needsMaterial
            ? '部门数据已恢复并完成核验；有一项需要补充材料，请在“我的报名”中上传。'
            : '部门数据已恢复，自动核验完成，报名进入审核。',
        },
      ],
      updatedAt: now.toISOString(),
    };
    await store.transaction(async (tx) => {
      if (!(await tx.applications.update(next, app.status))) return;
      await ports.notifier.notify(tx, messageFor('verification_completed', next, now.toISOString()));
      await tx.audit.append({
        at: now.toISOString(),
        actorId: null,
        role: null,
        action: 'verify.recheck_complete',
        targetType: 'application',
        targetId: app.id,
      });
    });
  }
};
