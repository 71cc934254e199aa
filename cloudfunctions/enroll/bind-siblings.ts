import { bindingProblems, type BindingCandidate } from '../../domain/application/sibling-binding';
import { AppError } from '../lib/app-error';
import type { Handler, HandlerContext } from '../lib/handler';
import { requireCaller } from '../lib/handler';
import { newId } from '../lib/new-id';
import type { ApplicationRecord } from '../lib/ports/records';
import type { Store } from '../lib/ports/store';
import { toApplicationViews } from './application-view';
import { loadOwnApplication } from './withdraw';

const beforeDeadline = async (ctx: HandlerContext, seasonId: string) => {
  const season = await ctx.ports.store.catalog.getSeason(seasonId);
  if (!season || ctx.now.getTime() > new Date(season.withdrawDeadline).getTime()) {
    throw new AppError('BINDING.INVALID', '已过报名截止时间，不能再绑定或解除绑定。');
  }
};

/** Writes each member with its new group (or none); a concurrent status change aborts the whole write. */
const rewriteGroup = async (
  store: Store,
  ctx: HandlerContext,
  apps: ApplicationRecord[],
  group: ApplicationRecord['siblingGroup'],
  note: string,
) => {
  const at = ctx.now.toISOString();
  const next = apps.map(({ siblingGroup: _old, ...a }) => ({
    ...a,
    ...(group ? { siblingGroup: group } : {}),
    timeline: [...a.timeline, { status: a.status, at, note }],
    updatedAt: at,
  }));
  await store.transaction(async (tx) => {
    for (const [i, a] of next.entries()) {
      if (!(await tx.applications.update(a, apps[i]!.status))) {
        throw new AppError('BINDING.INVALID', '报名状态刚刚发生变化，请刷新后重试。');
      }
    }
    await ctx.audit(
      {
        action: group ? 'enroll.bind_siblings' : 'enroll.unbind_siblings',
        targetType: 'application',
        targetId: apps[0]!.id,
        detail: { size: apps.length },
      },
      tx,
    );
  });
  return toApplicationViews(store, next, ctx.now);
};

export const bindSiblings: Handler<'enroll', 'bindSiblings'> = async (input, ctx) => {
  const { store } = ctx.ports;
  const apps = await Promise.all(input.applicationIds.map((id) => loadOwnApplication(ctx, id)));
  const children = await Promise.all(apps.map((a) => store.children.get(a.childId)));
  const candidates: BindingCandidate[] = apps.map((a, i) => ({
    ...a,
    childBirthDate: children[i]?.birthDate ?? '',
    ...(a.siblingGroup ? { boundGroupId: a.siblingGroup.id } : {}),
  }));
  const problems = bindingProblems(candidates);
  if (problems.length) {
    throw new AppError('BINDING.INVALID', problems.join(''), [
      { path: ['applicationIds'], message: problems[0]! },
    ]);
  }
  await beforeDeadline(ctx, apps[0]!.seasonId);
  const group = {
    id: newId('sib'),
    applicationIds: apps.map((a) => a.id),
    appNos: apps.map((a) => a.appNo).sort(),
  };
  return rewriteGroup(
    store,
    ctx,
    apps,
    group,
    `已与 ${group.appNos.join('、')} 绑定摇号：任一人被录取时，绑定的兄弟姐妹同校录取。`,
  );
};

export const unbindSiblings: Handler<'enroll', 'unbindSiblings'> = async (input, ctx) => {
  const { store } = ctx.ports;
  const mine = await store.applications.listByGuardian(requireCaller(ctx).userId);
  const apps = mine.filter((a) => a.siblingGroup?.id === input.groupId);
  if (!apps.length) throw new AppError('NOT_FOUND.APPLICATION');
  await beforeDeadline(ctx, apps[0]!.seasonId);
  return rewriteGroup(store, ctx, apps, undefined, '已解除绑定摇号。');
};

/** A withdrawal leaves the group: the remaining siblings are unbound (a group of one is no group). */
export const dissolveGroupOf = async (tx: Store, app: ApplicationRecord, at: string): Promise<void> => {
  if (!app.siblingGroup) return;
  for (const id of app.siblingGroup.applicationIds.filter((x) => x !== app.id)) {
    const sibling = await tx.applications.get(id);
    if (!sibling?.siblingGroup) continue;
    const { siblingGroup: _gone, ...rest } = sibling;
    const note = `绑定摇号已解除：${app.appNo} 已撤回报名。`;
    await tx.applications.update(
      { ...rest, timeline: [...rest.timeline, { status: rest.status, at, note }], updatedAt: at },
      sibling.status,
    );
  }
};
