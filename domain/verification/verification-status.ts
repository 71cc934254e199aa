import type { CheckResult } from '../../types/models/verification';
import type { DepartmentKind } from '../../types/models/department-facts';

export type VerificationStatus = 'verified' | 'needs_material' | 'pending_departments';

/**
 * An unavailable department never blocks the family (the re-check completes it later); a check that
 * needs material is satisfied once a material of its kind is uploaded.
 */
export const verificationStatus = (
  checks: readonly CheckResult[],
  materialKinds: readonly DepartmentKind[],
): VerificationStatus => {
  if (checks.some((c) => c.needsMaterial && !materialKinds.includes(c.kind))) return 'needs_material';
  if (checks.some((c) => c.outcome === 'unavailable' && !materialKinds.includes(c.kind)))
    return 'pending_departments';
  return 'verified';
};

/** The checks a material may be uploaded for: a problem the parent must document, or an outage they won't wait for. */
export const acceptsMaterial = (c: CheckResult): boolean => c.needsMaterial || c.outcome === 'unavailable';
