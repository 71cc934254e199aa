import type { Stage } from '../../types/common';

/**
 * Public application number, e.g. `2026-P000123`. It is what receipts and lottery records show
 * instead of names, so it matches the lottery spec's `^[A-Za-z0-9-]{1,40}$` and reveals nothing.
 */
export const formatApplicationNumber = (seasonId: string, stage: Stage, sequence: number): string =>
  `${seasonId}-${stage === 'primary' ? 'P' : 'J'}${String(sequence).padStart(6, '0')}`;
