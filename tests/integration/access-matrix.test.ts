import { apiMap, type ActionDef, type Role } from '../../types';
import { rowCounts, tempDbFile } from './support/row-counts';
import { startTestRuntime, type Session, type TestRuntime } from './support/test-runtime';

const ROLES: Role[] = ['parent', 'helper', 'reviewer', 'admin'];
const ACTIONS = Object.entries(apiMap).flatMap(([fn, actions]) =>
  Object.entries(actions as Record<string, ActionDef>).map(([action, def]) => ({ fn, action, def })),
);

let rt: TestRuntime;
let file: string;
const sessions = {} as Record<Role, Session>;
beforeAll(async () => {
  file = tempDbFile();
  rt = await startTestRuntime(file);
  for (const role of ROLES) sessions[role] = await rt.login(role);
});
afterAll(() => rt.close());

describe('every role × every action', () => {
  const cases = ACTIONS.flatMap(({ fn, action, def }) =>
    [...ROLES, 'anonymous' as const].map((who) => ({ fn, action, def, who })),
  );

  it.each(cases)('$fn $action as $who', async ({ fn, action, def, who }) => {
    const before = rowCounts(file);
    const token = who === 'anonymous' ? undefined : sessions[who].token;
    const r = await rt.raw(fn, { action, data: {} }, token);
    const code = r.ok ? null : r.error.code;
    if (def.access === 'public') {
      expect(code === 'AUTH.FORBIDDEN' || code === 'AUTH.UNAUTHENTICATED').toBe(false);
      return;
    }
    if (who === 'anonymous') expect(code).toBe('AUTH.UNAUTHENTICATED');
    else if (def.access.includes(who))
      expect(code === 'AUTH.FORBIDDEN' || code === 'AUTH.UNAUTHENTICATED').toBe(false);
    else expect(code).toBe('AUTH.FORBIDDEN');
    if (code?.startsWith('AUTH.')) expect(rowCounts(file)).toEqual(before);
  });
});

describe('tokens', () => {
  it('refuses a forged, a truncated and an expired token', async () => {
    const good = sessions.parent.token;
    const [payload, sig] = good.split('.');
    const forgedPayload = Buffer.from(
      JSON.stringify({ sub: sessions.parent.userId, role: 'admin', exp: 9e9 }),
    ).toString('base64url');
    for (const token of [`${forgedPayload}.${sig}`, payload!, `${good}x`, 'not-a-token']) {
      const r = await rt.raw('enroll', { action: 'listMine', data: {} }, token);
      expect(r).toMatchObject({ ok: false, error: { code: 'AUTH.UNAUTHENTICATED' } });
    }
    const saved = rt.clock.current;
    rt.clock.set('2030-01-01T00:00:00Z');
    const expired = await rt.raw('enroll', { action: 'listMine', data: {} }, good);
    rt.clock.current = saved;
    expect(expired).toMatchObject({ ok: false, error: { code: 'AUTH.UNAUTHENTICATED' } });
  });

  it('does not let a token of one role act as another', async () => {
    const r = await rt.raw('review', { action: 'listApplications', data: {} }, sessions.parent.token);
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'AUTH.FORBIDDEN', message: expect.stringMatching(/权限/) },
    });
  });
});
