import type { Handlers } from '../lib/handler';
import { devLogin } from './dev-login';
import { createStaff } from './staff/create-staff';
import { resetStaffPassword, setStaffDisabled } from './staff/manage-staff';
import { staffLogin } from './staff/staff-login';
import { whoami } from './whoami';

export const authHandlers: Handlers<'auth'> = {
  devLogin,
  staffLogin,
  createStaff,
  resetStaffPassword,
  setStaffDisabled,
  whoami,
};
