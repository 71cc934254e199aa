/**
 * How long the canonical list and the commitment stay public before the draw may run (R3). Families and
 * observers need time to check that every application number is on the list; 24 hours is the floor the
 * issue sets. A constant rather than a per-draw choice so that no operator can shorten it for one draw.
 */
export const MIN_PUBLICATION_LEAD_HOURS = 24;
export const MIN_PUBLICATION_LEAD_MS = MIN_PUBLICATION_LEAD_HOURS * 3600_000;

/** At most this many observers at one ceremony: a bound on the published record, not a legal rule. */
export const MAX_OBSERVERS = 30;

/** 'green' names the green channel (military and talent families), served before every category. */
export const GREEN_TIER = 'green';
export const GREEN_TIER_NAME = '绿色通道';
