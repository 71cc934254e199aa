import { DEMO_FAMILIES } from '../../server/department-simulator';
import { rowCounts, tempDbFile } from './support/row-counts';
import { startTestRuntime, type TestRuntime } from './support/test-runtime';
import { submitVerified, TINY_PNG_BASE64, verifyFamily } from './support/verified-family';
import fs from 'node:fs';

let rt: TestRuntime;
let file: string;
beforeEach(async () => {
  file = tempDbFile();
  rt = await startTestRuntime(file);
});
afterEach(() => rt.close());

describe('一键核: department data instead of certificates (R1.1)', () => {
  it('verifies a standard family completely; the parent types four fields; category 一类', async () => {
    const parent = await rt.login('parent');
    const { child, verification } = await verifyFamily(parent, 'standard');
    expect(verification.status).toBe('verified');
    expect(verification.checks.find((c) => c.kind === 'hukou')).toMatchObject({
      outcome: 'verified',
      summary: expect.stringContaining('公安：户籍地址 云溪区南湖路57号'),
      needsMaterial: false,
    });
    expect(verification.hukouAddress).toMatchObject({ street: '南湖路', houseNumber: '57号' });
    const category = await parent.ok('verify', 'category', {
      verificationId: verification.id,
      schoolId: 's-south-1',
    });
    expect(category).toMatchObject({ name: '一类', tier: 0 });
    expect(category.explanation).toContain('户籍地址与房产地址一致');

    const r = await submitVerified(parent, child.id, verification, 's-south-1');
    expect(r).toMatchObject({ ok: true, data: { status: 'submitted', category: { name: '一类' } } });
    const stored = r.ok ? await rt.ports.store.applications.get(r.data.id) : null;
    expect(stored?.effort).toMatchObject({ fieldsTyped: 4, materialsRequested: 0, corrections: 0 });
  });

  it('gives a renter with permit and insurance the 随迁子女 category at the rental zone', async () => {
    const parent = await rt.login('parent');
    const { verification } = await verifyFamily(parent, 'renter');
    expect(verification.status).toBe('verified');
    const category = await parent.ok('verify', 'category', {
      verificationId: verification.id,
      schoolId: 's-north-1',
    });
    expect(category.name).toBe('随迁子女');
  });

  it('asks for a material only when a check definitely disagrees, then accepts the application', async () => {
    const parent = await rt.login('parent');
    const { child, verification } = await verifyFamily(parent, 'mismatch');
    expect(verification.status).toBe('needs_material');
    const needing = verification.checks.filter((c) => c.needsMaterial).map((c) => c.kind);
    expect(needing).toEqual(['hukou']);
    const refused = await submitVerified(parent, child.id, verification, 's-south-1');
    expect(refused).toMatchObject({ ok: false, error: { code: 'VERIFY.MATERIAL_REQUIRED' } });

    const wrongKind = await parent.call('verify', 'uploadMaterial', {
      verificationId: verification.id,
      kind: 'social_insurance',
      fileName: 'x.png',
      contentType: 'image/png',
      dataBase64: TINY_PNG_BASE64,
    });
    expect(wrongKind).toMatchObject({ ok: false, error: { code: 'VERIFY.MATERIAL_NOT_NEEDED' } });
    const notAPng = await parent.call('verify', 'uploadMaterial', {
      verificationId: verification.id,
      kind: 'hukou',
      fileName: 'x.png',
      contentType: 'image/png',
      dataBase64: Buffer.from('%PDF-1.4 not a photo').toString('base64'),
    });
    expect(notAPng).toMatchObject({ ok: false, error: { code: 'VERIFY.MATERIAL_INVALID' } });

    const after = await parent.ok('verify', 'uploadMaterial', {
      verificationId: verification.id,
      kind: 'hukou',
      fileName: '户口簿.png',
      contentType: 'image/png',
      dataBase64: TINY_PNG_BASE64,
    });
    expect(after.status).toBe('verified');
    expect(after.materials).toHaveLength(1);
    expect((await rt.ports.files.get(after.materials[0]!.fileId))?.bytes.length).toBeGreaterThan(0);
    const r = await submitVerified(parent, child.id, after, 's-south-1');
    expect(r.ok).toBe(true);
  });

  it('turns a disputed item into a material request and counts the correction', async () => {
    const parent = await rt.login('parent');
    const { verification } = await verifyFamily(parent, 'standard');
    const confirmed = await parent.ok('verify', 'confirm', {
      verificationId: verification.id,
      disputed: ['property'],
    });
    expect(confirmed.status).toBe('needs_material');
    expect(confirmed.checks.find((c) => c.kind === 'property')).toMatchObject({
      disputed: true,
      needsMaterial: true,
    });
    const category = await parent.ok('verify', 'category', {
      verificationId: verification.id,
      schoolId: 's-south-1',
    });
    expect(category.name).not.toBe('一类');
  });

  it.each([
    ['military', 'military', '现役军人子女'],
    ['talent', 'talent', null],
  ] as const)('marks the %s family for the green channel (R5.5)', async (key, kind, detail) => {
    const parent = await rt.login('parent');
    const { child, verification } = await verifyFamily(parent, key);
    expect(verification.greenChannel?.kind).toBe(kind);
    if (detail) expect(verification.greenChannel?.detail).toBe(detail);
    const school = key === 'military' ? 's-north-1' : undefined;
    if (school) {
      const r = await submitVerified(parent, child.id, verification, school);
      expect(r).toMatchObject({ ok: true, data: { greenChannel: { kind } } });
      const reviewer = await rt.login('reviewer');
      const rows = await reviewer.ok('review', 'listApplications', {});
      expect(rows[0]).toMatchObject({ greenChannel: true });
    }
  });

  it('refuses to ask departments before consent, and for another family’s child', async () => {
    const parent = await rt.login('parent');
    const early = await parent.call('verify', 'start', {
      seasonId: '2026',
      childId: 'c-x',
      guardianIdNumber: DEMO_FAMILIES.standard.guardianIdNumber,
    });
    expect(early).toMatchObject({ ok: false, error: { code: 'CONSENT.REQUIRED' } });
    const { child } = await verifyFamily(parent, 'standard');
    const other = await rt.login('parent');
    await other.ok('enroll', 'acceptConsent', { version: '2026-1', guardianName: '王五' });
    const r = await other.call('verify', 'start', {
      seasonId: '2026',
      childId: child.id,
      guardianIdNumber: DEMO_FAMILIES.renter.guardianIdNumber,
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_FOUND.CHILD' } });
  });

  it('asks for the guardian ID number once, refuses an invalid one, and reuses the stored one', async () => {
    const parent = await rt.login('parent');
    const { child } = await verifyFamily(parent, 'standard');
    const again = await parent.ok('verify', 'start', { seasonId: '2026', childId: child.id });
    expect(again.status).toBe('verified');
    const bad = await parent.call('verify', 'start', {
      seasonId: '2026',
      childId: child.id,
      guardianIdNumber: '51070319880512111',
    });
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'GUARDIAN.ID_INVALID', issues: [{ path: ['guardianIdNumber'] }] },
    });
    const fresh = await rt.login('parent');
    await fresh.ok('enroll', 'acceptConsent', { version: '2026-1', guardianName: '李四' });
    const c = await fresh.ok('enroll', 'addChild', {
      name: '李小华',
      idNumber: DEMO_FAMILIES.renter.childIdNumber,
    });
    const missing = await fresh.call('verify', 'start', { seasonId: '2026', childId: c.id });
    expect(missing).toMatchObject({ ok: false, error: { code: 'GUARDIAN.ID_REQUIRED' } });
  });
});

describe('privacy of department queries', () => {
  it('audits each query with purpose and department, never an ID number; stores the guardian ID encrypted', async () => {
    const parent = await rt.login('parent');
    await verifyFamily(parent, 'standard');
    const queries = await rt.ports.store.audit.list({ action: 'department.query' });
    expect(queries.map((q) => q.detail?.kind).sort()).toEqual([
      'hukou',
      'military',
      'property',
      'residence_permit',
      'social_insurance',
      'talent',
    ]);
    expect(queries.every((q) => String(q.detail?.purpose).includes('入学报名核验') && q.actorId)).toBe(true);
    const f = DEMO_FAMILIES.standard;
    expect(JSON.stringify(await rt.ports.store.audit.list({}))).not.toContain(f.guardianIdNumber);
    await rt.close();
    const dir = file.replace(/test\.db$/, '');
    for (const name of fs.readdirSync(dir)) {
      const bytes = fs.readFileSync(dir + name);
      expect(bytes.includes(Buffer.from(f.guardianIdNumber))).toBe(false);
      expect(bytes.includes(Buffer.from(f.childIdNumber))).toBe(false);
    }
    rt = await startTestRuntime(file);
    expect(rowCounts(file).verifications).toBe(1);
  });
});

describe('confirming', () => {
  it('replaces the dispute list, so a dispute can be taken back', async () => {
    const parent = await rt.login('parent');
    const { verification } = await verifyFamily(parent, 'standard');
    await parent.ok('verify', 'confirm', { verificationId: verification.id, disputed: ['property'] });
    const back = await parent.ok('verify', 'confirm', { verificationId: verification.id, disputed: [] });
    expect(back.status).toBe('verified');
    expect(back.checks.every((c) => !c.disputed && !c.needsMaterial)).toBe(true);
  });

  it('keeps the registered address when the register disagrees only about the relation', async () => {
    const parent = await rt.login('parent');
    const { verification } = await verifyFamily(parent, 'mismatch');
    expect(verification.checks.find((c) => c.kind === 'hukou')?.outcome).toBe('mismatch');
    expect(verification.hukouAddress).toBeDefined();
  });
});
