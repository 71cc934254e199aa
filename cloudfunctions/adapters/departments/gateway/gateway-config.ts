import { z } from 'zod';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * The gateway's settings. The secret is the platform's app secret (HMAC key); plain http is accepted only
 * on loopback, where the simulator runs, so a production misconfiguration cannot send ID numbers in clear.
 */
export const gatewayConfigSchema = z.object({
  baseUrl: z
    .url({ message: 'must be an absolute URL, e.g. https://dsp.example.gov.cn/api' })
    .refine((u) => {
      const url = new URL(u);
      return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
    }, 'must use https (plain http only for a loopback simulator)')
    .transform((u) => u.replace(/\/+$/, '')),
  appKey: z.string().trim().min(1, 'is required'),
  appSecret: z.string().min(32, 'must be at least 32 characters'),
  timeoutMs: z.number().int().min(50).max(60_000).default(3000),
  /** Extra attempts after the first, for 5xx, timeouts and network errors only. */
  retries: z.number().int().min(0).max(5).default(2),
  /** First backoff; doubled per retry and jittered to spread retries of many instances. */
  backoffMs: z.number().int().min(0).max(10_000).default(200),
  breaker: z
    .object({
      failureThreshold: z.number().int().min(1).max(100).default(5),
      resetAfterMs: z.number().int().min(100).max(600_000).default(30_000),
    })
    .prefault({}),
});
export type GatewayConfigInput = z.input<typeof gatewayConfigSchema>;
export type GatewayConfig = z.output<typeof gatewayConfigSchema>;

/** Environment variables of the gateway, each mapped to the config path it fills. */
export const GATEWAY_ENV = {
  DEPARTMENTS_BASE_URL: 'baseUrl',
  DEPARTMENTS_APP_KEY: 'appKey',
  DEPARTMENTS_APP_SECRET: 'appSecret',
  DEPARTMENTS_TIMEOUT_MS: 'timeoutMs',
  DEPARTMENTS_RETRIES: 'retries',
  DEPARTMENTS_BACKOFF_MS: 'backoffMs',
  DEPARTMENTS_BREAKER_FAILURES: 'breaker.failureThreshold',
  DEPARTMENTS_BREAKER_RESET_MS: 'breaker.resetAfterMs',
} as const;

const num = (v: string | undefined) => (v === undefined || v === '' ? undefined : Number(v));

/** Reads the gateway's configuration from the environment; the error names each variable that is wrong. */
export const loadGatewayConfig = (env: Record<string, string | undefined> = process.env): GatewayConfig => {
  const parsed = gatewayConfigSchema.safeParse({
    baseUrl: env.DEPARTMENTS_BASE_URL,
    appKey: env.DEPARTMENTS_APP_KEY,
    appSecret: env.DEPARTMENTS_APP_SECRET,
    timeoutMs: num(env.DEPARTMENTS_TIMEOUT_MS),
    retries: num(env.DEPARTMENTS_RETRIES),
    backoffMs: num(env.DEPARTMENTS_BACKOFF_MS),
    breaker: {
      failureThreshold: num(env.DEPARTMENTS_BREAKER_FAILURES),
      resetAfterMs: num(env.DEPARTMENTS_BREAKER_RESET_MS),
    },
  });
  if (parsed.success) return parsed.data;
  const byPath = Object.fromEntries(Object.entries(GATEWAY_ENV).map(([name, path]) => [path, name]));
  const lines = parsed.error.issues.map((i) => {
    const path = i.path.join('.');
    const message =
      i.code !== 'invalid_type'
        ? i.message
        : / undefined$/.test(i.message)
          ? 'is required'
          : `must be a ${i.expected}`;
    return `  ${byPath[path] ?? path}: ${message}`;
  });
  throw new Error(`Invalid departments gateway configuration:\n${lines.join('\n')}`);
};
