import {
  GRANT_STATUS_LABELS,
  HELPER_KIND_LABELS,
  HELPER_SCOPE_LABELS,
  type GrantStatus,
  type GrantView,
  type HelperCard,
  type HelperProfile,
} from '../../types';
import type { HelperGrantRecord, HelperProfileRecord } from '../lib/ports/records';

/** A grant past its deadline is over at once, whether or not the expiry run has recorded it yet. */
export const effectiveStatus = (g: HelperGrantRecord, now: Date): GrantStatus =>
  g.status === 'active' && Date.parse(g.expiresAt) <= now.getTime() ? 'expired' : g.status;

export const isActive = (g: HelperGrantRecord, now: Date): boolean => effectiveStatus(g, now) === 'active';

export const toHelperCard = (p: Pick<HelperProfileRecord, 'name' | 'organisation' | 'kind'>): HelperCard => ({
  name: p.name,
  organisation: p.organisation,
  kind: p.kind,
  kindLabel: HELPER_KIND_LABELS[p.kind],
});

export const toHelperProfile = (p: HelperProfileRecord): HelperProfile => ({
  code: p.code,
  ...toHelperCard(p),
});

/** Whitelist: the helper's and the guardian's ids stay in the backend. */
export const toGrantView = (g: HelperGrantRecord, now: Date): GrantView => {
  const status = effectiveStatus(g, now);
  const endedAt = g.endedAt ?? (status === 'expired' ? g.expiresAt : undefined);
  return {
    id: g.id,
    helper: toHelperCard({ name: g.helperName, organisation: g.helperOrganisation, kind: g.helperKind }),
    scope: g.scope,
    scopeLabels: g.scope.map((s) => HELPER_SCOPE_LABELS[s]),
    status,
    statusLabel: GRANT_STATUS_LABELS[status],
    createdAt: g.createdAt,
    expiresAt: g.expiresAt,
    ...(endedAt ? { endedAt } : {}),
    ...(g.lastViewedAt ? { lastViewedAt: g.lastViewedAt } : {}),
    views: g.views,
  };
};
