import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Envelope, ErrorCode } from '../types';
import { ERROR_CODES } from '../types';
import { dispatch } from '../cloudfunctions/lib/dispatch';
import type { Registry } from '../cloudfunctions/lib/handler';
import type { Ports } from '../cloudfunctions/lib/ports/ports';
import { CLOCK_NOT_FOUND, handleClockEndpoint } from './clock/clock-endpoint';
import type { ControllableClock } from './clock/offset-clock';
import { createRateLimiter, type RateLimitConfig } from './rate-limiter';
import { BodyTooLargeError, readBody } from './read-body';
import { serveStatic } from './static-files';

export interface HttpAppOptions {
  ports: Ports;
  registry: Registry;
  h5Dir: string;
  bodyLimitBytes: number;
  rateLimit: RateLimitConfig;
  /** Set only when CLOCK_CONTROL is on: serves `GET|POST /__clock`. Otherwise that path is a 404. */
  clockControl?: ControllableClock;
}

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

const sendJson = (res: ServerResponse, status: number, body: unknown): void => {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    ...SECURITY_HEADERS,
  });
  res.end(JSON.stringify(body));
};

const statusOf = (envelope: Envelope<unknown>): number =>
  envelope.ok ? 200 : (ERROR_CODES[envelope.error.code as ErrorCode]?.status ?? 500);

const failure = (code: ErrorCode): Envelope<never> => ({
  ok: false,
  error: { code, message: ERROR_CODES[code].message },
});

const bearer = (req: IncomingMessage): string | undefined => {
  const h = req.headers.authorization;
  return h?.startsWith('Bearer ') ? h.slice(7).trim() || undefined : undefined;
};

/** `POST /api/<function>` → dispatch; `GET /healthz`; `/__clock` (CLOCK_CONTROL only); everything else is the H5 app. */
export const createHttpApp = ({
  ports,
  registry,
  h5Dir,
  bodyLimitBytes,
  rateLimit,
  clockControl,
}: HttpAppOptions) => {
  const limiter = createRateLimiter(rateLimit);
  const handleApi = async (fn: string, req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST');
      sendJson(res, 405, {
        ok: false,
        error: { code: 'INPUT.INVALID', message: '请使用 POST 方法调用接口。' },
      });
      return;
    }
    const allowed = limiter.take(req.socket.remoteAddress ?? 'unknown', Date.now());
    if (allowed !== true) {
      res.setHeader('retry-after', String(allowed.retryAfterSeconds));
      req.resume();
      sendJson(res, 429, failure('RATE.LIMITED'));
      return;
    }
    let raw: string;
    try {
      raw = await readBody(req, bodyLimitBytes);
    } catch (e) {
      const env = failure(e instanceof BodyTooLargeError ? 'INPUT.TOO_LARGE' : 'INPUT.INVALID');
      res.setHeader('connection', 'close');
      sendJson(res, statusOf(env), env);
      return;
    }
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      sendJson(res, 400, failure('INPUT.MALFORMED_JSON'));
      return;
    }
    const envelope = await dispatch(registry, fn, body, { token: bearer(req) }, ports);
    sendJson(res, statusOf(envelope), envelope);
  };

  return (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? '/', 'http://local');
    if (url.pathname === '/healthz') {
      sendJson(res, 200, { ok: true, status: 'ok', mode: ports.mode, time: ports.clock.now().toISOString() });
      return;
    }
    if (url.pathname === '/__clock') {
      const answer = clockControl ? handleClockEndpoint(req, clockControl) : Promise.resolve(CLOCK_NOT_FOUND);
      answer
        .then(({ status, body }) => sendJson(res, status, body))
        .catch(() => {
          if (!res.headersSent) sendJson(res, 400, failure('INPUT.INVALID'));
        });
      return;
    }
    const api = /^\/api\/([^/]+)\/?$/.exec(url.pathname);
    if (api?.[1]) {
      handleApi(api[1], req, res).catch((e) => {
        console.error('api request failed', e instanceof Error ? e.stack : e);
        if (!res.headersSent) sendJson(res, 500, failure('INTERNAL.ERROR'));
      });
      return;
    }
    if (url.pathname.startsWith('/api')) {
      sendJson(res, 404, failure('API.UNKNOWN_FUNCTION'));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendJson(res, 405, { ok: false, error: { code: 'INPUT.INVALID', message: '不支持的请求方法。' } });
      return;
    }
    serveStatic(h5Dir, url.pathname, res);
  };
};
