import { apiMap, type ActionDef, type Role } from '../../types';
import { applicationFor, parentWithChild } from './support/demo-family';
import { rowCounts, tempDbFile } from './support/row-counts';
import { startTestRuntime, type Session, type TestRuntime } from './support/test-runtime';

const CJK = /[\u4e00-\u9fa5]/;
const ACTIONS = Object.entries(apiMap).flatMap(([fn, actions]) =>
  Object.entries(actions as Record<string, ActionDef>).map(([action, def]) => ({ fn, action, def })),
);
const roleFor = (def: ActionDef): Role => (def.access === 'public' ? 'parent' : def.access[0]!);

let rt: TestRuntime;
let file: string;
const sessions = {} as Record<Role, Session>;
beforeAll(async () => {
  file = tempDbFile();
  rt = await startTestRuntime(file);
  for (const role of ['parent', 'helper', 'reviewer', 'admin'] as Role[])
    sessions[role] = await rt.login(role);
  await sessions.parent.ok('enroll', 'acceptConsent', { version: '2026-1', guardianName: '张三' });
});
afterAll(() => rt.close());

const expectRefusedAndNothingWritten = async (
  fn: string,
  request: unknown,
  token: string | undefined,
  code: string,
) => {
  const before = rowCounts(file);
  const r = await rt.raw(fn, request, token);
  expect(r.ok).toBe(false);
  if (!r.ok) {
    expect(r.error.code).toBe(code);
    expect(r.error.message).toMatch(CJK);
  }
  expect(rowCounts(file)).toEqual(before);
  return r;
};

describe('each kind of bad input to each action', () => {
  const kinds = [
    ['a string', 'x'],
    ['a number', 42],
    ['an array', []],
    ['null', null],
    ['an unknown field', { notAField: 1 }],
  ] as const;
  const cases = ACTIONS.flatMap(({ fn, action, def }) =>
    kinds.map(([kind, data]) => ({ fn, action, def, kind, data })),
  );

  it.each(cases)('$fn $action with $kind → INPUT.INVALID', async ({ fn, action, def, data }) => {
    const r = await expectRefusedAndNothingWritten(
      fn,
      { action, data },
      sessions[roleFor(def)].token,
      'INPUT.INVALID',
    );
    if (!r.ok) expect(r.error.issues?.length).toBeGreaterThan(0);
  });

  const required = ACTIONS.filter(({ def }) => !def.input.safeParse({}).success);
  it.each(required)(
    '$fn $action with missing fields → INPUT.INVALID naming them',
    async ({ fn, action, def }) => {
      const r = await expectRefusedAndNothingWritten(
        fn,
        { action, data: {} },
        sessions[roleFor(def)].token,
        'INPUT.INVALID',
      );
      if (!r.ok) expect(r.error.issues?.every((i) => i.path.length > 0 && CJK.test(i.message))).toBe(true);
    },
  );

  it.each([
    ['no action', { data: {} }],
    ['a non-object request', 'hello'],
    ['an over-long action name', { action: 'x'.repeat(100), data: {} }],
  ])('refuses %s', async (_what, request) => {
    await expectRefusedAndNothingWritten('catalog', request, undefined, 'INPUT.INVALID');
  });

  it('refuses unknown functions and actions, including inherited names', async () => {
    await expectRefusedAndNothingWritten('nope', { action: 'home' }, undefined, 'API.UNKNOWN_FUNCTION');
    await expectRefusedAndNothingWritten('__proto__', { action: 'home' }, undefined, 'API.UNKNOWN_FUNCTION');
    await expectRefusedAndNothingWritten('catalog', { action: 'nope' }, undefined, 'API.UNKNOWN_ACTION');
    await expectRefusedAndNothingWritten('catalog', { action: 'toString' }, undefined, 'API.UNKNOWN_ACTION');
  });
});

describe('invalid ID numbers, each with its own message', () => {
  it.each([
    ['15-digit legacy', '510703200003151', /15位/],
    ['bad date 0230', '510703202002301238', /出生日期/],
    ['wrong check digit', '510703202003151230', /校验码/],
    ['full-width digits', '５１０７０３２０２００３１５１２３４', /全角/],
    ['spaces', '510703 20200315 1234', /空格/],
    ['letters', '51070A202003151234', /./],
    ['empty', '', /./],
  ])('%s', async (_kind, idNumber, message) => {
    const r = await expectRefusedAndNothingWritten(
      'enroll',
      { action: 'addChild', data: { name: '王小明', idNumber } },
      sessions.parent.token,
      'CHILD.ID_INVALID',
    );
    if (!r.ok) {
      expect(r.error.message).toMatch(message);
      expect(r.error.issues?.[0]?.path).toEqual(['idNumber']);
    }
  });
});

describe('unknown ids', () => {
  it('refuses unknown school, season, child, policy and application ids', async () => {
    const parent = await rt.login('parent');
    const child = await parentWithChild(parent);
    const t = parent.token;
    const submit = (o: object) => ({ action: 'submit', data: { ...applicationFor(child.id), ...o } });
    await expectRefusedAndNothingWritten(
      'enroll',
      submit({ schoolId: 'no-such-school' }),
      t,
      'NOT_FOUND.SCHOOL',
    );
    await expectRefusedAndNothingWritten('enroll', submit({ seasonId: '1999' }), t, 'NOT_FOUND.SEASON');
    await expectRefusedAndNothingWritten('enroll', submit({ childId: 'c-unknown' }), t, 'NOT_FOUND.CHILD');
    await expectRefusedAndNothingWritten('enroll', submit({ schoolId: 'j-south' }), t, 'INPUT.INVALID');
    await expectRefusedAndNothingWritten(
      'catalog',
      { action: 'getPolicy', data: { policyId: 'p-x' } },
      t,
      'NOT_FOUND.POLICY',
    );
    await expectRefusedAndNothingWritten(
      'catalog',
      { action: 'getSchool', data: { schoolId: 's-x' } },
      t,
      'NOT_FOUND.SCHOOL',
    );
    await expectRefusedAndNothingWritten(
      'enroll',
      { action: 'withdraw', data: { applicationId: 'app-x' } },
      t,
      'NOT_FOUND.APPLICATION',
    );
    await expectRefusedAndNothingWritten('enroll', submit({ idempotencyKey: 'short' }), t, 'INPUT.INVALID');
  });
});
