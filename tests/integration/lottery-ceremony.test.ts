// The ceremony end to end on the demo city (R3): 城南第一小学 made oversubscribed by lowering its capacity.
// The twins and one other family apply through the real functions; the other applicants are written
// straight into the store (as the verification would have left them), which keeps the test fast.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { verifyRecord } from '../../domain/lottery';
import { applicationFor, idNumberOf } from './support/demo-family';
import {
  AFTER_DEADLINE,
  at,
  CLASS_1,
  codeOf,
  DRAW_ID,
  RUN,
  SCHEDULED_AT,
  storedApplicant,
} from './support/lottery-season';
import { startTestRuntime, type Session, type TestRuntime } from './support/test-runtime';

const TWINS = ['李大宝', '李二宝'];

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** What the category check would have set on an application submitted through the functions. */
const setCategory = async (rt: TestRuntime, applicationId: string) => {
  const a = (await rt.ports.store.applications.get(applicationId))!;
  await rt.ports.store.applications.update({ ...a, category: CLASS_1 }, a.status);
};

interface Demo {
  twins: Session;
  single: Session;
  twinNos: string[];
  singleNo: string;
  maskedIds: string[];
}

/**
 * Capacity 4. Green channel: 1 child. Class 1: bound twins (one unit), one more family, six stored
 * applicants = 8 units, 9 children for 3 seats. A withdrawn and a class-2 application stay out.
 */
const oversubscribe = async (rt: TestRuntime): Promise<Demo> => {
  const school = (await rt.ports.store.catalog.getSchool('s-south-1'))!;
  await rt.ports.store.catalog.putSchool({ ...school, capacity: 4 });

  const twins = await rt.login('parent', { subject: 'twin-parent' });
  await twins.ok('enroll', 'acceptConsent', { version: '2026-1', guardianName: '李建国' });
  const a = await twins.ok('enroll', 'addChild', {
    name: TWINS[0]!,
    idNumber: idNumberOf('2020-03-15', '131'),
  });
  const b = await twins.ok('enroll', 'addChild', {
    name: TWINS[1]!,
    idNumber: idNumberOf('2020-03-15', '133'),
  });
  const appA = await twins.ok('enroll', 'submit', applicationFor(a.id));
  const appB = await twins.ok('enroll', 'submit', applicationFor(b.id));
  await twins.ok('enroll', 'bindSiblings', { applicationIds: [appA.id, appB.id] });

  const single = await rt.login('parent', { subject: 'single-parent' });
  await single.ok('enroll', 'acceptConsent', { version: '2026-1', guardianName: '张伟' });
  const c = await single.ok('enroll', 'addChild', {
    name: '张小雨',
    idNumber: idNumberOf('2020-05-01', '145'),
  });
  const appC = await single.ok('enroll', 'submit', applicationFor(c.id));
  for (const id of [appA.id, appB.id, appC.id]) await setCategory(rt, id);

  for (let i = 1; i <= 6; i++) await rt.ports.store.applications.insert(storedApplicant(i));
  await rt.ports.store.applications.insert(
    storedApplicant(7, { greenChannel: { kind: 'military', detail: '军人子女' } }),
  );
  await rt.ports.store.applications.insert(storedApplicant(8, { status: 'withdrawn' }));
  await rt.ports.store.applications.insert(
    storedApplicant(9, { category: { ...CLASS_1, ruleId: 'class-2', name: '第二类', tier: 1 } }),
  );
  return {
    twins,
    single,
    twinNos: [appA.appNo, appB.appNo].sort(),
    singleNo: appC.appNo,
    maskedIds: [appA.child.idMasked, appB.child.idMasked, appC.child.idMasked],
  };
};

let rt: TestRuntime;
beforeEach(async () => {
  rt = await startTestRuntime();
});
afterEach(() => rt.close());

describe('scheduling a draw', () => {
  it('refuses before the withdrawal deadline, too soon, an unknown tier and a tier that fits its seats', async () => {
    await oversubscribe(rt);
    const early = await rt.login('admin');
    const input = { seasonId: '2026', schoolId: 's-south-1', tier: 'class-1', scheduledAt: SCHEDULED_AT };
    expect(codeOf(await early.call('lottery', 'schedule', input))).toBe('LOTTERY.LIST_NOT_FINAL');

    const admin = await at(rt, AFTER_DEADLINE);
    const soon = new Date(Date.parse(AFTER_DEADLINE) + 23 * 3600_000).toISOString();
    const tooSoon = await admin.call('lottery', 'schedule', { ...input, scheduledAt: soon });
    expect(tooSoon).toMatchObject({
      ok: false,
      error: { code: 'LOTTERY.LEAD_TOO_SHORT', message: expect.stringContaining('24 小时') },
    });
    expect(codeOf(await admin.call('lottery', 'schedule', { ...input, tier: 'class-9' }))).toBe(
      'LOTTERY.TIER_UNKNOWN',
    );
    expect(codeOf(await admin.call('lottery', 'schedule', { ...input, tier: 'green' }))).toBe(
      'LOTTERY.NOT_NEEDED',
    );
    expect(await rt.ports.store.draws.listBySeason('2026')).toEqual([]);
  });

  it('publishes the canonical list, its hash and the commitment, and schedules a school and tier once', async () => {
    const demo = await oversubscribe(rt);
    const admin = await at(rt, AFTER_DEADLINE);
    const input = { seasonId: '2026', schoolId: 's-south-1', tier: 'class-1', scheduledAt: SCHEDULED_AT };
    const draw = await admin.ok('lottery', 'schedule', input);
    // Capacity 4 less the one green-channel child served first.
    expect(draw).toMatchObject({
      drawId: DRAW_ID,
      status: 'committed',
      seats: 3,
      unitCount: 8,
      applicantCount: 9,
    });
    expect(codeOf(await admin.call('lottery', 'schedule', input))).toBe('LOTTERY.ALREADY_SCHEDULED');

    const anonymous = (fn: 'lottery', action: 'listPublic' | 'getRecord', data: object) =>
      rt.raw(fn, { action, data });
    const list = await anonymous('lottery', 'listPublic', {});
    expect(list).toMatchObject({ ok: true, data: [{ drawId: DRAW_ID, listHash: draw.listHash }] });
    const detail = await anonymous('lottery', 'getRecord', { drawId: DRAW_ID });
    if (!detail.ok) throw new Error(detail.error.code);
    const published = detail.data as { canonicalList: string[]; record?: unknown };
    expect(published.canonicalList).toContain(demo.twinNos.join('+'));
    expect(published.canonicalList).toHaveLength(8);
    expect(sha256(published.canonicalList.join('\n'))).toBe(draw.listHash);
    expect(published.record).toBeUndefined();
    const text = JSON.stringify([list, detail]);
    for (const secretish of [...TWINS, '张小雨', '王同学', ...demo.maskedIds, 'app-direct', 'secretCipher'])
      expect(text).not.toContain(secretish);
    expect(await rt.ports.store.audit.list({ action: 'lottery.schedule' })).toHaveLength(1);
  });
});

describe('the ceremony', () => {
  const scheduleIt = async () => {
    const demo = await oversubscribe(rt);
    const admin = await at(rt, AFTER_DEADLINE);
    const draw = await admin.ok('lottery', 'schedule', {
      seasonId: '2026',
      schoolId: 's-south-1',
      tier: 'class-1',
      scheduledAt: SCHEDULED_AT,
    });
    return { demo, admin, draw };
  };

  it('runs once, at its time, before a notary, into a record anyone can verify; families see rank r of n', async () => {
    const { demo, admin, draw } = await scheduleIt();
    await admin.ok('lottery', 'addObserver', { drawId: DRAW_ID, name: '赵红梅', role: '人大代表' });
    expect(codeOf(await admin.call('lottery', 'run', RUN))).toBe('LOTTERY.TOO_EARLY');

    const onTheDay = await at(rt, SCHEDULED_AT);
    expect(codeOf(await onTheDay.call('lottery', 'run', RUN))).toBe('LOTTERY.NOTARY_REQUIRED');
    await onTheDay.ok('lottery', 'addObserver', { drawId: DRAW_ID, name: '钱公正', role: '公证员' });

    // Two operators press "draw" together: one record, the other hears it is done.
    const other = await rt.login('admin', { subject: 'second-admin' });
    const [r1, r2] = await Promise.all([
      onTheDay.call('lottery', 'run', RUN),
      other.call('lottery', 'run', { ...RUN, publicEntropy: 'other-entropy' }),
    ]);
    expect([codeOf(r1), codeOf(r2)].sort()).toEqual([null, 'LOTTERY.ALREADY_DRAWN'].sort());
    const result = (r1.ok ? r1.data : r2.ok ? r2.data : null)!;
    const record = result.record!;
    expect(await rt.ports.store.audit.list({ action: 'lottery.run' })).toHaveLength(1);

    // Inputs are the committed ones, and the record verifies (library and CLI alike).
    expect(record.commitment).toBe(draw.commitment);
    expect(record.listHash).toBe(draw.listHash);
    expect(sha256(record.secret)).toBe(draw.commitment);
    expect(verifyRecord(record)).toEqual({ valid: true });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ceremony-'));
    const recordFile = path.join(dir, 'record.json');
    fs.writeFileSync(recordFile, JSON.stringify(record));
    const inputFile = path.join(dir, 'input.json');
    const { drawId, seats, units, secret, publicEntropy } = record;
    fs.writeFileSync(inputFile, JSON.stringify({ drawId, seats, units, secret, publicEntropy }));
    const cli = (...args: string[]) =>
      spawnSync('node_modules/.bin/tsx', ['scripts/lottery-cli.ts', ...args], { encoding: 'utf8' });
    expect(cli('verify', recordFile)).toMatchObject({ status: 0, stdout: 'valid\n' });
    expect(JSON.parse(cli('draw', inputFile).stdout)).toEqual(record);
    fs.writeFileSync(recordFile, JSON.stringify({ ...record, ranking: [...record.ranking].reverse() }));
    expect(cli('verify', recordFile)).toMatchObject({ status: 1, stdout: 'invalid: ranking\n' });

    // Bound twins are one unit, admitted (or waitlisted) together.
    expect(record.ranking).toContain(demo.twinNos.join('+'));
    const twinsIn = demo.twinNos.filter((n) => record.admitted.includes(n)).length;
    expect([0, 2]).toContain(twinsIn);
    expect(record.admitted.length).toBe(3 + record.overflow);

    // Nothing changes once drawn.
    expect(codeOf(await onTheDay.call('lottery', 'run', RUN))).toBe('LOTTERY.ALREADY_DRAWN');
    expect(
      codeOf(
        await onTheDay.call('lottery', 'addObserver', { drawId: DRAW_ID, name: '孙老师', role: '教师代表' }),
      ),
    ).toBe('LOTTERY.ALREADY_DRAWN');
    const refused = await rt.ports.store.audit.list({ action: 'lottery.run_refused' });
    expect(refused.map((e) => e.detail?.code)).toEqual([
      'LOTTERY.TOO_EARLY',
      'LOTTERY.NOTARY_REQUIRED',
      'LOTTERY.ALREADY_DRAWN',
    ]);

    // The published record: application numbers, observers and the notary; no names, no ID numbers.
    const pub = await rt.raw('lottery', { action: 'getRecord', data: { drawId: DRAW_ID } });
    expect(pub).toMatchObject({
      ok: true,
      data: {
        status: 'drawn',
        record,
        notaryAttestation: RUN.notaryAttestation,
        observers: [
          { name: '赵红梅', role: '人大代表' },
          { name: '钱公正', role: '公证员' },
        ],
      },
    });
    for (const secretish of [...TWINS, '张小雨', '王同学', ...demo.maskedIds, '510703', 'app-direct'])
      expect(JSON.stringify(pub)).not.toContain(secretish);

    // Each family sees its own rank, r of n, and why.
    const twins = await rt.login('parent', { subject: 'twin-parent' });
    const mine = await twins.ok('lottery', 'myDraw', {});
    const rank = record.ranking.indexOf(demo.twinNos.join('+')) + 1;
    expect(mine.map((m) => [m.appNo, m.rank, m.of, m.result])).toEqual(
      demo.twinNos.map((n) => [n, rank, 8, twinsIn === 2 ? 'admitted' : 'waitlisted']),
    );
    expect(mine[0]!.reason).toContain(`顺位第 ${rank} 位`);
    expect(mine[0]!.unit).toEqual(demo.twinNos);

    // The draw set each application's status in its transaction, with a note naming the draw and r of n.
    for (const a of await twins.ok('enroll', 'listMine', {})) {
      expect(a.status).toBe(twinsIn === 2 ? 'admitted' : 'waitlisted');
      expect(a.timeline[a.timeline.length - 1]!.note).toContain(
        `摇号 ${DRAW_ID}：顺位第 ${rank} 位（共 8 个摇号单位）`,
      );
    }
    for (let i = 1; i <= 9; i++) {
      const a = (await rt.ports.store.applications.get(`app-direct-${i}`))!;
      const drawn = i <= 6 ? (record.admitted.includes(a.appNo) ? 'admitted' : 'waitlisted') : null;
      // Green channel (7), withdrawn (8) and class 2 (9) are not in this draw and keep their status.
      expect(a.status).toBe(drawn ?? (i === 8 ? 'withdrawn' : 'approved'));
    }
    // One lottery_result message per family: the bound twins are one unit and hear once.
    const results = (await twins.ok('notify', 'listMine', {})).filter((m) => m.kind === 'lottery_result');
    expect(results).toHaveLength(1);
    expect(results[0]!.body).toContain(TWINS.join('、'));
    const single = await rt.login('parent', { subject: 'single-parent' });
    const [own] = await single.ok('lottery', 'myDraw', {});
    expect(own).toMatchObject({
      appNo: demo.singleNo,
      rank: record.ranking.indexOf(demo.singleNo) + 1,
      of: 8,
    });
    expect(own!.result).toBe(record.admitted.includes(demo.singleNo) ? 'admitted' : 'waitlisted');
    if (own!.result === 'waitlisted') expect(own!.waitlistPosition).toBeGreaterThan(0);
    expect(await (await rt.login('parent')).ok('lottery', 'myDraw', {})).toEqual([]);
  });

  it('leaves the draw committed and no partial record when the write fails mid-way', async () => {
    await scheduleIt();
    const admin = await at(rt, SCHEDULED_AT);
    await admin.ok('lottery', 'addObserver', { drawId: DRAW_ID, name: '钱公正', role: '公证员' });
    const store = rt.ports.store;
    // The status moves first inside the transaction; failing the audit entry after it must undo the move.
    jest
      .spyOn(store, 'transaction')
      .mockImplementationOnce((fn) =>
        store.transaction.call(store, async (tx) =>
          fn({ ...tx, audit: { ...tx.audit, append: async () => Promise.reject(new Error('disk full')) } }),
        ),
      );
    expect(codeOf(await admin.call('lottery', 'run', RUN))).toBe('INTERNAL.ERROR');
    const after = (await store.draws.get(DRAW_ID))!;
    expect(after.status).toBe('committed');
    expect(after.record).toBeUndefined();
    expect(after.outcomes).toBeUndefined();
    expect(await store.audit.list({ action: 'lottery.run' })).toEqual([]);
    // Nor any status or message: they belong to the same transaction as the record.
    expect((await store.applications.get('app-direct-1'))!.status).toBe('approved');
    expect(await store.messages.listForUser('guardian-direct-1', 10)).toEqual([]);
    const again = await admin.ok('lottery', 'run', RUN);
    expect(verifyRecord(again.record)).toEqual({ valid: true });
  });

  it('lets only admins schedule, record observers and run; only parents ask for their own draw', async () => {
    await scheduleIt();
    const staffOnly = [
      ['schedule', { seasonId: '2026', schoolId: 's-south-1', tier: 'class-2', scheduledAt: SCHEDULED_AT }],
      ['addObserver', { drawId: DRAW_ID, name: '钱公正', role: '公证员' }],
      ['run', RUN],
    ] as const;
    for (const role of ['parent', 'helper', 'reviewer'] as const) {
      const s = await rt.login(role);
      for (const [action, input] of staffOnly)
        expect(codeOf(await s.call('lottery', action, input as never))).toBe('AUTH.FORBIDDEN');
    }
    for (const [action, input] of staffOnly)
      expect(codeOf(await rt.raw('lottery', { action, data: input }))).toBe('AUTH.UNAUTHENTICATED');
    expect(codeOf(await rt.raw('lottery', { action: 'myDraw', data: {} }))).toBe('AUTH.UNAUTHENTICATED');
    expect(codeOf(await (await rt.login('admin')).call('lottery', 'myDraw', {}))).toBe('AUTH.FORBIDDEN');
    // An admin of another district does not see this district's draw.
    const elsewhere = await rt.login('admin', { subject: 'other-district', districtId: 'elsewhere' });
    expect(codeOf(await elsewhere.call('lottery', 'addObserver', staffOnly[1][1]))).toBe('NOT_FOUND.DRAW');
    expect((await rt.ports.store.draws.get(DRAW_ID))!.observers).toEqual([]);
  });
});
