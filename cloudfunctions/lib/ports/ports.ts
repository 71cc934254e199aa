import type { Clock } from './clock';
import type { Departments } from './departments';
import type { FieldCrypto } from './field-crypto';
import type { Files } from './files';
import type { Notifier } from './notifier';
import type { Store } from './store';
import type { TokenSigner } from './token-signer';

/** Everything a handler may touch outside its own memory. Chosen once, at start-up, from configuration. */
export interface Ports {
  store: Store;
  crypto: FieldCrypto;
  clock: Clock;
  tokens: TokenSigner;
  departments: Departments;
  files: Files;
  notifier: Notifier;
  /** 'local' enables devLogin; production identities come from the WeChat context. */
  mode: 'local' | 'production';
}
