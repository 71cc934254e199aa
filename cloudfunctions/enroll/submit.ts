import type { ApplicationForm, ZoneMatch } from '../../types';
import { formatApplicationNumber } from '../../domain/application/application-number';
import { checkAge } from '../../domain/eligibility/check-age';
import { zoneMatcherFor } from '../catalog/zone-matcher-cache';
import { AppError } from '../lib/app-error';
import type { Handler, HandlerContext } from '../lib/handler';
import { requireCaller } from '../lib/handler';
import { newId } from '../lib/new-id';
import type { ApplicationRecord, School, Season } from '../lib/ports/records';
import { DuplicateKeyError } from '../lib/ports/store';
import { countEffort } from '../../domain/verification/count-effort';
import { messageFor } from '../notify/message-for';
import { categoryFor } from '../verify/category-for';
import { loadOwnVerification } from '../verify/load-verification';
import { greenChannelOf, statusOf, verifiedAddresses } from '../verify/verification-view';
import { toApplicationView } from './application-view';
import { requireConsent } from './consent';
import { requestHash } from './request-hash';

const openSeason = async (ctx: HandlerContext, seasonId: string): Promise<Season> => {
  const season = await ctx.ports.store.catalog.getSeason(seasonId);
  if (!season) throw new AppError('NOT_FOUND.SEASON');
  const t = ctx.now.getTime();
  if (t < new Date(season.applyOpensAt).getTime() || t > new Date(season.applyClosesAt).getTime()) {
    throw new AppError('SEASON.CLOSED');
  }
  return season;
};

/** The chosen school must be one the zone rules give for the claimed address. */
const checkZone = async (ctx: HandlerContext, form: ApplicationForm, school: School): Promise<ZoneMatch> => {
  if (school.stage !== form.stage) {
    throw new AppError('INPUT.INVALID', '所选学校的学段与报名学段不一致，请重新选择学校。', [
      { path: ['schoolId'], message: '学段不一致' },
    ]);
  }
  const matcher = await zoneMatcherFor(ctx.ports.store, ctx.now);
  const address = form.basis === 'hukou' ? form.hukouAddress : form.residenceAddress;
  const match = matcher.match({ stage: form.stage, address });
  if (match.status === 'none') throw new AppError('ZONE.NO_MATCH');
  if (!match.candidates.some((c) => c.schoolId === school.id))
    throw new AppError('APPLICATION.SCHOOL_NOT_IN_ZONE');
  return match;
};

/** The verification must be this family's, for this child and season, with no material outstanding. */
const useVerification = async (ctx: HandlerContext, id: string, childId: string, seasonId: string) => {
  const record = await loadOwnVerification(ctx, id);
  if (record.childId !== childId || record.seasonId !== seasonId) {
    throw new AppError('INPUT.INVALID', '核验记录与所选孩子或招生季不一致，请重新核验。', [
      { path: ['verificationId'], message: '核验记录不匹配' },
    ]);
  }
  const status = statusOf(record);
  if (status === 'needs_material') throw new AppError('VERIFY.MATERIAL_REQUIRED');
  return {
    record,
    addresses: verifiedAddresses(record),
    pendingDepartments: status === 'pending_departments',
  };
};

export const submit: Handler<'enroll', 'submit'> = async (input, ctx) => {
  const caller = requireCaller(ctx);
  await requireConsent(ctx);
  const { store } = ctx.ports;
  const { idempotencyKey, ...form } = input;
  const hash = requestHash(form);

  // A retry of a submit that already landed answers with what landed.
  const replay = async (): Promise<ApplicationRecord | null> => {
    const prior = await store.applications.findByIdempotencyKey(caller.userId, idempotencyKey);
    if (prior && prior.requestHash !== hash) throw new AppError('APPLICATION.IDEMPOTENCY_CONFLICT');
    return prior;
  };
  const season = await openSeason(ctx, form.seasonId);
  const school = await store.catalog.getSchool(form.schoolId);
  if (!school) throw new AppError('NOT_FOUND.SCHOOL');
  const view = (a: ApplicationRecord) => toApplicationView(a, school, season, ctx.now);

  const prior = await replay();
  if (prior) return view(prior);

  const child = await store.children.get(form.childId);
  if (!child || child.guardianId !== caller.userId) throw new AppError('NOT_FOUND.CHILD');
  const rule = season.ageRules.find((r) => r.stage === form.stage);
  if (!rule) {
    throw new AppError('INPUT.INVALID', '本招生季没有该学段的招生安排。', [
      { path: ['stage'], message: '学段不可报' },
    ]);
  }
  const eligibility = checkAge(child.birthDate, rule);
  if (eligibility.status === 'under_age') throw new AppError('CHILD.NOT_ELIGIBLE', eligibility.message);
  const zoneMatch = await checkZone(ctx, form, school);
  const verified = form.verificationId
    ? await useVerification(ctx, form.verificationId, child.id, season.id)
    : null;
  const status = verified?.pendingDepartments ? 'pending_verification' : 'submitted';
  // While a department is pending, the category would rest on half the facts: the re-check sets it.
  const category =
    verified && status === 'submitted'
      ? await categoryFor(store, verified.record, school, season, ctx.now)
      : undefined;
  const greenChannel = verified ? greenChannelOf(verified.record) : undefined;

  const at = ctx.now.toISOString();
  const note = [
    status === 'pending_verification'
      ? '报名已受理（待核验）：部分部门数据暂不可用，系统将自动重新核验，无需您再次操作。'
      : '报名已提交。',
    zoneMatch.needsManualConfirmation ? '学区存在多个候选，将由招生办人工确认。' : '',
  ].join('');
  try {
    const app = await store.transaction(async (tx) => {
      const record: ApplicationRecord = {
        id: newId('app'),
        appNo: formatApplicationNumber(
          season.id,
          form.stage,
          await tx.counters.next(`appNo:${season.id}:${form.stage}`),
        ),
        seasonId: season.id,
        stage: form.stage,
        guardianId: caller.userId,
        childId: child.id,
        childName: child.name,
        childIdMasked: child.idMasked,
        childBlind: child.idBlind,
        schoolId: school.id,
        districtId: school.districtId,
        largeDistrictId: school.largeDistrictId,
        basis: form.basis,
        hukouAddress: form.hukouAddress,
        residenceAddress: form.residenceAddress,
        zoneMatch,
        eligibility,
        ...(form.verificationId ? { verificationId: form.verificationId } : {}),
        ...(category ? { category } : {}),
        ...(greenChannel ? { greenChannel } : {}),
        effort: countEffort({
          verifiedHukou: verified?.addresses.hukou,
          verifiedResidence: verified?.addresses.residence,
          hukouAddress: form.hukouAddress,
          residenceAddress: form.residenceAddress,
          verificationFieldsTyped: verified?.record.fieldsTyped ?? 0,
          materialsRequested: verified?.record.checks.filter((c) => c.needsMaterial).length ?? 0,
          disputed: verified?.record.checks.filter((c) => c.disputed).length ?? 0,
          startedAt: child.createdAt,
          submittedAt: at,
        }),
        status,
        timeline: [{ status, at, note }],
        idempotencyKey,
        requestHash: hash,
        submittedAt: at,
        updatedAt: at,
      };
      await tx.registrations.claim(season.id, child.idBlind, record.id);
      await tx.applications.insert(record);
      await ctx.ports.notifier.notify(tx, messageFor('application_received', record, at));
      await ctx.audit({ action: 'enroll.submit', targetType: 'application', targetId: record.id }, tx);
      return record;
    });
    return view(app);
  } catch (e) {
    if (!(e instanceof DuplicateKeyError)) throw e;
    // Either a concurrent retry of this very submit won the race, or the child is already registered.
    const winner = await replay();
    if (winner) return view(winner);
    throw new AppError('CHILD.DUPLICATE_APPLICATION');
  }
};
