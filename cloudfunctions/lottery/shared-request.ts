import type { ApplicationStatus, SharedChoice } from '../../types';
import { loadOwnApplication } from '../enroll/withdraw';
import { AppError } from '../lib/app-error';
import type { Handler, HandlerContext } from '../lib/handler';
import type { ApplicationRecord } from '../lib/ports/records';
import { sharedDrawId } from './season-placement';

/** Decided or out: an admitted, withdrawn or rejected child has nothing to wait for in the shared round. */
const CLOSED_STATUSES: readonly ApplicationStatus[] = ['admitted', 'withdrawn', 'rejected'];

/**
 * The application and its bound siblings, if the request may still change: the child is still in the race,
 * results are not published, and the large district's shared round has not been scheduled (from then on its
 * list of entrants and wishes is committed).
 */
const openRequest = async (ctx: HandlerContext, applicationId: string): Promise<ApplicationRecord[]> => {
  const { store } = ctx.ports;
  const own = await loadOwnApplication(ctx, applicationId);
  if (CLOSED_STATUSES.includes(own.status) || own.placement)
    throw new AppError('LOTTERY.SHARED_NOT_ELIGIBLE');
  if (await store.draws.get(sharedDrawId(own.seasonId, own.largeDistrictId))) {
    throw new AppError('LOTTERY.SHARED_CLOSED');
  }
  // Bound twins are one unit in every draw: they ask together, with one list.
  const ids = own.siblingGroup?.applicationIds ?? [own.id];
  const members = await Promise.all(ids.map((id) => store.applications.get(id)));
  return members.filter((m): m is ApplicationRecord => m !== null && m.guardianId === own.guardianId);
};

const save = async (ctx: HandlerContext, members: ApplicationRecord[], choice: SharedChoice | undefined) => {
  const at = ctx.now.toISOString();
  await ctx.ports.store.transaction(async (tx) => {
    // Again inside the transaction: a round scheduled since openRequest has committed its list.
    if (await tx.draws.get(sharedDrawId(members[0]!.seasonId, members[0]!.largeDistrictId)))
      throw new AppError('LOTTERY.SHARED_CLOSED');
    for (const m of members) {
      const { sharedChoice: _old, ...rest } = m;
      const next: ApplicationRecord = { ...rest, ...(choice ? { sharedChoice: choice } : {}), updatedAt: at };
      if (!(await tx.applications.update(next, m.status))) throw new AppError('LOTTERY.SHARED_NOT_ELIGIBLE');
    }
    await ctx.audit(
      {
        action: choice ? 'lottery.request_shared' : 'lottery.cancel_shared',
        targetType: 'application',
        targetId: members[0]!.id,
        detail: { members: members.length, schools: choice?.schoolIds.length ?? 0 },
      },
      tx,
    );
  });
};

/**
 * A family asks for the large district's shared seats (R2.2), schools in order of preference. Only schools
 * of the child's own large district and stage, and not its own school (where it already competes), may be
 * chosen: each wrong one is named in the answer.
 */
export const requestShared: Handler<'lottery', 'requestShared'> = async (input, ctx) => {
  const members = await openRequest(ctx, input.applicationId);
  const own = members.find((m) => m.id === input.applicationId) ?? members[0]!;
  const schools = new Map((await ctx.ports.store.catalog.listSchools()).map((s) => [s.id, s]));
  const issues = input.schoolIds.flatMap((id, i) => {
    const school = schools.get(id);
    const message =
      id === own.schoolId
        ? '这是孩子已报名的学校，不必再选'
        : !school || school.largeDistrictId !== own.largeDistrictId
          ? '只能选择本大学区的学校'
          : school.stage !== own.stage
            ? '学段与报名不一致'
            : null;
    return message ? [{ path: ['schoolIds', i], message }] : [];
  });
  if (issues.length > 0) throw new AppError('INPUT.INVALID', issues[0]!.message, issues);
  const choice: SharedChoice = {
    schoolIds: input.schoolIds,
    schoolNames: input.schoolIds.map((id) => schools.get(id)!.name),
    at: ctx.now.toISOString(),
  };
  await save(ctx, members, choice);
  return choice;
};

export const cancelShared: Handler<'lottery', 'cancelShared'> = async (input, ctx) => {
  const members = await openRequest(ctx, input.applicationId);
  await save(ctx, members, undefined);
  return { applicationId: input.applicationId };
};
