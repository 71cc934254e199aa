import { canWithdraw } from '../../domain/application/application-status';
import { AppError } from '../lib/app-error';
import type { Handler, HandlerContext } from '../lib/handler';
import { requireCaller } from '../lib/handler';
import type { ApplicationRecord } from '../lib/ports/records';
import { toApplicationViews } from './application-view';
import { messageFor } from '../notify/message-for';
import { dissolveGroupOf } from './bind-siblings';

/** Another guardian's application is "not found", never "forbidden": ids reveal nothing. */
export const loadOwnApplication = async (ctx: HandlerContext, id: string): Promise<ApplicationRecord> => {
  const app = await ctx.ports.store.applications.get(id);
  if (!app || app.guardianId !== requireCaller(ctx).userId) throw new AppError('NOT_FOUND.APPLICATION');
  return app;
};

export const withdraw: Handler<'enroll', 'withdraw'> = async (input, ctx) => {
  const { store } = ctx.ports;
  const app = await loadOwnApplication(ctx, input.applicationId);
  const season = await store.catalog.getSeason(app.seasonId);
  if (!season || !canWithdraw(app.status, ctx.now, season.withdrawDeadline)) {
    throw new AppError('APPLICATION.NOT_WITHDRAWABLE');
  }
  const at = ctx.now.toISOString();
  const note = input.reason ? `家长撤回报名：${input.reason}` : '家长撤回报名。';
  const { siblingGroup: _leaving, ...rest } = app;
  const next: ApplicationRecord = {
    ...rest,
    status: 'withdrawn',
    timeline: [...app.timeline, { status: 'withdrawn', at, note }],
    updatedAt: at,
  };
  await store.transaction(async (tx) => {
    if (!(await tx.applications.update(next, app.status))) throw new AppError('APPLICATION.NOT_WITHDRAWABLE');
    await tx.registrations.release(app.seasonId, app.childBlind, app.id);
    await dissolveGroupOf(tx, app, at);
    await ctx.ports.notifier.notify(tx, messageFor('application_withdrawn', next, at));
    await ctx.audit({ action: 'enroll.withdraw', targetType: 'application', targetId: app.id }, tx);
  });
  const [view] = await toApplicationViews(store, [next], ctx.now);
  if (!view) throw new Error('view of one application is missing');
  return view;
};
