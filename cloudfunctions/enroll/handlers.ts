import type { Handlers } from '../lib/handler';
import { requireCaller } from '../lib/handler';
import { addChild, listChildren } from './add-child';
import { bindSiblings, unbindSiblings } from './bind-siblings';
import { toApplicationViews } from './application-view';
import { acceptConsent, getConsent } from './consent';
import { submit } from './submit';
import { loadOwnApplication, withdraw } from './withdraw';

export const enrollHandlers: Handlers<'enroll'> = {
  getConsent,
  acceptConsent,
  addChild,
  listChildren,
  submit,
  withdraw,
  bindSiblings,
  unbindSiblings,
  async listMine(_input, ctx) {
    const apps = await ctx.ports.store.applications.listByGuardian(requireCaller(ctx).userId);
    return toApplicationViews(ctx.ports.store, apps, ctx.now);
  },
  async getApplication(input, ctx) {
    const app = await loadOwnApplication(ctx, input.applicationId);
    const [view] = await toApplicationViews(ctx.ports.store, [app], ctx.now);
    if (!view) throw new Error('view of one application is missing');
    return view;
  },
};
