import {
  VERIFICATION_STATUS_LABELS,
  type Address,
  type DepartmentFacts,
  type VerificationView,
} from '../../types';
import { verificationStatus } from '../../domain/verification/verification-status';
import type { VerifiedFamily } from '../../domain/verification/family-facts';
import type { VerificationRecord } from '../lib/ports/records';

/** Facts of the checks that verified (a disputed or mismatched check counts as not verified). */
export const verifiedFamily = (
  v: VerificationRecord,
): VerifiedFamily & { military?: DepartmentFacts['military']; talent?: DepartmentFacts['talent'] } => {
  const facts = <K extends keyof DepartmentFacts>(kind: K) => {
    const c = v.checks.find((x) => x.kind === kind && x.outcome === 'verified' && !x.disputed);
    return c?.facts as DepartmentFacts[K] | undefined;
  };
  return {
    hukou: facts('hukou'),
    property: facts('property'),
    socialInsurance: facts('social_insurance'),
    residencePermit: facts('residence_permit'),
    military: facts('military'),
    talent: facts('talent'),
  };
};

/** Where the family lives, as the departments know it: own property first, then the registered rental. */
export const verifiedAddresses = (v: VerificationRecord): { hukou?: Address; residence?: Address } => {
  const f = verifiedFamily(v);
  // A household-register mismatch is about the relation or the household, not the address: the
  // registered address is still the department's, so the parent confirms it instead of typing it.
  const register = v.checks.find((c) => c.kind === 'hukou' && c.outcome === 'mismatch' && !c.disputed);
  const hukou = f.hukou?.address ?? (register?.facts as DepartmentFacts['hukou'] | undefined)?.address;
  const home = f.property && f.property.owner !== 'other' ? f.property.address : undefined;
  return { hukou, residence: home ?? f.residencePermit?.rentalAddress ?? hukou };
};

export const greenChannelOf = (v: VerificationRecord): VerificationView['greenChannel'] => {
  const f = verifiedFamily(v);
  const military = { active: '现役军人子女', martyr: '烈士子女', died_on_duty: '因公牺牲军人子女', none: '' };
  if (f.military && f.military.status !== 'none')
    return { kind: 'military', detail: military[f.military.status] };
  if (f.talent?.category) return { kind: 'talent', detail: f.talent.category };
  return undefined;
};

export const statusOf = (v: VerificationRecord) =>
  verificationStatus(
    v.checks,
    v.materials.map((m) => m.kind),
  );

export const toVerificationView = (v: VerificationRecord): VerificationView => {
  const status = statusOf(v);
  const { hukou, residence } = verifiedAddresses(v);
  const green = greenChannelOf(v);
  return {
    id: v.id,
    seasonId: v.seasonId,
    childId: v.childId,
    status,
    statusLabel: VERIFICATION_STATUS_LABELS[status],
    checks: v.checks,
    ...(hukou ? { hukouAddress: hukou } : {}),
    ...(residence ? { residenceAddress: residence } : {}),
    ...(green ? { greenChannel: green } : {}),
    materials: v.materials,
    ...(v.confirmedAt ? { confirmedAt: v.confirmedAt } : {}),
    updatedAt: v.updatedAt,
  };
};
