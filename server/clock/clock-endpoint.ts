import type { IncomingMessage } from 'node:http';
import { z } from 'zod';
import { readBody } from '../read-body';
import type { ControllableClock } from './offset-clock';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);
const HOUR_MS = 3600_000;

/** A move: by hours (a draw's 24-hour lead, an offer's 72) or to an instant with its time zone. */
export const clockMoveSchema = z.union([
  z
    .object({
      advanceHours: z
        .number()
        .positive()
        .max(24 * 400),
    })
    .strict(),
  z.object({ at: z.iso.datetime({ offset: true }) }).strict(),
]);
export type ClockMove = z.infer<typeof clockMoveSchema>;

export type ClockAnswer = { status: number; body: unknown };

const error = (status: number, code: string, message: string): ClockAnswer => ({
  status,
  body: { ok: false, error: { code, message } },
});
/** What `/__clock` answers where there is no clock to control (CLOCK_CONTROL off, or not from loopback). */
export const CLOCK_NOT_FOUND = error(404, 'NOT_FOUND.ROUTE', '没有这个地址。');

const state = (clock: ControllableClock): ClockAnswer => ({
  status: 200,
  body: { ok: true, now: clock.now().toISOString(), offsetHours: clock.offsetMs() / HOUR_MS },
});

/** Applies a validated move; refuses one that would not go forward. */
export const moveClock = (clock: ControllableClock, move: ClockMove): ClockAnswer => {
  const target =
    'advanceHours' in move
      ? new Date(clock.now().getTime() + move.advanceHours * HOUR_MS)
      : new Date(move.at);
  if (!clock.moveTo(target))
    return error(
      409,
      'CLOCK.BACKWARDS',
      `时钟只能向前拨：${target.toISOString()} 不晚于当前 ${clock.now().toISOString()}`,
    );
  return state(clock);
};

/**
 * Behind a reverse proxy on the same machine (docs/self-host.md) every request comes from loopback: one that
 * carries a proxy's forwarding header came from elsewhere.
 */
const fromThisMachine = (req: IncomingMessage): boolean =>
  LOOPBACK.has(req.socket.remoteAddress ?? '') &&
  !['x-forwarded-for', 'forwarded', 'x-real-ip'].some((h) => req.headers[h] !== undefined);

/**
 * `GET|POST /__clock` of the local server when CLOCK_CONTROL is on, a twin of the simulator's `/__faults`:
 * read the clock, or move it forward. From the same machine only, as `/__faults`.
 */
export const handleClockEndpoint = async (
  req: IncomingMessage,
  clock: ControllableClock,
): Promise<ClockAnswer> => {
  if (!fromThisMachine(req)) return CLOCK_NOT_FOUND;
  if (req.method === 'GET') return state(clock);
  if (req.method !== 'POST') return error(405, 'INPUT.INVALID', '请使用 GET 或 POST。');
  let json: unknown;
  try {
    json = JSON.parse(await readBody(req, 1024));
  } catch {
    return error(400, 'INPUT.INVALID', '请求体须为 JSON：{ "advanceHours": n } 或 { "at": "ISO 时间" }');
  }
  const parsed = clockMoveSchema.safeParse(json);
  if (!parsed.success)
    return error(
      400,
      'INPUT.INVALID',
      '请求体须为 { "advanceHours": 正数 } 或 { "at": "带时区的 ISO 时间" }',
    );
  return moveClock(clock, parsed.data);
};
