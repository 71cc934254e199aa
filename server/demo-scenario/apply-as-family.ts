import type { Registry } from '../../cloudfunctions/lib/handler';
import type { Ports } from '../../cloudfunctions/lib/ports/ports';
import { CONSENT_VERSION, type ApplicationStatus } from '../../types';
import { loginAs } from './in-process-caller';
import type { ScenarioFamily } from './scenario-families';

/**
 * One family's way through the app, action by action as the pages call them: consent, add the child,
 * 一键核 against the departments, confirm, submit with the addresses the departments returned, for twins
 * bind the two applications, and ask for shared seats where the family does. Returns the statuses of the
 * family's applications, or null when an earlier start already did all of it (the scenario runs on every
 * start of the same DATA_DIR).
 */
export const applyAsFamily = async (
  registry: Registry,
  ports: Ports,
  seasonId: string,
  family: ScenarioFamily,
): Promise<ApplicationStatus[] | null> => {
  const { userId, call } = await loginAs(registry, ports, 'parent', family.subject);
  const existing = await ports.store.applications.listByGuardian(userId);
  const bound = family.children.length < 2 || existing.every((a) => a.siblingGroup);
  if (existing.length === family.children.length && bound) return null;

  await call('enroll', 'acceptConsent', { version: CONSENT_VERSION, guardianName: family.guardianName });
  const applications = [];
  for (const [c, child] of family.children.entries()) {
    const added = await call('enroll', 'addChild', { name: child.name, idNumber: child.idNumber });
    // Typed once, as in the app: the second twin's check uses the stored guardian ID number.
    const v = await call('verify', 'start', {
      seasonId,
      childId: added.id,
      ...(c === 0 ? { guardianIdNumber: family.guardianIdNumber } : {}),
    });
    await call('verify', 'confirm', { verificationId: v.id, disputed: [] });
    const hukou = v.hukouAddress!;
    const rents = family.kind === 'renter';
    applications.push(
      await call('enroll', 'submit', {
        // A key per child: a start interrupted after this submit replays it instead of failing as a duplicate.
        idempotencyKey: `${family.subject}-${c}`,
        seasonId,
        childId: added.id,
        stage: 'primary',
        hukouAddress: hukou,
        residenceAddress: v.residenceAddress ?? hukou,
        basis: rents ? 'residence' : 'hukou',
        schoolId: family.schoolId,
        verificationId: v.id,
      }),
    );
  }
  let statuses = applications.map((a) => a.status);
  if (applications.length > 1 && !applications.some((a) => a.binding)) {
    const bound = await call('enroll', 'bindSiblings', { applicationIds: applications.map((a) => a.id) });
    statuses = bound.map((a) => a.status);
  }
  // As the 申请大学区共享学位 page does: one request for the family's (bound) application.
  if (family.sharedSchoolIds) {
    await call('lottery', 'requestShared', {
      applicationId: applications[0]!.id,
      schoolIds: family.sharedSchoolIds,
    });
  }
  return statuses;
};
