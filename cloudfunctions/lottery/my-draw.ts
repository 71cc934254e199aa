import { OFFER_STATUS_LABELS, type MyDraw } from '../../types';
import type { Handler, HandlerContext } from '../lib/handler';
import { requireCaller } from '../lib/handler';
import type { ApplicationRecord, StoredDraw } from '../lib/ports/records';
import type { WaitlistedDraw } from './waitlist';

/** Why, in the words a parent reads: the competition, the rank, and what happens next. */
const reasonFor = (
  d: StoredDraw,
  app: ApplicationRecord,
  unit: string[],
  rank: number,
  admitted: boolean,
) => {
  const children = d.units.reduce((n, u) => n + u.appNos.length, 0);
  const field =
    d.seats === 0
      ? `${d.schoolName}的学位已由优先类别录满，「${d.tierName}」的 ${d.units.length} 个摇号单位（${children} 名儿童）按摇号顺位候补。`
      : `${d.schoolName}「${d.tierName}」共 ${d.units.length} 个摇号单位（${children} 名儿童）竞争 ${d.seats} 个学位。`;
  const place = `报名 ${app.appNo} 摇号顺位第 ${rank} 位`;
  const siblings = unit.filter((n) => n !== app.appNo);
  if (admitted) {
    const bound = siblings.length ? `绑定的兄弟姐妹（${siblings.join('、')}）同校录取。` : '';
    return `${field}${place}，在学位之内，已录取。${bound}`;
  }
  return `${field}${place}，排在学位之外，列入候补；有被录取的家庭放弃学位时按顺位依次递补，届时会通知您。`;
};

/** What moved after the draw, in the same words: a declined seat, an offer and its deadline. */
const movementOf = (d: WaitlistedDraw, app: ApplicationRecord): Partial<MyDraw> => {
  const offer = [...(d.offers ?? [])].reverse().find((o) => o.applicationIds.includes(app.id));
  return {
    ...((d.declined ?? []).includes(app.id) ? { declined: true, resultLabel: '已放弃学位' } : {}),
    ...(offer
      ? {
          offer: {
            status: offer.status,
            statusLabel: OFFER_STATUS_LABELS[offer.status],
            offeredAt: offer.offeredAt,
            expiresAt: offer.expiresAt,
          },
        }
      : {}),
    ...(offer?.status === 'open' ? { resultLabel: OFFER_STATUS_LABELS.open } : {}),
    ...(offer?.status === 'accepted' ? { resultLabel: '递补录取' } : {}),
  };
};

/** The caller's applications that took part in a draw that has run: rank r of n and the result. */
export const listMyDraws = async (ctx: HandlerContext): Promise<MyDraw[]> => {
  const { store } = ctx.ports;
  const apps = await store.applications.listByGuardian(requireCaller(ctx).userId);
  const seasons = [...new Set(apps.map((a) => a.seasonId))];
  const draws = (await Promise.all(seasons.map((s) => store.draws.listBySeason(s)))).flat();
  const out: MyDraw[] = [];
  for (const d of draws) {
    if (d.status !== 'drawn' || !d.outcomes || !d.drawnAt) continue;
    const admittedUnits = d.outcomes.filter((o) => o.admitted).length;
    for (const app of apps) {
      const unit = d.units.find((u) => u.applicationIds.includes(app.id));
      const outcome = unit && d.outcomes.find((o) => o.key === unit.key);
      if (!unit || !outcome) continue;
      out.push({
        applicationId: app.id,
        appNo: app.appNo,
        drawId: d.id,
        schoolName: d.schoolName,
        tier: d.tier,
        tierName: d.tierName,
        rank: outcome.rank,
        of: d.outcomes.length,
        seats: d.seats,
        result: outcome.admitted ? 'admitted' : 'waitlisted',
        resultLabel: outcome.admitted ? '已录取' : '候补',
        ...(outcome.admitted ? {} : { waitlistPosition: outcome.rank - admittedUnits }),
        unit: unit.appNos,
        reason: reasonFor(d, app, unit.appNos, outcome.rank, outcome.admitted),
        drawnAt: d.drawnAt,
        ...movementOf(d, app),
      });
    }
  }
  // Stable for the page: by draw, then by application number.
  return out.sort((x, y) => x.drawId.localeCompare(y.drawId) || x.appNo.localeCompare(y.appNo));
};

export const myDraw: Handler<'lottery', 'myDraw'> = async (_input, ctx) => listMyDraws(ctx);
