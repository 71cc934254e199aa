import type { Address } from '../../types/models/address';
import { sameAddress } from './family-facts';

/** Fields a parent types before 一键核: guardian name (consent), child name and ID number. */
const BASE_FIELDS = 3;

const typedFields = (a: Address): number =>
  Object.values(a).filter((v) => typeof v === 'string' && v.trim()).length;

export interface EffortInput {
  verifiedHukou?: Address;
  verifiedResidence?: Address;
  hukouAddress: Address;
  residenceAddress: Address;
  /** Fields typed during verification (the guardian's ID number, once). */
  verificationFieldsTyped: number;
  materialsRequested: number;
  disputed: number;
  startedAt: string;
  submittedAt: string;
}

/**
 * R1.5, per application. An address counts as typed unless it is the one the departments returned;
 * a residence equal to the registered address is one address typed once ("同户籍地址").
 */
export const countEffort = (e: EffortInput) => {
  const hukouTyped =
    e.verifiedHukou && sameAddress(e.verifiedHukou, e.hukouAddress) ? 0 : typedFields(e.hukouAddress);
  const residenceConfirmed =
    (e.verifiedResidence && sameAddress(e.verifiedResidence, e.residenceAddress)) ||
    sameAddress(e.hukouAddress, e.residenceAddress);
  return {
    fieldsTyped:
      BASE_FIELDS +
      e.verificationFieldsTyped +
      hukouTyped +
      (residenceConfirmed ? 0 : typedFields(e.residenceAddress)),
    materialsRequested: e.materialsRequested,
    secondsToSubmit: Math.max(0, Math.round((Date.parse(e.submittedAt) - Date.parse(e.startedAt)) / 1000)),
    corrections: e.disputed,
  };
};
