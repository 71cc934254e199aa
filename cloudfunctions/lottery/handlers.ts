import { AppError } from '../lib/app-error';
import type { Handlers } from '../lib/handler';
import { acceptOffer } from './accept-offer';
import { addObserver } from './add-observer';
import { decline } from './decline';
import { toDrawDetail, toPublicDraw } from './draw-views';
import { myDraw } from './my-draw';
import { overview } from './overview';
import { publish } from './publish';
import { expireOffers } from './expire-offers';
import { runDraw } from './run-draw';
import { schedule } from './schedule';
import { scheduleShared } from './schedule-shared';
import { cancelShared, requestShared } from './shared-request';

export const lotteryHandlers: Handlers<'lottery'> = {
  schedule,
  addObserver,
  run: runDraw,
  myDraw,
  decline,
  acceptOffer,
  overview,
  publish,
  requestShared,
  cancelShared,
  scheduleShared,
  async expireOffers(_input, ctx) {
    return expireOffers(ctx.ports, ctx.now, ctx.caller);
  },
  // Public, no login: anyone may see every draw of the season, before and after it runs.
  async listPublic(input, ctx) {
    const { store } = ctx.ports;
    const seasonId = input.seasonId ?? (await store.catalog.currentSeason())?.id;
    return seasonId ? (await store.draws.listBySeason(seasonId)).map(toPublicDraw) : [];
  },
  async getRecord(input, ctx) {
    const draw = await ctx.ports.store.draws.get(input.drawId);
    if (!draw) throw new AppError('NOT_FOUND.DRAW');
    return toDrawDetail(draw);
  },
};
