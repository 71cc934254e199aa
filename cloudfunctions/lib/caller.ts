import type { Role } from '../../types';

/** Who is calling, as established by the identity port (token locally, WeChat openid in production). */
export interface Caller {
  userId: string;
  role: Role;
  name: string;
  /** Staff are bound to an administrative district; they see only its applications. */
  districtId?: string;
}
