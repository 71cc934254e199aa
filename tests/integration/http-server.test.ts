import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { registry } from '../../cloudfunctions/registry';
import { createHttpApp } from '../../server/http-app';
import { startTestRuntime, type TestRuntime } from './support/test-runtime';

let rt: TestRuntime;
let server: http.Server;
let base: string;
const BODY_LIMIT = 4096;

beforeAll(async () => {
  rt = await startTestRuntime();
  const h5Dir = fs.mkdtempSync(path.join(os.tmpdir(), 'h5-'));
  fs.writeFileSync(path.join(h5Dir, 'index.html'), '<!doctype html><title>入学一件事</title>');
  server = http.createServer(
    createHttpApp({
      ports: rt.ports,
      registry,
      h5Dir,
      bodyLimitBytes: BODY_LIMIT,
      rateLimit: { perSecond: 50, burst: 200 },
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rt.close();
});

const post = (fn: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${base}/api/${fn}`, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', ...headers },
  });

describe('the local HTTP interface', () => {
  it('answers /healthz with 200 JSON', async () => {
    const r = await fetch(`${base}/healthz`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain('application/json');
    expect(await r.json()).toMatchObject({ ok: true, status: 'ok' });
  });

  it('logs in with devLogin and calls an action with the bearer token', async () => {
    const login = await post('auth', JSON.stringify({ action: 'devLogin', data: { role: 'parent' } }));
    expect(login.status).toBe(200);
    const { data } = (await login.json()) as { data: { token: string } };
    const me = await post('auth', JSON.stringify({ action: 'whoami', data: {} }), {
      authorization: `Bearer ${data.token}`,
    });
    expect(await me.json()).toMatchObject({ ok: true, data: { role: 'parent' } });
  });

  it.each([
    ['malformed JSON', () => post('catalog', '{"action": "home",'), 400, 'INPUT.MALFORMED_JSON'],
    ['an empty body', () => post('catalog', ''), 400, 'INPUT.MALFORMED_JSON'],
    [
      'an oversized body',
      () => post('catalog', JSON.stringify({ action: 'home', data: { q: 'x'.repeat(BODY_LIMIT) } })),
      413,
      'INPUT.TOO_LARGE',
    ],
    ['an unknown function', () => post('nope', '{"action":"x"}'), 404, 'API.UNKNOWN_FUNCTION'],
    ['an unknown action', () => post('catalog', '{"action":"nope"}'), 404, 'API.UNKNOWN_ACTION'],
    ['no token', () => post('enroll', '{"action":"listMine","data":{}}'), 401, 'AUTH.UNAUTHENTICATED'],
    [
      'a bad token',
      () => post('enroll', '{"action":"listMine"}', { authorization: 'Bearer abc.def' }),
      401,
      'AUTH.UNAUTHENTICATED',
    ],
    [
      'wrong types',
      () => post('catalog', '{"action":"getSchool","data":{"schoolId":5}}'),
      400,
      'INPUT.INVALID',
    ],
    ['GET on an API path', () => fetch(`${base}/api/catalog`), 405, 'INPUT.INVALID'],
    [
      'a nested API path',
      () => fetch(`${base}/api/catalog/home/x`, { method: 'POST' }),
      404,
      'API.UNKNOWN_FUNCTION',
    ],
  ])('answers %s with a 4xx, a stable code and a Chinese message', async (_what, send, status, code) => {
    const r = await send();
    expect(r.status).toBe(status);
    const body = (await r.json()) as { ok: boolean; error: { code: string; message: string } };
    expect(body).toMatchObject({ ok: false, error: { code } });
    expect(body.error.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/);
  });

  it('answers a client that floods the API with 429 RATE.LIMITED and Retry-After', async () => {
    const limited = http.createServer(
      createHttpApp({
        ports: rt.ports,
        registry,
        h5Dir: os.tmpdir(),
        bodyLimitBytes: BODY_LIMIT,
        rateLimit: { perSecond: 0.1, burst: 2 },
      }),
    );
    await new Promise<void>((resolve) => limited.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(limited.address() as AddressInfo).port}/api/catalog`;
    const send = () => fetch(url, { method: 'POST', body: '{"action":"listFaq"}' });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await send()).status);
    const last = await send();
    await new Promise((resolve) => limited.close(resolve));
    expect(statuses).toEqual([200, 200, 429]);
    expect(last.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await last.json()).toMatchObject({ ok: false, error: { code: 'RATE.LIMITED' } });
  });

  it('serves the H5 app, falls back to index.html, and refuses path traversal', async () => {
    expect(await (await fetch(`${base}/`)).text()).toContain('入学一件事');
    expect(await (await fetch(`${base}/pages/index/index`)).text()).toContain('入学一件事');
    const r = await fetch(`${base}/..%2f..%2fetc%2fpasswd`);
    expect(await r.text()).not.toContain('root:');
  });
});
