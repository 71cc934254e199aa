import type { Handlers } from '../lib/handler';
import { devLogin } from './dev-login';
import { whoami } from './whoami';

export const authHandlers: Handlers<'auth'> = { devLogin, whoami };
