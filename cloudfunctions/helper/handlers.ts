import type { Handlers } from '../lib/handler';
import { expireGrants } from './expire-grants';
import { listFamilies, viewFamily } from './families';
import { grant } from './grant';
import { lookupHelper, myProfile, saveProfile } from './profile';
import { listMyGrants, revoke } from './revoke';

export const helperHandlers: Handlers<'helper'> = {
  lookupHelper,
  grant,
  revoke,
  listMyGrants,
  myProfile,
  saveProfile,
  listFamilies,
  viewFamily,
  expireGrants,
};
