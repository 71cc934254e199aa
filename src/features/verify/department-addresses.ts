import type { Address } from '../../../types/models/address';
import type { VerificationView } from '../../../types/models/verification';

const isAddress = (value: unknown): value is Address =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { district?: unknown }).district === 'string' &&
  Object.values(value).every((v) => typeof v === 'string');

/**
 * The addresses the departments know, to prefill the address step. Verified ones first; a household
 * register that disagrees on something else (e.g. the relation) still knows the address, and the
 * parent's material covers the disagreement, so its address is offered too.
 */
export const departmentAddresses = (view: VerificationView): { hukou?: Address; residence?: Address } => {
  const registered = view.checks.find((c) => c.kind === 'hukou' && c.outcome === 'mismatch')?.facts?.address;
  const hukou = view.hukouAddress ?? (isAddress(registered) ? registered : undefined);
  return { hukou, residence: view.residenceAddress ?? hukou };
};
