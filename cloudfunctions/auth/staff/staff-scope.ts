import type { Caller } from '../../lib/caller';

/**
 * A district's administrator manages that district's staff only: otherwise one district could make itself
 * an administrator elsewhere, or take over another district's account by resetting its password. An
 * administrator without a district (made by the operator with `npm run admin:create`) manages every one.
 */
export const managesStaffOf = (admin: Caller, target: { districtId?: string }): boolean =>
  admin.districtId === undefined || target.districtId === admin.districtId;
