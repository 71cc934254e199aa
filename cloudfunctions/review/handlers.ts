import { APPLICATION_STATUS_LABELS, type ReviewRow } from '../../types';
import { AppError } from '../lib/app-error';
import type { Handlers } from '../lib/handler';
import { requireCaller } from '../lib/handler';
import type { ApplicationRecord, School } from '../lib/ports/records';

/** Whitelist for staff lists: masked ID number, no addresses, no guardian. */
const toRow = (a: ApplicationRecord, schoolName: string): ReviewRow => ({
  id: a.id,
  appNo: a.appNo,
  childName: a.childName,
  idMasked: a.childIdMasked,
  schoolName,
  stage: a.stage,
  status: a.status,
  statusLabel: APPLICATION_STATUS_LABELS[a.status],
  needsManualZoneConfirmation: a.zoneMatch.needsManualConfirmation,
  ...(a.category ? { categoryName: a.category.name } : {}),
  greenChannel: !!a.greenChannel,
  ...(a.siblingGroup ? { boundWith: a.siblingGroup.appNos } : {}),
  eligibilityStatus: a.eligibility.status,
  submittedAt: a.submittedAt,
});

export const reviewHandlers: Handlers<'review'> = {
  async listApplications(input, ctx) {
    const caller = requireCaller(ctx);
    const { store } = ctx.ports;
    // Staff work inside one district; an account without one sees nothing rather than everything.
    if (!caller.districtId) throw new AppError('AUTH.FORBIDDEN', '您的账号尚未分配所属区县，请联系管理员。');
    const apps = await store.applications.listByDistrict(caller.districtId, input);
    const schools = new Map<string, School>((await store.catalog.listSchools()).map((s) => [s.id, s]));
    await ctx.audit({
      action: 'review.list',
      targetType: 'district',
      targetId: caller.districtId,
      detail: { count: apps.length },
    });
    return apps.map((a) => toRow(a, schools.get(a.schoolId)?.name ?? ''));
  },
};
