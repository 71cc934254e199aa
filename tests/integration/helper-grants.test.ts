import type { Role } from '../../types';
import { applicationFor, idNumberOf, parentWithChild } from './support/demo-family';
import { rowCounts, tempDbFile } from './support/row-counts';
import { startTestRuntime, type Session, type TestRuntime } from './support/test-runtime';

const CJK = /[\u4e00-\u9fa5]/;
const DAY_MS = 24 * 3600_000;

let rt: TestRuntime;
let file: string;
beforeEach(async () => {
  file = tempDbFile();
  rt = await startTestRuntime(file);
});
afterEach(() => rt.close());

const later = (ms: number) => rt.clock.set(new Date(rt.clock.now().getTime() + ms).toISOString());
const audit = (action: string) => rt.ports.store.audit.list({ action });
const helperMessages = async (parent: Session) =>
  (await parent.ok('notify', 'listMine', {})).filter((m) => m.kind === 'helper_access');

/** A helper with a profile, a parent with a child and an application: the start of most cases. */
const setUp = async (subject = 'p-a', seq = '123') => {
  const helper = await rt.login('helper', { subject: `h-${subject}` });
  const profile = await helper.ok('helper', 'saveProfile', {
    name: '王晓燕',
    organisation: '云溪区城南街道南湖社区',
    kind: 'grid_worker',
  });
  const parent = await rt.login('parent', { subject });
  const child = await parentWithChild(parent, idNumberOf('2020-03-15', seq));
  const app = await parent.ok('enroll', 'submit', applicationFor(child.id));
  return { helper, profile, parent, child, app };
};

describe('helper profile and code', () => {
  it('has no profile until the helper registers; the code is issued once and survives changes', async () => {
    const helper = await rt.login('helper');
    expect(await helper.ok('helper', 'myProfile', {})).toBeNull();
    const first = await helper.ok('helper', 'saveProfile', {
      name: ' 王晓燕 ',
      organisation: '南湖社区',
      kind: 'grid_worker',
    });
    expect(first).toEqual({
      code: expect.stringMatching(/^[2-9A-HJKMNP-Z]{8}$/),
      name: '王晓燕',
      organisation: '南湖社区',
      kind: 'grid_worker',
      kindLabel: '社区网格员',
    });
    const second = await helper.ok('helper', 'saveProfile', {
      name: '王晓燕',
      organisation: '云溪区实验小学',
      kind: 'teacher',
    });
    expect(second).toMatchObject({ code: first.code, organisation: '云溪区实验小学', kindLabel: '教师' });
    expect(await helper.ok('helper', 'myProfile', {})).toEqual(second);
    expect((await audit('helper.profile_create')).map((a) => a.targetId)).toEqual([helper.userId]);
    expect(await audit('helper.profile_update')).toHaveLength(1);
  });

  it('shows a parent the name and organisation behind a code, in either case, and nothing else', async () => {
    const { profile } = await setUp();
    const other = await rt.login('parent', { subject: 'p-b' });
    const card = await other.ok('helper', 'lookupHelper', { code: profile.code.toLowerCase() });
    expect(card).toEqual({
      name: '王晓燕',
      organisation: '云溪区城南街道南湖社区',
      kind: 'grid_worker',
      kindLabel: '社区网格员',
    });
    const unknown = await other.call('helper', 'lookupHelper', { code: 'ZZZZ2222' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND.HELPER' } });
    if (!unknown.ok) expect(unknown.error.message).toMatch(/帮办码/);
  });
});

describe('grant → view → revoke', () => {
  it('lets the helper see the family only while the grant is in force, and tells the parent each step', async () => {
    const { helper, profile, parent, child, app } = await setUp();
    expect(await helper.ok('helper', 'listFamilies', {})).toEqual([]);

    const granted = await parent.ok('helper', 'grant', { code: profile.code });
    expect(granted).toMatchObject({
      status: 'active',
      statusLabel: '有效',
      scope: ['view_progress'],
      scopeLabels: ['查看报名进度和结果'],
      helper: { name: '王晓燕', organisation: '云溪区城南街道南湖社区', kindLabel: '社区网格员' },
      views: 0,
    });
    expect(Date.parse(granted.expiresAt) - rt.clock.now().getTime()).toBe(7 * DAY_MS);
    expect(JSON.stringify(granted)).not.toContain(helper.userId);
    expect(await helperMessages(parent)).toEqual([expect.objectContaining({ title: '帮办授权已生效' })]);
    expect(await audit('helper.grant')).toEqual([
      expect.objectContaining({
        actorId: parent.userId,
        role: 'parent',
        targetId: granted.id,
        detail: { helperId: helper.userId, days: 7, scope: 'view_progress' },
      }),
    ]);

    const families = await helper.ok('helper', 'listFamilies', {});
    expect(families).toEqual([
      {
        familyId: parent.userId,
        guardianName: '李建国',
        scopeLabels: ['查看报名进度和结果'],
        grantedAt: granted.createdAt,
        expiresAt: granted.expiresAt,
      },
    ]);

    later(60_000);
    const family = await helper.ok('helper', 'viewFamily', { familyId: parent.userId });
    expect(family.children).toEqual([{ id: child.id, name: '李小明', idMasked: child.idMasked }]);
    expect(child.idMasked).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
    expect(JSON.stringify(family)).not.toContain(idNumberOf());
    expect(family.applications).toHaveLength(1);
    // The whitelist: no addresses, birth dates, category facts or contact data reach a helper.
    expect(Object.keys(family.applications[0]!).sort()).toEqual(
      [
        'appNo',
        'childIdMasked',
        'childName',
        'id',
        'schoolName',
        'stage',
        'status',
        'statusLabel',
        'submittedAt',
        'timeline',
      ].sort(),
    );
    expect(family.applications[0]).toMatchObject({
      id: app.id,
      appNo: app.appNo,
      statusLabel: app.statusLabel,
    });
    expect(family.draws).toEqual([]);

    const views = await audit('helper.view_family');
    expect(views).toEqual([
      expect.objectContaining({
        actorId: helper.userId,
        role: 'helper',
        targetType: 'family',
        targetId: parent.userId,
        detail: { grantId: granted.id, children: 1, applications: 1 },
      }),
    ]);
    const detail = JSON.stringify(views[0]!.detail);
    for (const personal of ['李小明', '李建国', idNumberOf(), child.idMasked])
      expect(detail).not.toContain(personal);

    // The first view is announced to the parent; later ones are counted on the grant only.
    later(60_000);
    await helper.ok('helper', 'viewFamily', { familyId: parent.userId });
    expect((await helperMessages(parent)).map((m) => m.title)).toEqual([
      '帮办员已查看报名进度',
      '帮办授权已生效',
    ]);
    const [listed] = await parent.ok('helper', 'listMyGrants', {});
    expect(listed).toMatchObject({ id: granted.id, views: 2, lastViewedAt: rt.clock.now().toISOString() });

    later(60_000);
    const revoked = await parent.ok('helper', 'revoke', { grantId: granted.id });
    expect(revoked).toMatchObject({
      status: 'revoked',
      statusLabel: '已撤销',
      endedAt: rt.clock.now().toISOString(),
    });
    expect((await helperMessages(parent))[0]).toMatchObject({ title: '帮办授权已撤销' });
    expect(await audit('helper.revoke')).toHaveLength(1);

    expect(await helper.ok('helper', 'listFamilies', {})).toEqual([]);
    const refused = await helper.call('helper', 'viewFamily', { familyId: parent.userId });
    expect(refused).toMatchObject({ ok: false, error: { code: 'HELPER.GRANT_REVOKED' } });
    if (!refused.ok) expect(refused.error.message).toMatch(/撤销.*重新授权/);
    expect(await audit('helper.view_family')).toHaveLength(2);
    expect(await audit('helper.view_refused')).toEqual([
      expect.objectContaining({
        actorId: helper.userId,
        targetId: parent.userId,
        detail: { reason: 'revoked' },
      }),
    ]);

    // Revoking again changes nothing and says nothing new.
    const before = rowCounts(file);
    expect(await parent.ok('helper', 'revoke', { grantId: granted.id })).toEqual(revoked);
    expect(rowCounts(file)).toEqual(before);

    // A new authorisation after a revocation works again.
    await parent.ok('helper', 'grant', { code: profile.code, days: 3 });
    expect(await helper.ok('helper', 'viewFamily', { familyId: parent.userId })).toMatchObject({
      familyId: parent.userId,
    });
  });

  it('keeps what the parent confirmed: a later change of the helper profile does not rewrite a grant', async () => {
    const { helper, profile, parent } = await setUp();
    await parent.ok('helper', 'grant', { code: profile.code });
    await helper.ok('helper', 'saveProfile', { name: '王晓燕', organisation: '另一个单位', kind: 'other' });
    const [g] = await parent.ok('helper', 'listMyGrants', {});
    expect(g!.helper.organisation).toBe('云溪区城南街道南湖社区');
  });
});

describe('at the same time', () => {
  it('counts concurrent views exactly and announces only the first', async () => {
    const { helper, profile, parent } = await setUp();
    await parent.ok('helper', 'grant', { code: profile.code });
    await Promise.all([1, 2, 3].map(() => helper.ok('helper', 'viewFamily', { familyId: parent.userId })));
    expect((await parent.ok('helper', 'listMyGrants', {}))[0]).toMatchObject({ views: 3 });
    expect((await helperMessages(parent)).filter((m) => m.title === '帮办员已查看报名进度')).toHaveLength(1);
  });

  it('never serves a read once a revocation has landed', async () => {
    const { helper, profile, parent } = await setUp();
    const g = await parent.ok('helper', 'grant', { code: profile.code });
    const [view, revoked] = await Promise.all([
      helper.call('helper', 'viewFamily', { familyId: parent.userId }),
      parent.ok('helper', 'revoke', { grantId: g.id }),
    ]);
    const [after] = await parent.ok('helper', 'listMyGrants', {});
    // Either the read came first (and is counted on the grant) or it was refused.
    if (view.ok) expect(after).toMatchObject({ views: 1, status: 'revoked' });
    else expect(view.error.code).toBe('HELPER.GRANT_REVOKED');
    expect(revoked.status).toBe('revoked');
    expect(await helper.call('helper', 'viewFamily', { familyId: parent.userId })).toMatchObject({
      ok: false,
      error: { code: 'HELPER.GRANT_REVOKED' },
    });
  });
});

describe('draw results', () => {
  it('shows the family rank and result from a draw that has run, and nothing of other families', async () => {
    const { helper, profile, parent, app } = await setUp();
    await parent.ok('helper', 'grant', { code: profile.code });
    await rt.ports.store.draws.insert({
      id: '2026-s-south-1-class-1',
      seasonId: '2026',
      schoolId: 's-south-1',
      schoolName: '城南第一小学',
      districtId: 'yunxi',
      tier: 'class-1',
      tierName: '第一类',
      seats: 1,
      scheduledAt: '2026-07-21T06:00:00.000Z',
      status: 'drawn',
      units: [
        { key: app.appNo, appNos: [app.appNo], applicationIds: [app.id] },
        { key: '2026-D00001', appNos: ['2026-D00001'], applicationIds: ['app-other'] },
      ],
      listHash: '0'.repeat(64),
      commitment: '1'.repeat(64),
      secretCipher: 'v1:x',
      observers: [],
      createdAt: '2026-07-01T00:00:00.000Z',
      createdBy: 'u-admin',
      drawnAt: '2026-07-21T06:00:00.000Z',
      outcomes: [
        { key: '2026-D00001', rank: 1, admitted: true },
        { key: app.appNo, rank: 2, admitted: false },
      ],
    });
    const family = await helper.ok('helper', 'viewFamily', { familyId: parent.userId });
    expect(family.draws).toEqual([
      {
        applicationId: app.id,
        appNo: app.appNo,
        schoolName: '城南第一小学',
        tierName: '第一类',
        rank: 2,
        of: 2,
        admitted: false,
        resultLabel: '候补',
      },
    ]);
    expect(JSON.stringify(family)).not.toContain('2026-D00001');
  });
});

describe('expiry', () => {
  it('refuses reads the moment the deadline passes; the expiry run records it and tells the parent once', async () => {
    const first = await setUp();
    const granted = await first.parent.ok('helper', 'grant', { code: first.profile.code, days: 1 });
    later(DAY_MS - 1000);
    // Sessions last hours, grants days: log in again as the same people, as they would.
    const helper = await rt.login('helper', { subject: 'h-p-a' });
    const parent = await rt.login('parent', { subject: 'p-a' });
    await helper.ok('helper', 'viewFamily', { familyId: parent.userId });
    later(1000);

    const refused = await helper.call('helper', 'viewFamily', { familyId: parent.userId });
    expect(refused).toMatchObject({ ok: false, error: { code: 'HELPER.GRANT_EXPIRED' } });
    if (!refused.ok) expect(refused.error.message).toMatch(/到期.*重新授权/);
    expect(await helper.ok('helper', 'listFamilies', {})).toEqual([]);
    expect(await parent.ok('helper', 'listMyGrants', {})).toEqual([
      expect.objectContaining({
        id: granted.id,
        status: 'expired',
        statusLabel: '已到期',
        endedAt: granted.expiresAt,
      }),
    ]);

    const admin = await rt.login('admin');
    expect(await admin.ok('helper', 'expireGrants', {})).toEqual({ expired: 1 });
    expect(await admin.ok('helper', 'expireGrants', {})).toEqual({ expired: 0 });
    expect((await helperMessages(parent)).map((m) => m.title)).toEqual([
      '帮办授权已到期',
      '帮办员已查看报名进度',
      '帮办授权已生效',
    ]);
    expect(await audit('helper.expire')).toEqual([
      expect.objectContaining({ actorId: null, targetId: granted.id, detail: { helperId: helper.userId } }),
    ]);
    // An ended grant is not revoked after the fact.
    expect(await parent.ok('helper', 'revoke', { grantId: granted.id })).toMatchObject({ status: 'expired' });
    expect(await audit('helper.revoke')).toEqual([]);
  });

  it('accepts up to 30 days and refuses more', async () => {
    const { profile, parent } = await setUp();
    const g = await parent.ok('helper', 'grant', { code: profile.code, days: 30 });
    expect(Date.parse(g.expiresAt) - rt.clock.now().getTime()).toBe(30 * DAY_MS);
  });
});

describe('no grant, no data', () => {
  it('answers NOT_FOUND for a family that never authorised this helper, whatever the id', async () => {
    const a = await setUp('p-a');
    const b = await setUp('p-b', '456');
    await a.parent.ok('helper', 'grant', { code: a.profile.code });

    // Helper of family B, with no grant from A: the same answer as for an id that does not exist.
    const other = await b.helper.call('helper', 'viewFamily', { familyId: a.parent.userId });
    const none = await b.helper.call('helper', 'viewFamily', { familyId: 'u-does-not-exist' });
    expect(other).toMatchObject({ ok: false, error: { code: 'NOT_FOUND.FAMILY' } });
    expect(none).toEqual(other);
    // Helper A has a grant from A only: B stays out of reach.
    expect(await a.helper.call('helper', 'viewFamily', { familyId: b.parent.userId })).toEqual(other);
    expect(await b.helper.ok('helper', 'listFamilies', {})).toEqual([]);
    expect((await audit('helper.view_refused')).map((e) => e.detail)).toEqual([
      { reason: 'no_grant' },
      { reason: 'no_grant' },
      { reason: 'no_grant' },
    ]);

    // Another parent cannot revoke or see A's grant.
    const [grantOfA] = await a.parent.ok('helper', 'listMyGrants', {});
    const before = rowCounts(file);
    expect(await b.parent.call('helper', 'revoke', { grantId: grantOfA!.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND.GRANT' },
    });
    expect(rowCounts(file)).toEqual(before);
    expect(await b.parent.ok('helper', 'listMyGrants', {})).toEqual([]);
  });

  it('refuses a second grant to the same helper and more than three at once, writing nothing', async () => {
    const { profile, parent } = await setUp();
    await parent.ok('helper', 'grant', { code: profile.code });
    let before = rowCounts(file);
    expect(await parent.call('helper', 'grant', { code: profile.code })).toMatchObject({
      ok: false,
      error: { code: 'HELPER.ALREADY_GRANTED' },
    });
    expect(rowCounts(file)).toEqual(before);
    for (const s of ['x', 'y']) {
      const h = await rt.login('helper', { subject: `h-${s}` });
      const p = await h.ok('helper', 'saveProfile', {
        name: `志愿者${s}`,
        organisation: '青年志愿者协会',
        kind: 'youth_volunteer',
      });
      await parent.ok('helper', 'grant', { code: p.code });
    }
    const fourth = await rt.login('helper', { subject: 'h-z' });
    const p4 = await fourth.ok('helper', 'saveProfile', {
      name: '赵老师',
      organisation: '实验小学',
      kind: 'teacher',
    });
    before = rowCounts(file);
    const refused = await parent.call('helper', 'grant', { code: p4.code });
    expect(refused).toMatchObject({ ok: false, error: { code: 'HELPER.TOO_MANY_GRANTS' } });
    if (!refused.ok) expect(refused.error.message).toMatch(CJK);
    expect(rowCounts(file)).toEqual(before);
  });
});

describe('roles', () => {
  const PARENT_ACTIONS = ['lookupHelper', 'grant', 'revoke', 'listMyGrants'] as const;
  const HELPER_ACTIONS = ['myProfile', 'saveProfile', 'listFamilies', 'viewFamily'] as const;

  it('keeps parents out of helper actions, helpers out of parent actions, staff out of both', async () => {
    const { helper, parent, app } = await setUp();
    const sessions: Record<Role, Session> = {
      parent,
      helper,
      reviewer: await rt.login('reviewer'),
      admin: await rt.login('admin'),
    };
    const valid = {
      lookupHelper: { code: 'ABCD2345' },
      grant: { code: 'ABCD2345' },
      revoke: { grantId: 'grant-x' },
      listMyGrants: {},
      myProfile: {},
      saveProfile: { name: '甲', organisation: '某社区', kind: 'other' },
      listFamilies: {},
      viewFamily: { familyId: parent.userId },
      expireGrants: {},
    } as const;
    const before = rowCounts(file);
    const forbidden = async (who: Role, action: keyof typeof valid) => {
      const r = await rt.raw('helper', { action, data: valid[action] }, sessions[who].token);
      expect({ who, action, code: r.ok ? null : r.error.code }).toEqual({
        who,
        action,
        code: 'AUTH.FORBIDDEN',
      });
    };
    for (const action of PARENT_ACTIONS)
      for (const who of ['helper', 'reviewer', 'admin'] as const) await forbidden(who, action);
    for (const action of HELPER_ACTIONS)
      for (const who of ['parent', 'reviewer', 'admin'] as const) await forbidden(who, action);
    for (const who of ['parent', 'helper', 'reviewer'] as const) await forbidden(who, 'expireGrants');
    expect(rowCounts(file)).toEqual(before);

    // A helper never reaches a family through the parent's own functions, with or without a grant.
    await parent.ok('helper', 'grant', { code: (await helper.ok('helper', 'myProfile', {}))!.code });
    for (const [fn, action, data] of [
      ['enroll', 'listMine', {}],
      ['enroll', 'getApplication', { applicationId: app.id }],
      ['enroll', 'listChildren', {}],
      ['lottery', 'myDraw', {}],
      ['notify', 'listMine', {}],
      ['verify', 'start', { seasonId: '2026', childId: 'c-x', guardianIdNumber: idNumberOf() }],
    ] as const) {
      const r = await rt.raw(fn, { action, data }, helper.token);
      expect({ fn, action, code: r.ok ? null : r.error.code }).toEqual({
        fn,
        action,
        code: 'AUTH.FORBIDDEN',
      });
    }
  });
});

describe('bad input writes nothing', () => {
  it.each([
    ['grant', { code: 'ABC' }],
    ['grant', { code: 'ABCD234O' }],
    ['grant', { code: 'ABCD2345', days: 0 }],
    ['grant', { code: 'ABCD2345', days: 31 }],
    ['grant', { code: 'ABCD2345', days: 1.5 }],
    ['grant', { code: 'ABCD2345', scope: ['act_on_applications'] }],
    ['grant', { code: 'ABCD2345', scope: [] }],
    ['grant', { code: 'ABCD2345', helperId: 'u-1' }],
    ['lookupHelper', { code: '' }],
    ['revoke', { grantId: '' }],
    ['revoke', { grantId: '../../etc' }],
  ] as const)('parent %s %j → INPUT.INVALID', async (action, data) => {
    const parent = await rt.login('parent');
    const before = rowCounts(file);
    const r = await rt.raw('helper', { action, data }, parent.token);
    expect(r).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID' } });
    if (!r.ok) expect(r.error.issues?.every((i) => CJK.test(i.message))).toBe(true);
    expect(rowCounts(file)).toEqual(before);
  });

  it.each([
    ['saveProfile', { name: '', organisation: '南湖社区', kind: 'teacher' }],
    ['saveProfile', { name: '王', organisation: '社'.repeat(41), kind: 'teacher' }],
    ['saveProfile', { name: '王', organisation: '南湖社区', kind: 'police' }],
    ['saveProfile', { name: '王', organisation: '南湖社区', kind: 'teacher', code: 'ABCD2345' }],
    ['viewFamily', { familyId: '' }],
    ['viewFamily', { familyId: 'a b' }],
    ['listFamilies', { familyId: 'u-1' }],
  ] as const)('helper %s %j → INPUT.INVALID', async (action, data) => {
    const helper = await rt.login('helper');
    const before = rowCounts(file);
    const r = await rt.raw('helper', { action, data }, helper.token);
    expect(r).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID' } });
    expect(rowCounts(file)).toEqual(before);
  });

  it('a well-formed but unknown code writes nothing', async () => {
    const parent = await rt.login('parent');
    const before = rowCounts(file);
    expect(await parent.call('helper', 'grant', { code: 'ZZZZ2222' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND.HELPER' },
    });
    expect(rowCounts(file)).toEqual(before);
  });
});
