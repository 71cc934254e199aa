// `/__clock` of the local server (CLOCK_CONTROL=1): a test facility like the simulator's `/__faults`. Off by
// default, forward only, and the handlers behind /api see the moved time.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { registry } from '../../cloudfunctions/registry';
import { createOffsetClock, type ControllableClock } from '../../server/clock/offset-clock';
import { createHttpApp } from '../../server/http-app';
import { startTestRuntime, type TestRuntime } from './support/test-runtime';

const HOUR = 3600_000;
let rt: TestRuntime;
const servers: http.Server[] = [];
beforeEach(async () => {
  rt = await startTestRuntime();
});
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
  await rt.close();
});

/** The HTTP app over the test runtime, with the clock control on (a clock given) or off. */
const serve = async (clock?: ControllableClock): Promise<string> => {
  const h5Dir = fs.mkdtempSync(path.join(os.tmpdir(), 'h5-'));
  fs.writeFileSync(path.join(h5Dir, 'index.html'), '<!doctype html><title>入学一件事</title>');
  const ports = clock ? { ...rt.ports, clock } : rt.ports;
  const server = http.createServer(
    createHttpApp({
      ports,
      registry,
      h5Dir,
      bodyLimitBytes: 4096,
      rateLimit: { perSecond: 50, burst: 200 },
      ...(clock ? { clockControl: clock } : {}),
    }),
  );
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};

const postJson = (url: string, body: unknown) =>
  fetch(url, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });

/** What a handler takes for "now" (to the second): a dev login's session ends 8 hours after it. */
const handlerNow = async (base: string): Promise<number> => {
  const r = await postJson(`${base}/api/auth`, { action: 'devLogin', data: { role: 'parent' } });
  const { data } = (await r.json()) as { data: { expiresAt: string } };
  return Date.parse(data.expiresAt) - 8 * HOUR;
};

describe('GET|POST /__clock', () => {
  it('does not exist when CLOCK_CONTROL is off', async () => {
    const base = await serve();
    expect((await fetch(`${base}/__clock`)).status).toBe(404);
    const moved = await postJson(`${base}/__clock`, { advanceHours: 24 });
    expect(moved.status).toBe(404);
    expect(await moved.json()).toMatchObject({ ok: false, error: { code: 'NOT_FOUND.ROUTE' } });
  });

  it('reads the clock and moves it forward by hours or to an instant; handlers see the moved time', async () => {
    const clock = createOffsetClock();
    const base = await serve(clock);
    const before = (await (await fetch(`${base}/__clock`)).json()) as { now: string; offsetHours: number };
    expect(before.offsetHours).toBe(0);
    expect(Math.abs(Date.parse(before.now) - Date.now())).toBeLessThan(5000);

    const byHours = await postJson(`${base}/__clock`, { advanceHours: 24 });
    expect(byHours.status).toBe(200);
    expect(((await byHours.json()) as { offsetHours: number }).offsetHours).toBeCloseTo(24, 3);
    expect(Math.abs((await handlerNow(base)) - (Date.now() + 24 * HOUR))).toBeLessThan(5000);

    const target = new Date(Date.now() + 40 * 24 * HOUR);
    const toInstant = await postJson(`${base}/__clock`, { at: target.toISOString() });
    expect(await toInstant.json()).toMatchObject({ ok: true, now: expect.any(String) });
    const seen = await handlerNow(base);
    expect(seen).toBeGreaterThanOrEqual(target.getTime() - 1000);
    expect(seen - target.getTime()).toBeLessThan(5000);
    const health = (await (await fetch(`${base}/healthz`)).json()) as { time: string };
    expect(Date.parse(health.time)).toBeGreaterThanOrEqual(target.getTime());
  });

  it('is not reachable through a reverse proxy on the same machine', async () => {
    const clock = createOffsetClock();
    const base = await serve(clock);
    for (const name of ['x-forwarded-for', 'forwarded', 'x-real-ip']) {
      const header: Record<string, string> = { [name]: '203.0.113.9' };
      expect((await fetch(`${base}/__clock`, { headers: header })).status).toBe(404);
      const moved = await fetch(`${base}/__clock`, {
        method: 'POST',
        body: JSON.stringify({ advanceHours: 24 }),
        headers: header,
      });
      expect(moved.status).toBe(404);
    }
    expect(clock.offsetMs()).toBe(0);
  });

  it('never goes back, and refuses a move it cannot read', async () => {
    const clock = createOffsetClock();
    const base = await serve(clock);
    await postJson(`${base}/__clock`, { advanceHours: 48 });
    const offset = clock.offsetMs();

    const back = await postJson(`${base}/__clock`, { at: new Date().toISOString() });
    expect(back.status).toBe(409);
    expect(await back.json()).toMatchObject({ ok: false, error: { code: 'CLOCK.BACKWARDS' } });
    for (const body of [
      { advanceHours: -1 },
      { advanceHours: 0 },
      { advanceHours: '24' },
      { at: '2030-01-01' },
      { at: 'tomorrow' },
      { advanceHours: 1, at: '2030-01-01T00:00:00Z' },
      {},
    ]) {
      const r = await postJson(`${base}/__clock`, body);
      expect([r.status, JSON.stringify(body)]).toEqual([400, JSON.stringify(body)]);
    }
    const notJson = await fetch(`${base}/__clock`, { method: 'POST', body: '{advance' });
    expect(notJson.status).toBe(400);
    expect(clock.offsetMs()).toBe(offset);
  });
});
