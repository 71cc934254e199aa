import type { SessionUser, StaffRole } from '../../../types';
import type { UserRecord } from '../../lib/ports/records';

/** The whitelisted view of a staff account: never the credential, never the provider's internals. */
export const staffAccountView = (u: UserRecord) => ({
  id: u.id,
  loginName: u.subject,
  role: u.role as StaffRole,
  name: u.name,
  ...(u.districtId ? { districtId: u.districtId } : {}),
  disabled: u.disabled === true,
});

export const sessionUserOf = (u: UserRecord): SessionUser => ({
  id: u.id,
  role: u.role,
  name: u.name,
  ...(u.districtId ? { districtId: u.districtId } : {}),
});

export const isStaffAccount = (u: UserRecord | null): u is UserRecord =>
  u !== null && u.provider === 'web' && (u.role === 'reviewer' || u.role === 'admin');
