import { DEMO_FAMILIES, type DepartmentSimulator } from '../../server/department-simulator';
import { createDepartmentGateway } from '../../cloudfunctions/adapters/departments/gateway';
import { CREDS, queryFor, startSimulator, testGateway } from './support/departments-harness';

let sim: DepartmentSimulator;
beforeAll(async () => {
  sim = await startSimulator();
});
afterEach(() => sim.setFaults({}));
afterAll(() => sim.close());

const f = DEMO_FAMILIES.standard;

describe('the gateway under department faults', () => {
  it('refuses a forged answer as bad_signature, without retrying', async () => {
    sim.setFaults({ badSignatureRate: 1 });
    const t = testGateway(sim.url);
    expect(await t.gateway.check(queryFor(f, 'hukou'))).toMatchObject({
      outcome: 'unavailable',
      reason: 'bad_signature',
    });
    expect(t.requests()).toBe(1);
  });

  it('refuses a replayed answer, even one that was genuine the first time', async () => {
    // A man in the middle who recorded one genuine answer and plays it back to every later question.
    let recorded: { body: string; headers: Headers } | undefined;
    const gateway = createDepartmentGateway(
      { baseUrl: sim.url, ...CREDS },
      {
        log: () => undefined,
        fetch: async (input, init) => {
          if (!recorded) {
            const r = await fetch(input, init);
            recorded = { body: await r.text(), headers: r.headers };
          }
          return new Response(recorded.body, { status: 200, headers: recorded.headers });
        },
      },
    );
    const q = queryFor(f, 'hukou');
    expect(await gateway.check(q)).toMatchObject({ outcome: 'found' });
    expect(await gateway.check({ ...q })).toMatchObject({ outcome: 'unavailable', reason: 'bad_signature' });
  });

  it('refuses a malformed body as bad_response, both kinds of breakage', async () => {
    sim.setFaults({ malformedRate: 1 });
    const t = testGateway(sim.url);
    for (let i = 0; i < 2; i++)
      expect(await t.gateway.check(queryFor(f, 'property'))).toMatchObject({
        outcome: 'unavailable',
        reason: 'bad_response',
      });
    expect(t.logs.map((l) => l.detail)).toEqual([
      'body is not JSON',
      'body does not match the contract for property',
    ]);
  });

  it('retries 5xx with jittered exponential backoff, then answers server_error', async () => {
    sim.setFaults({ errorRate: 1 });
    const t = testGateway(sim.url, { retries: 2, backoffMs: 200 });
    expect(await t.gateway.check(queryFor(f, 'hukou'))).toMatchObject({
      outcome: 'unavailable',
      reason: 'server_error',
    });
    expect(t.requests()).toBe(3);
    expect(t.sleeps).toEqual([150, 300]); // random() = 0.5: half fixed + half of the jittered half
  });

  it('recovers within the retries when the department answers again', async () => {
    sim.setFaults({ errorRate: 1 });
    const t = testGateway(sim.url, { retries: 2 });
    const pending = t.gateway.check(queryFor(f, 'hukou'));
    sim.setFaults({}); // the first attempt may still fail; a retry succeeds
    expect(await pending).toMatchObject({ outcome: 'found' });
  });

  it('gives up after the timeout and answers timeout', async () => {
    sim.setFaults({ timeoutRate: 1 });
    const t = testGateway(sim.url, { timeoutMs: 150, retries: 1 });
    expect(await t.gateway.check(queryFor(f, 'social_insurance'))).toMatchObject({
      outcome: 'unavailable',
      reason: 'timeout',
    });
    expect(t.requests()).toBe(2);
  });

  it('answers server_error when nothing listens, after retrying', async () => {
    const t = testGateway('http://127.0.0.1:1', { retries: 1 });
    expect(await t.gateway.check(queryFor(f, 'hukou'))).toMatchObject({
      outcome: 'unavailable',
      reason: 'server_error',
    });
    expect(t.requests()).toBe(2);
  });

  it('does not retry a refusal (4xx)', async () => {
    const t = testGateway(sim.url, { appKey: 'revoked-key' });
    expect(await t.gateway.check(queryFor(f, 'hukou'))).toMatchObject({
      outcome: 'unavailable',
      reason: 'bad_response',
    });
    expect(t.requests()).toBe(1);
    expect(t.logs[0]?.detail).toBe('http 401 UNKNOWN_APP_KEY');
  });

  it("`down: ['property']` takes down property only", async () => {
    sim.setFaults({ down: ['property'] });
    const t = testGateway(sim.url, { retries: 0 });
    expect(await t.gateway.check(queryFor(f, 'property'))).toMatchObject({
      outcome: 'unavailable',
      reason: 'server_error',
    });
    for (const kind of ['hukou', 'social_insurance', 'residence_permit', 'military', 'talent'] as const)
      expect((await t.gateway.check(queryFor(f, kind))).outcome).not.toBe('unavailable');
  });
});

describe('the circuit breaker', () => {
  it('opens after the threshold, per kind, and closes after a successful trial once reset', async () => {
    sim.setFaults({ down: ['property'] });
    const t = testGateway(sim.url, { retries: 0, breaker: { failureThreshold: 3, resetAfterMs: 30_000 } });
    for (let i = 0; i < 3; i++)
      expect(await t.gateway.check(queryFor(f, 'property'))).toMatchObject({ reason: 'server_error' });
    expect(t.requests()).toBe(3);
    expect(await t.gateway.check(queryFor(f, 'property'))).toMatchObject({
      outcome: 'unavailable',
      reason: 'circuit_open',
    });
    expect(t.requests()).toBe(3); // answered at once, without asking the department
    expect(await t.gateway.check(queryFor(f, 'hukou'))).toMatchObject({ outcome: 'found' });

    sim.setFaults({});
    t.clock.ms += 29_999;
    expect(await t.gateway.check(queryFor(f, 'property'))).toMatchObject({ reason: 'circuit_open' });
    t.clock.ms += 1;
    expect(await t.gateway.check(queryFor(f, 'property'))).toMatchObject({ outcome: 'found' });
    expect(await t.gateway.check(queryFor(f, 'property'))).toMatchObject({ outcome: 'found' });
  });

  it('lets one trial through when half-open and reopens if it fails', async () => {
    sim.setFaults({ errorRate: 1 });
    const t = testGateway(sim.url, { retries: 0, breaker: { failureThreshold: 1, resetAfterMs: 1000 } });
    await t.gateway.check(queryFor(f, 'hukou'));
    t.clock.ms += 1000;
    const [trial, other] = await Promise.all([
      t.gateway.check(queryFor(f, 'hukou')),
      t.gateway.check(queryFor(f, 'hukou')),
    ]);
    expect(trial).toMatchObject({ reason: 'server_error' });
    expect(other).toMatchObject({ reason: 'circuit_open' });
    expect(await t.gateway.check(queryFor(f, 'hukou'))).toMatchObject({ reason: 'circuit_open' });
    expect(t.requests()).toBe(2);
  });
});
