import { AppError } from '../lib/app-error';
import type { Handlers } from '../lib/handler';
import { requireCaller } from '../lib/handler';
import { categoryFor, seasonRules } from './category-for';
import { confirm } from './confirm';
import { loadOwnVerification } from './load-verification';
import { runRecheck } from './recheck';
import { start } from './start';
import { seasonStats } from './season-stats';
import { uploadMaterial } from './upload-material';
import { toVerificationView } from './verification-view';

export const verifyHandlers: Handlers<'verify'> = {
  start,
  confirm,
  uploadMaterial,
  async get(input, ctx) {
    return toVerificationView(await loadOwnVerification(ctx, input.verificationId));
  },
  async category(input, ctx) {
    const { store } = ctx.ports;
    const v = await loadOwnVerification(ctx, input.verificationId);
    const [school, season] = await Promise.all([
      store.catalog.getSchool(input.schoolId),
      store.catalog.getSeason(v.seasonId),
    ]);
    if (!school) throw new AppError('NOT_FOUND.SCHOOL');
    if (!season) throw new AppError('NOT_FOUND.SEASON');
    return categoryFor(store, v, school, season, ctx.now);
  },
  async recheck(input, ctx) {
    return runRecheck(ctx.ports, input.limit);
  },
  async getRules(input, ctx) {
    const season = await ctx.ports.store.catalog.getSeason(input.seasonId);
    if (!season) throw new AppError('NOT_FOUND.SEASON');
    return seasonRules(ctx.ports.store, season);
  },
  async putRules(input, ctx) {
    const season = await ctx.ports.store.catalog.getSeason(input.seasonId);
    if (!season) throw new AppError('NOT_FOUND.SEASON');
    const ids = input.rules.map((r) => r.id);
    if (new Set(ids).size !== ids.length) {
      throw new AppError('INPUT.INVALID', '类别编号不能重复。', [
        { path: ['rules'], message: '类别编号重复' },
      ]);
    }
    const rules = { seasonId: season.id, rules: input.rules, updatedAt: ctx.now.toISOString() };
    await ctx.ports.store.transaction(async (tx) => {
      await tx.catalog.putCategoryRules(rules);
      await ctx.audit(
        {
          action: 'verify.put_rules',
          targetType: 'season',
          targetId: season.id,
          detail: { rules: ids.length },
        },
        tx,
      );
    });
    return rules;
  },
  async stats(input, ctx) {
    return seasonStats(ctx.ports.store, requireCaller(ctx), input.seasonId);
  },
};
