import type { Clock } from './clock';
import type { Departments } from './departments';
import type { FieldCrypto } from './field-crypto';
import type { Files } from './files';
import type { Notifier } from './notifier';
import type { StaffSessions } from './staff-sessions';
import type { Store } from './store';
import type { TokenSigner } from './token-signer';

/** Everything a handler may touch outside its own memory. Chosen once, at start-up, from configuration. */
export interface Ports {
  store: Store;
  crypto: FieldCrypto;
  clock: Clock;
  tokens: TokenSigner;
  /** What a staff login (name + password) hands out: a local token or a CloudBase custom-login ticket. */
  staffSessions: StaffSessions;
  departments: Departments;
  files: Files;
  notifier: Notifier;
  /** 'local' enables devLogin; production identities come from the CloudBase context (openid or custom user id). */
  mode: 'local' | 'production';
}
