import path from 'node:path';
import { z } from 'zod';

/** The local runtime's configuration, from the environment, validated once at start-up. */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(10086),
  HOST: z.string().default('127.0.0.1'),
  DATA_DIR: z.string().default('./.data'),
  /** Where the H5 build is served from. */
  H5_DIR: z.string().default('./dist/h5'),
  /** Skip building the H5 app when it is missing (API-only use, tests). */
  SKIP_H5_BUILD: z.enum(['0', '1']).default('0'),
  /** Request bodies above this are refused with INPUT.TOO_LARGE (a compressed material photo fits). */
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(10_000_000).default(2_500_000),
  /** API requests per second and burst per client address (429 RATE.LIMITED beyond). */
  RATE_LIMIT_PER_SECOND: z.coerce.number().min(0.1).max(10_000).default(20),
  RATE_LIMIT_BURST: z.coerce.number().int().min(1).max(100_000).default(60),
  /** How often 待核验 applications are re-checked against the departments. */
  RECHECK_INTERVAL_MS: z.coerce.number().int().min(1000).default(30_000),
  /** How often the outbox is delivered (locally: closed as in-app only). */
  DELIVER_INTERVAL_MS: z.coerce.number().int().min(1000).default(10_000),
  /** How often overdue waitlist offers lapse and pass on (the `expireOffers` timer's local twin). */
  EXPIRE_INTERVAL_MS: z.coerce.number().int().min(1000).default(60_000),
  /** 1: the clock runs at an offset that `POST /__clock` moves forward (demos and tests of deadlines). */
  CLOCK_CONTROL: z.enum(['0', '1']).optional(),
  /** `lottery`: after the seed, fill the season with applicants and move past the withdrawal deadline. */
  DEMO_SCENARIO: z.enum(['lottery']).optional(),
});

export type ServerConfig = {
  port: number;
  host: string;
  dataDir: string;
  h5Dir: string;
  buildH5IfMissing: boolean;
  bodyLimitBytes: number;
  recheckIntervalMs: number;
  deliverIntervalMs: number;
  expireIntervalMs: number;
  /** The clock can be moved (`/__clock`); implied by a demo scenario, which moves it. */
  clockControl: boolean;
  demoScenario: 'lottery' | null;
  rateLimit: { perSecond: number; burst: number };
};

export const loadConfig = (env: NodeJS.ProcessEnv = process.env): ServerConfig => {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid server configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.DEMO_SCENARIO && e.CLOCK_CONTROL === '0')
    throw new Error(
      'Invalid server configuration:\n  CLOCK_CONTROL: DEMO_SCENARIO moves the clock; leave CLOCK_CONTROL unset or 1',
    );
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    h5Dir: path.resolve(e.H5_DIR),
    buildH5IfMissing: e.SKIP_H5_BUILD === '0',
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    recheckIntervalMs: e.RECHECK_INTERVAL_MS,
    deliverIntervalMs: e.DELIVER_INTERVAL_MS,
    expireIntervalMs: e.EXPIRE_INTERVAL_MS,
    clockControl: e.CLOCK_CONTROL === '1' || e.DEMO_SCENARIO !== undefined,
    demoScenario: e.DEMO_SCENARIO ?? null,
    rateLimit: { perSecond: e.RATE_LIMIT_PER_SECOND, burst: e.RATE_LIMIT_BURST },
  };
};
