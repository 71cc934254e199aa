import { sign, signingString } from '../../cloudfunctions/adapters/departments/contract';
import { loadGatewayConfig } from '../../cloudfunctions/adapters/departments/gateway';
import { DEMO_FAMILIES, type DepartmentSimulator } from '../../server/department-simulator';
import { CREDS, rawCheck, startSimulator } from './support/departments-harness';

let sim: DepartmentSimulator;
beforeAll(async () => {
  sim = await startSimulator();
});
afterAll(() => sim.close());

const f = DEMO_FAMILIES.standard;
const body = JSON.stringify({
  requestId: 'sign-test',
  purpose: '2026年义务教育入学报名核验',
  subject: { childIdNumber: f.childIdNumber, guardianIdNumber: f.guardianIdNumber },
});
const errorCode = async (r: Response) => ((await r.json()) as { error: { code: string } }).error.code;

describe('the simulator refuses requests it cannot trust', () => {
  it('answers a correctly signed request', async () => {
    const r = await rawCheck(sim.url, 'hukou', body);
    expect(r.status).toBe(200);
    expect(await r.json()).toMatchObject({ requestId: 'sign-test', kind: 'hukou', outcome: 'found' });
  });

  it.each([
    ['an unknown app key', { appKey: 'someone-else' }, 401, 'UNKNOWN_APP_KEY'],
    ['a wrong secret', { secret: 'x'.repeat(40) }, 401, 'BAD_SIGNATURE'],
    ['a tampered signature', { signature: '0'.repeat(64) }, 401, 'BAD_SIGNATURE'],
    [
      'a timestamp 6 minutes old',
      { timestamp: String(Math.floor(Date.now() / 1000) - 360) },
      401,
      'STALE_TIMESTAMP',
    ],
    [
      'a timestamp 6 minutes ahead',
      { timestamp: String(Math.floor(Date.now() / 1000) + 360) },
      401,
      'STALE_TIMESTAMP',
    ],
    ['a short nonce', { nonce: 'abcd' }, 401, 'BAD_SIGNATURE'],
  ])('refuses %s', async (_name, over, status, code) => {
    const r = await rawCheck(sim.url, 'hukou', body, over);
    expect(r.status).toBe(status);
    expect(await errorCode(r)).toBe(code);
  });

  it('refuses a replayed nonce with 409, even when the replay is correctly signed', async () => {
    const nonce = 'a1'.repeat(16);
    expect((await rawCheck(sim.url, 'property', body, { nonce })).status).toBe(200);
    const replay = await rawCheck(sim.url, 'property', body, { nonce });
    expect(replay.status).toBe(409);
    expect(await errorCode(replay)).toBe('REPLAYED_NONCE');
  });

  it('refuses a body that breaks the request contract with 400', async () => {
    const r = await rawCheck(sim.url, 'hukou', JSON.stringify({ requestId: 'x', subject: {} }));
    expect(r.status).toBe(400);
    expect(await errorCode(r)).toBe('BAD_REQUEST');
  });

  it('lets loopback callers change faults through POST /__faults', async () => {
    const r = await fetch(`${sim.url}/__faults`, { method: 'POST', body: '{"down":["property"]}' });
    expect(await r.json()).toEqual({ faults: { down: ['property'] } });
    expect((await rawCheck(sim.url, 'property', body)).status).toBe(503);
    expect((await rawCheck(sim.url, 'hukou', body)).status).toBe(200);
    const bad = await fetch(`${sim.url}/__faults`, { method: 'POST', body: '{"down":["tax"]}' });
    expect(bad.status).toBe(400);
    await fetch(`${sim.url}/__faults`, { method: 'POST', body: '{}' });
  });
});

describe('the signing string', () => {
  it('matches the worked example of docs/departments.md', () => {
    const parts = {
      methodOrStatus: 'POST',
      path: '/v1/checks/hukou',
      timestamp: '1767225600',
      nonce: '00112233445566778899aabbccddeeff',
      body: '{"requestId":"r-1","purpose":"2026年义务教育入学报名核验","subject":{"childIdNumber":"510703202003151238","guardianIdNumber":"510703198805121111"}}',
    };
    expect(signingString(parts)).toBe(
      'POST\n/v1/checks/hukou\n1767225600\n00112233445566778899aabbccddeeff\n' +
        '6774bc7881ccd763e5c6607f107b4a1d91ab4d26320177517a6eb0de82d55d04',
    );
    expect(sign('demo-secret-for-the-documentation-0001', parts)).toBe(
      'a3d06053dd722b46404b41db8c37fdee1cf0b3f8ecb75e90bea767c59c8f4b7a',
    );
  });
});

describe('gateway configuration', () => {
  it('names each wrong environment variable', () => {
    expect(() =>
      loadGatewayConfig({
        DEPARTMENTS_BASE_URL: 'http://dsp.example.gov.cn',
        DEPARTMENTS_APP_SECRET: 'short',
        DEPARTMENTS_RETRIES: 'many',
      }),
    ).toThrow(
      /DEPARTMENTS_BASE_URL: must use https[\s\S]*DEPARTMENTS_APP_KEY: is required[\s\S]*DEPARTMENTS_APP_SECRET: must be at least 32 characters[\s\S]*DEPARTMENTS_RETRIES: must be a number/,
    );
  });

  it('fills defaults and accepts plain http only on loopback', () => {
    const config = loadGatewayConfig({
      DEPARTMENTS_BASE_URL: 'http://127.0.0.1:9000/',
      DEPARTMENTS_APP_KEY: 'k',
      DEPARTMENTS_APP_SECRET: CREDS.appSecret,
    });
    expect(config).toMatchObject({
      baseUrl: 'http://127.0.0.1:9000',
      timeoutMs: 3000,
      retries: 2,
      backoffMs: 200,
      breaker: { failureThreshold: 5, resetAfterMs: 30_000 },
    });
  });
});
