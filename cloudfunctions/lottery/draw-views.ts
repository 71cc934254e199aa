import { DRAW_STATUS_LABELS, type DrawDetail, type PublicDraw } from '../../types';
import { AppError } from '../lib/app-error';
import type { HandlerContext } from '../lib/handler';
import { requireCaller } from '../lib/handler';
import type { StoredDraw } from '../lib/ports/records';
import type { Store } from '../lib/ports/store';

/**
 * Public views are built from a whitelist: application numbers, counts and hashes. A draw document holds
 * application ids and the encrypted secret too; neither leaves through these (the secret only inside the
 * record, after the draw, as the spec requires).
 */
export const toPublicDraw = (d: StoredDraw): PublicDraw => ({
  drawId: d.id,
  seasonId: d.seasonId,
  schoolId: d.schoolId,
  schoolName: d.schoolName,
  tier: d.tier,
  tierName: d.tierName,
  scheduledAt: d.scheduledAt,
  status: d.status,
  statusLabel: DRAW_STATUS_LABELS[d.status],
  listHash: d.listHash,
  commitment: d.commitment,
  seats: d.seats,
  unitCount: d.units.length,
  applicantCount: d.units.reduce((n, u) => n + u.appNos.length, 0),
  kind: d.kind ?? 'school',
  ...(d.drawnAt ? { drawnAt: d.drawnAt } : {}),
});

export const toDrawDetail = (d: StoredDraw): DrawDetail => ({
  ...toPublicDraw(d),
  canonicalList: d.units.map((u) => u.key),
  observers: d.observers.map(({ name, role }) => ({ name, role })),
  ...(d.record ? { record: d.record } : {}),
  ...(d.sharedRecord ? { sharedRecord: d.sharedRecord } : {}),
  ...(d.notaryAttestation ? { notaryAttestation: d.notaryAttestation } : {}),
});

/** Staff act on the draws of their own district; another district's draw is "not found". */
export const loadStaffDraw = async (
  ctx: HandlerContext,
  store: Store,
  drawId: string,
): Promise<StoredDraw> => {
  const caller = requireCaller(ctx);
  const draw = await store.draws.get(drawId);
  if (!draw || draw.districtId !== caller.districtId) throw new AppError('NOT_FOUND.DRAW');
  return draw;
};
